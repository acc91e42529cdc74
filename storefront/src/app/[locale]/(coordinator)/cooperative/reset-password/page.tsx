import { resetMetadata, resetPasswordPage } from "../../portal-pages"

export const metadata = resetMetadata
export default resetPasswordPage("en")
