import { forgotPasswordPage, privateMetadata } from "../../portal-pages"

export const metadata = privateMetadata
export default forgotPasswordPage("en")
