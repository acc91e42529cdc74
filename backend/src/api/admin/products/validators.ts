import { z } from "@medusajs/framework/zod"
import { idList } from "../../utils/validators"

export const AdminSetProductArtisans = z.object({ artisan_ids: idList }).strict()
