// Grows and shrinks the bench pieces through the admin HTTP API, a batch of products at a time.
import { chunks, query } from "./http.mjs"
import { benchHandle, benchNumber, isBenchPiece, productInput, spanishTranslations, templateOf, variantSupplies } from "./pieces.mjs"

const PAGE = 500
/** Telar's cooperative routes take at most 500 product ids or producer prices a request. */
const COOPERATIVE_BATCH = 500
const CREATED_FIELDS = [
  "id",
  "handle",
  "options.id",
  "options.title",
  "options.values.id",
  "options.values.value",
  "variants.id",
  "variants.sku",
  "variants.title",
  "variants.inventory_items.inventory_item_id",
].join(",")

/** What deleting a piece needs: its id, and the ids its Spanish translations refer to. */
export const DELETE_FIELDS = "id,handle,metadata,options.id,options.values.id,variants.id"

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`

/** Every bench piece in the shop (all statuses), walking the whole product list by id. */
export async function listBenchPieces(admin, fields = "id,handle,metadata,cooperative.id") {
  const pieces = []
  for (let offset = 0; ; offset += PAGE) {
    const { products, count } = await admin.get(`/admin/products${query({ limit: PAGE, offset, order: "id", fields })}`)
    pieces.push(...products.filter(isBenchPiece).map((product) => ({ ...product, number: benchNumber(product.handle) })))
    if (!products.length || offset + PAGE >= count) return pieces
  }
}

/** Deletes bench pieces with their Spanish translations (Medusa deletes their variants, prices, inventory items and links). */
export async function deleteBenchPieces(admin, pieces, { log = console.log } = {}) {
  const started = performance.now()
  let deleted = 0
  for (const batch of chunks(pieces, 100)) {
    const references = batch.flatMap((product) => [
      product.id,
      ...(product.options ?? []).flatMap((option) => [option.id, ...(option.values ?? []).map((value) => value.id)]),
      ...(product.variants ?? []).map((variant) => variant.id),
    ])
    const translationIds = []
    for (const ids of chunks(references, 100)) {
      const { translations } = await admin.get(`/admin/translations${query({ reference_id: ids, limit: 5000, fields: "id" })}`)
      translationIds.push(...translations.map((translation) => translation.id))
    }
    for (const ids of chunks(translationIds, 1000)) await admin.post("/admin/translations/batch", { delete: ids })
    await admin.post(`/admin/products/batch${query({ fields: "id" })}`, { delete: batch.map((product) => product.id) })
    deleted += batch.length
    log(`  deleted ${deleted}/${pieces.length} bench pieces (${seconds(performance.now() - started)})`)
  }
  return deleted
}

/** Deletes the pieces a stopped run left without a cooperative (and so without stock, translations or producer prices). */
export async function removeHalfMadePieces(admin, pieces, { log = console.log } = {}) {
  const halfMade = pieces.filter((piece) => !piece.cooperative?.id)
  if (!halfMade.length) return pieces
  log(`Removing ${halfMade.length} bench pieces an earlier run left half-made…`)
  const detailed = []
  for (const ids of chunks(
    halfMade.map((piece) => piece.id),
    100
  )) {
    const { products } = await admin.get(`/admin/products${query({ id: ids, limit: ids.length, fields: DELETE_FIELDS })}`)
    detailed.push(...products.filter(isBenchPiece))
  }
  await deleteBenchPieces(admin, detailed, { log })
  return pieces.filter((piece) => piece.cooperative?.id)
}

/** Creates one batch of pieces, then stocks, translates, links and prices them; a batch that fails half-way is deleted again. */
async function createBatch(admin, numbers, shop) {
  const pieces = numbers.map((number) => ({ number, template: templateOf(number, shop.templates) }))
  const { created } = await admin.post(`/admin/products/batch${query({ fields: CREATED_FIELDS })}`, {
    create: pieces.map(({ number, template }) => productInput(number, template, shop)),
  })
  try {
    const byHandle = new Map(created.map((product) => [product.handle, product]))
    const levels = []
    const translations = []
    const byCooperative = new Map()
    for (const { number, template } of pieces) {
      const product = byHandle.get(benchHandle(number, template))
      if (!product) throw new Error(`POST /admin/products/batch did not answer with ${benchHandle(number, template)}.`)
      const supplies = variantSupplies(product, number, template)
      levels.push(...supplies.map((supply) => supply.level))
      translations.push(...spanishTranslations(product, number, template, shop))
      const cooperative = byCooperative.get(template.cooperative.id) ?? { productIds: [], prices: [] }
      cooperative.productIds.push(product.id)
      cooperative.prices.push(...supplies.map((supply) => supply.producerPrice))
      byCooperative.set(template.cooperative.id, cooperative)
    }
    for (const run of chunks(levels, 1000)) await admin.post("/admin/inventory-items/location-levels/batch", { create: run })
    for (const run of chunks(translations, 1000)) await admin.post("/admin/translations/batch", { create: run })
    for (const [cooperativeId, { productIds, prices }] of byCooperative) {
      // A producer price needs its product linked to the cooperative first.
      for (const ids of chunks(productIds, COOPERATIVE_BATCH)) {
        await admin.post(`/admin/cooperatives/${cooperativeId}/products${query({ fields: "id" })}`, { add: ids })
      }
      for (const run of chunks(prices, COOPERATIVE_BATCH))
        await admin.post(`/admin/cooperatives/${cooperativeId}/producer-prices`, { prices: run })
    }
    return { pieces: created.length, variants: levels.length }
  } catch (error) {
    await deleteBenchPieces(admin, created, { log: () => {} }).catch((cleanup) =>
      console.error(`Could not delete the half-made batch (the next run removes it): ${cleanup.message}`)
    )
    throw error
  }
}

/**
 * Adds pieces until the shop holds `target` bench pieces, numbering on after the highest existing
 * one; `parallel` batches are in flight at once. Answers how many were added.
 */
export async function growBenchPieces(admin, shop, { existing, target, batchSize, parallel, log = console.log }) {
  const missing = target - existing.length
  if (missing <= 0) {
    log(`The shop already holds ${existing.length} bench pieces (asked for ${target}): nothing to add.`)
    return { added: 0, variants: 0 }
  }
  if (!shop.templates.length)
    throw new Error("No seed product can be copied here (no category or published cooperative matches): is the shop seeded?")
  const first = Math.max(0, ...existing.map((piece) => piece.number).filter(Number.isFinite)) + 1
  const batches = chunks(
    Array.from({ length: missing }, (_, index) => first + index),
    batchSize
  )
  log(
    `Adding ${missing} bench pieces (#${first}–#${first + missing - 1}) in ${batches.length} batches of ≤${batchSize}, ${parallel} at a time…`
  )

  const started = performance.now()
  let added = 0
  let variants = 0
  let cursor = 0
  let failure = null
  async function worker() {
    while (!failure && cursor < batches.length) {
      const batch = batches[cursor++]
      const batchStarted = performance.now()
      try {
        const result = await createBatch(admin, batch, shop)
        added += result.pieces
        variants += result.variants
      } catch (error) {
        failure ??= error
        return
      }
      const elapsed = performance.now() - started
      const rate = added / (elapsed / 1000)
      const left = rate > 0 ? (missing - added) / rate : 0
      log(
        `  +${batch.length} (#${batch[0]}–#${batch.at(-1)}) in ${seconds(performance.now() - batchStarted)} · ` +
          `${existing.length + added}/${target} bench pieces · ${rate.toFixed(1)} pieces/s · ~${left < 90 ? `${Math.round(left)} s` : `${Math.round(left / 60)} min`} left`
      )
    }
  }
  await Promise.all(Array.from({ length: Math.min(parallel, batches.length) }, worker))
  if (failure) {
    failure.message = `${failure.message}\n(${added} pieces were added before the failure; run again to add the rest.)`
    throw failure
  }
  const elapsed = performance.now() - started
  log(`Added ${added} pieces (${variants} variants) in ${seconds(elapsed)}: ${(added / (elapsed / 1000)).toFixed(1)} pieces/s.`)
  return { added, variants }
}
