import { homePage } from "../portal-pages"

export const dynamic = "force-dynamic"
export default homePage("en")
