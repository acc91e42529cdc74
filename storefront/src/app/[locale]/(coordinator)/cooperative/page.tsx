import { homePage, type PageProps } from "../portal-pages"

export const dynamic = "force-dynamic"
export default async function Page(props: PageProps) {
  return homePage("en", props)
}
