import { AdminCreateCooperative } from "../../../api/admin/cooperatives/validators"
import { clabeInputError, maskAccountNumber, normaliseClabe } from "../clabe"

const VALID = "032180000118359719"
const WRONG_CHECK_DIGIT = "032180000118359710"

describe("CLABE in the admin", () => {
  it("masks all but the last four characters, and shows a dash when there is none", () => {
    expect(maskAccountNumber(VALID)).toBe("•••• 9719")
    expect(maskAccountNumber("032 180 000118359719")).toBe("•••• 9719")
    expect(maskAccountNumber("acct_1AbcDEF")).toBe("•••• cDEF")
    expect(maskAccountNumber("123")).toBe("••••")
    expect(maskAccountNumber(null)).toBe("—")
    expect(maskAccountNumber("")).toBe("—")
  })

  it("accepts a CLABE pasted with spaces or hyphens", () => {
    expect(normaliseClabe("032 180-000118359719")).toBe(VALID)
    expect(clabeInputError("032 180 000118359719")).toBeNull()
  })

  it("says what is wrong: missing, length, characters, check digit", () => {
    expect(clabeInputError("")).toBe("A SPEI payout account needs a CLABE.")
    expect(clabeInputError("03218000011835971")).toBe("A CLABE has exactly 18 digits: this one has 17.")
    expect(clabeInputError("03218000011835971O")).toBe("A CLABE has exactly 18 digits: this one has 17 and other characters.")
    expect(clabeInputError(WRONG_CHECK_DIGIT)).toMatch(/check digit is wrong/)
  })

  it("uses the API's own words for a wrong check digit", () => {
    const parsed = AdminCreateCooperative.safeParse({
      handle: "coop",
      name: "Coop",
      community: "Zinacantán",
      municipality: "Zinacantán",
      region: "Altos",
      latitude: 16.76,
      longitude: -92.72,
      payout_account: { method: "spei", account_holder: "Coop", clabe: WRONG_CHECK_DIGIT },
    })
    expect(parsed.success).toBe(false)
    const apiMessages = parsed.error!.issues.map((issue) => issue.message)
    expect(apiMessages).toContain(clabeInputError(WRONG_CHECK_DIGIT))
  })
})
