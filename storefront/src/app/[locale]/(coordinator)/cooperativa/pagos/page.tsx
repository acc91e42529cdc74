import { type PageProps, paymentsPage } from "../../portal-pages"

export const dynamic = "force-dynamic"
export default async function Page(props: PageProps) {
  return paymentsPage("es", props)
}
