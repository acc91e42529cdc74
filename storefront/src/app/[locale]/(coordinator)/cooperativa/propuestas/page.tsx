import { type PageProps, requestsPage } from "../../portal-pages"

export const dynamic = "force-dynamic"
export default async function Page(props: PageProps) {
  return requestsPage("es", props)
}
