/**
 * Telar's demo catalogue, kept as data files beside this one: fictional cooperatives in real craft
 * communities of Chiapas (cooperatives.json), their products (products.json), the categories
 * (categories.json) and the illustrations' specifications (image-specs.json, rendered to
 * backend/static/catalog by scripts/demo-images/generate-images.mjs from the repo root).
 * `__tests__/catalog.unit.spec.ts` checks the data's rules (options, prices, CLABEs, images).
 *
 * All people, cooperatives, bank accounts, e-mails and phone numbers are invented.
 */
import categoriesData from "./categories.json"
import cooperativesData from "./cooperatives.json"
import imageSpecsData from "./image-specs.json"
import productsData from "./products.json"
import type { ImageSpec, SeedCategory, SeedCooperative, SeedProduct } from "./types"

export const categories = categoriesData as SeedCategory[]
export const cooperatives = cooperativesData as SeedCooperative[]
export const products = productsData as SeedProduct[]
export const imageSpecs = imageSpecsData as ImageSpec[]
