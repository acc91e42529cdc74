import { ADMIN, createStoreFixture } from "../../helpers/fixtures"
import { integrationTestRunner } from "../../helpers/runner"

jest.setTimeout(180 * 1000)

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let regionId: string

    beforeAll(async () => {
      const fixture = await createStoreFixture(getContainer(), api)
      store = fixture.store
      regionId = fixture.usdRegionId
    })
    beforeEach(() => {
      process.env.TELAR_RATE_LIMIT_FACTOR = "1"
    })
    afterAll(() => {
      process.env.TELAR_RATE_LIMIT_FACTOR = "100"
    })

    const login = (password: string) => api.post("/auth/user/emailpass", { email: ADMIN.email, password }, { validateStatus: () => true })

    it("stops guessing an admin password within 10 tries: 429 with Retry-After, even for the right one", async () => {
      // (The fixture's own login already counted once.)
      const statuses: number[] = []
      for (let i = 0; i < 11; i++) statuses.push((await login(`wrong-${i}`)).status)
      expect(statuses.slice(0, 9)).toEqual(Array(9).fill(401))
      expect(statuses.slice(9)).toEqual([429, 429])
      const blocked = await login("wrong-again")
      expect(blocked.status).toBe(429)
      expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0)
      expect(blocked.data.message).toMatch(/Too many attempts/)
      expect((await login(ADMIN.password)).status).toBe(429)
    })

    it("limits a burst of cart creations from one address", async () => {
      const statuses: number[] = []
      for (let i = 0; i < 40; i++) {
        statuses.push((await api.post("/store/carts", { region_id: regionId }, { ...store, validateStatus: () => true })).status)
      }
      expect(statuses.slice(0, 30).every((status) => status === 200)).toBe(true)
      expect(statuses.slice(30).every((status) => status === 429)).toBe(true)
    })

    it("turns the limits off with TELAR_RATE_LIMIT_FACTOR=0", async () => {
      process.env.TELAR_RATE_LIMIT_FACTOR = "0"
      const response = await api.post("/store/carts", { region_id: regionId }, { ...store, validateStatus: () => true })
      expect(response.status).toBe(200)
    })
  },
})
