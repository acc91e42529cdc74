import { loginPage, type PageProps } from "../../portal-pages"

export default async function Page(props: PageProps) {
  return loginPage("es", props)
}
