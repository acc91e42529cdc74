import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import TelarStripeProviderService from "./service"

export default ModuleProvider(Modules.PAYMENT, { services: [TelarStripeProviderService] })
