import { invitationPage, type PageProps } from "../../portal-pages"

export default async function Page(props: PageProps) {
  return invitationPage("en", props)
}
