import { portalRoute } from "@/modules/coordinator/server/pages"

export const dynamic = "force-dynamic"
export const GET = portalRoute("home", "en")
