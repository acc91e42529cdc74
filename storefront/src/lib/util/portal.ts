export { type PortalPage, portalPath } from "@telar/types"
