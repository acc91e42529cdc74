import { forgotPasswordPage, type PageProps, privateMetadata } from "../../portal-pages"

export const metadata = privateMetadata
export default async function Page(props: PageProps) {
  return forgotPasswordPage("es", props)
}
