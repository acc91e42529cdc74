import { type PageProps, resetMetadata, resetPasswordPage } from "../../portal-pages"

export const metadata = resetMetadata
export default async function Page(props: PageProps) {
  return resetPasswordPage("en", props)
}
