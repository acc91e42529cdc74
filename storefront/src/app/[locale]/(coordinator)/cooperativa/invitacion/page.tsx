import { invitationPage } from "../../portal-pages"

export default invitationPage("es")
