import { MedusaError } from "@medusajs/framework/utils"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { COOPERATIVE_MODULE } from ".."
import { Artisan } from "../models/artisan"
import { Cooperative } from "../models/cooperative"
import { Coordinator } from "../models/coordinator"
import { CoordinatorInvite } from "../models/coordinator-invite"
import { ExchangeRate } from "../models/exchange-rate"
import { PayoutAccount } from "../models/payout-account"
import { ProducerPrice } from "../models/producer-price"
import { StockChange } from "../models/stock-change"
import type CooperativeModuleService from "../service"
import { normalizeCurrencyCode } from "../service"

jest.setTimeout(60 * 1000)

const cooperative = {
  handle: "tejedoras",
  name: "Tejedoras",
  community: "Zinacantán",
  municipality: "Zinacantán",
  region: "Altos" as const,
  latitude: 16.76,
  longitude: -92.72,
}

moduleIntegrationTestRunner<CooperativeModuleService>({
  moduleName: COOPERATIVE_MODULE,
  moduleModels: [Cooperative, Artisan, PayoutAccount, ProducerPrice, ExchangeRate, Coordinator, CoordinatorInvite, StockChange],
  resolve: "./src/modules/cooperative",
  testSuite: ({ service }) => {
    describe("normalizeCurrencyCode", () => {
      it.each([
        ["MXN", "mxn"],
        ["Usd", "usd"],
        ["eur", "eur"],
      ])("stores %s as %s", (code, stored) => {
        expect(normalizeCurrencyCode(code)).toBe(stored)
      })
    })

    describe("currentExchangeRate", () => {
      it("is null while staff never set a rate for the pair", async () => {
        expect(await service.currentExchangeRate("usd", "mxn")).toBeNull()
      })

      it("answers the newest rate of the pair asked for, whatever the case of the codes", async () => {
        await service.createExchangeRates({ from_currency: "usd", to_currency: "mxn", rate: "18" })
        await service.createExchangeRates({ from_currency: "usd", to_currency: "mxn", rate: "19.5" })
        await service.createExchangeRates({ from_currency: "eur", to_currency: "mxn", rate: "21" })
        expect(await service.currentExchangeRate("USD", "Mxn")).toMatchObject({ from: "usd", to: "mxn", rate: "19.5" })
        expect(await service.currentExchangeRate("eur", "mxn")).toMatchObject({ rate: "21" })
        expect(await service.currentExchangeRate("mxn", "usd")).toBeNull()
      })
    })

    describe("recordExchangeRate", () => {
      it("appends a rate with lowercase codes, the rate normalised, and who set it", async () => {
        const recorded = await service.recordExchangeRate({ from: "USD", to: "MXN", rate: "18.2500", set_by: "user_1", note: "Monthly" })
        expect(recorded).toMatchObject({ from_currency: "usd", to_currency: "mxn", rate: "18.25", set_by: "user_1", note: "Monthly" })
        const current = await service.currentExchangeRate("usd", "mxn")
        expect(current).toMatchObject({ rate: "18.25" })
        expect(current?.set_at).toBeInstanceOf(Date)
      })

      it("keeps the history: a new rate never edits an older one", async () => {
        const first = await service.recordExchangeRate({ from: "usd", to: "mxn", rate: "18" })
        await service.recordExchangeRate({ from: "usd", to: "mxn", rate: "19" })
        const [rates, count] = await service.listAndCountExchangeRates({}, { order: { created_at: "ASC" } })
        expect(count).toBe(2)
        expect(rates.map((rate) => rate.rate)).toEqual(["18", "19"])
        expect(rates[0]).toMatchObject({ id: first.id, rate: "18" })
      })

      it.each([
        [{ from: "mxn", to: "MXN", rate: "1" }, /both MXN/],
        [{ from: "usd", to: "mxn", rate: "1.825" }, /outside the plausible range 10–40/],
        [{ from: "usd", to: "mxn", rate: "182.5" }, /outside the plausible range 10–40/],
        [{ from: "usd", to: "mxn", rate: "abc" }, /must be a positive decimal/],
      ])("refuses %j as invalid data and records nothing", async (input, message) => {
        await expect(service.recordExchangeRate(input)).rejects.toMatchObject({ type: MedusaError.Types.INVALID_DATA, message })
        expect(await service.listExchangeRates({})).toHaveLength(0)
      })

      it("asks for confirmation of a jump of more than 20 % from the rate in force", async () => {
        await service.recordExchangeRate({ from: "usd", to: "mxn", rate: "19.5" })
        await expect(service.recordExchangeRate({ from: "USD", to: "MXN", rate: "24" })).rejects.toMatchObject({
          type: MedusaError.Types.NOT_ALLOWED,
          message: expect.stringMatching(/differs from the rate in force \(19\.5\) by 23 %.*confirm_jump/),
        })
        expect(await service.currentExchangeRate("usd", "mxn")).toMatchObject({ rate: "19.5" })

        await service.recordExchangeRate({ from: "usd", to: "mxn", rate: "24", confirm_jump: true })
        expect(await service.currentExchangeRate("usd", "mxn")).toMatchObject({ rate: "24" })
      })

      it("lets a change within 20 % through without confirmation", async () => {
        await service.recordExchangeRate({ from: "usd", to: "mxn", rate: "18" })
        await service.recordExchangeRate({ from: "usd", to: "mxn", rate: "21.5" })
        expect(await service.currentExchangeRate("usd", "mxn")).toMatchObject({ rate: "21.5" })
      })
    })

    describe("cooperatives", () => {
      it("starts a new cooperative as a draft and refuses a second one with the same handle", async () => {
        const created = await service.createCooperatives(cooperative)
        expect(created).toMatchObject({ handle: "tejedoras", status: "draft", languages: [], story_en: "", is_demo: false })
        await expect(service.createCooperatives({ ...cooperative, name: "Otras" })).rejects.toThrow(/handle/)
      })

      it("gives a payout account mxn unless told otherwise, and deletes artisans and payout account with the cooperative", async () => {
        const created = await service.createCooperatives(cooperative)
        const account = await service.createPayoutAccounts({
          account_holder: "Tejedoras SC",
          clabe: "032180000118359719",
          cooperative_id: created.id,
        })
        expect(account).toMatchObject({ method: "spei", currency_code: "mxn" })
        await service.createArtisans({ handle: "rosa", name: "Rosa", craft: "brocade", cooperative_id: created.id })

        await service.deleteCooperatives(created.id)
        expect(await service.listArtisans({})).toHaveLength(0)
        expect(await service.listPayoutAccounts({})).toHaveLength(0)
      })
    })

    describe("coordinator invitations", () => {
      const invited = async (expiresInMs: number) => {
        const created = await service.createCooperatives(cooperative)
        const coordinator = await service.createCoordinators({ name: "Ana", email: "ana@example.org", cooperative_id: created.id })
        const invite = await service.createCoordinatorInvites({
          coordinator_id: coordinator.id,
          token_hash: "hash-1",
          expires_at: new Date(Date.now() + expiresInMs),
        })
        return { coordinator, invite }
      }

      it("claims a good invitation once, even when two claims race", async () => {
        const { coordinator, invite } = await invited(60_000)
        const claims = await Promise.all([service.claimCoordinatorInvite("hash-1"), service.claimCoordinatorInvite("hash-1")])
        expect(claims.filter(Boolean)).toEqual([{ invite_id: invite.id, coordinator_id: coordinator.id }])
        expect(await service.claimCoordinatorInvite("hash-1")).toBeNull()
        // A failed acceptance gives the invitation back.
        await service.unclaimCoordinatorInvite(invite.id)
        expect(await service.claimCoordinatorInvite("hash-1")).toEqual({ invite_id: invite.id, coordinator_id: coordinator.id })
      })

      it.each([
        ["expired", { expires_at: new Date(Date.now() - 1000) }],
        ["replaced by a newer one", { revoked_at: new Date() }],
      ])("refuses an invitation that is %s", async (_name, change) => {
        const { invite } = await invited(60_000)
        await service.updateCoordinatorInvites({ id: invite.id, ...change })
        expect(await service.claimCoordinatorInvite("hash-1")).toBeNull()
      })

      it("keeps one coordinator per email, and one stock change per mutation id and actor", async () => {
        const { coordinator } = await invited(60_000)
        await expect(
          service.createCoordinators({ name: "Otra", email: "ana@example.org", cooperative_id: coordinator.cooperative_id })
        ).rejects.toThrow()
        const change = {
          cooperative_id: coordinator.cooperative_id,
          actor_type: "coordinator" as const,
          actor_id: coordinator.id,
          client_mutation_id: "m-1",
          source: "portal" as const,
          variant_id: "variant_1",
          inventory_item_id: "iitem_1",
          location_id: "sloc_1",
          outcome: "applied" as const,
          previous_quantity: 1,
          new_quantity: 2,
          reserved_quantity: 0,
        }
        await service.createStockChanges(change)
        await expect(service.createStockChanges(change)).rejects.toThrow()
        await service.createStockChanges({ ...change, actor_id: "coord_other" })
        expect(await service.listStockChanges({})).toHaveLength(2)
      })
    })
  },
})
