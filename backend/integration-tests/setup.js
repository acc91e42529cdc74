process.env.LOG_LEVEL = process.env.LOG_LEVEL || "error"
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

// Each spec file boots its own Medusa app; drop entity metadata left by the previous one.
MetadataStorage.clear()
