import { loginPage } from "../../portal-pages"

export default loginPage("es")
