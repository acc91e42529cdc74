import { apportion, floorShare, roundedShare } from "../rounding"

const sum = (values: number[]) => values.reduce((acc, value) => acc + value, 0)

describe("apportion (largest remainder)", () => {
  // Expected splits worked out by hand: floors first, then one centavo to each largest remainder.
  it.each([
    { total: 100, weights: [1, 1, 1], expected: [34, 33, 33] },
    { total: 2, weights: [1, 1, 1], expected: [1, 1, 0] },
    { total: 1, weights: [5, 5, 5], expected: [1, 0, 0] },
    // 1.4, 2.1, 3.5: the 0.5 is the largest remainder.
    { total: 7, weights: [2, 3, 5], expected: [1, 2, 4] },
    // 10312.05…, 1517.34…, 515.60…: the centavo left goes to the third line.
    { total: 12345, weights: [122500, 18025, 6125], expected: [10312, 1517, 516] },
    // 33332.66667, 33332.66667, 33333.66666: the two larger remainders win, not the larger weight.
    { total: 99999, weights: [33333, 33333, 33334], expected: [33333, 33333, 33333] },
    // Equal remainders (0.5 and 1.5): the larger weight first; equal weights: the earlier line.
    { total: 2, weights: [1, 3], expected: [0, 2] },
    { total: 1, weights: [2, 2], expected: [1, 0] },
    { total: 20001, weights: [10000, 10000, 1], expected: [10000, 10000, 1] },
    { total: 0, weights: [7, 9], expected: [0, 0] },
    { total: 5, weights: [0, 5, 0], expected: [0, 5, 0] },
  ])("splits $total over $weights as $expected", ({ total, weights, expected }) => {
    const parts = apportion(total, weights)
    expect(parts).toEqual(expected)
    expect(sum(parts)).toBe(total)
  })

  it("always sums exactly, gives no part more than its weight (total ≤ weights), and stays within a centavo of the exact share", () => {
    let seed = 42
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % below
    }
    for (let round = 0; round < 2000; round++) {
      const weights = Array.from({ length: 1 + random(6) }, () => random(round % 2 ? 100 : 10_000_000))
      const total = random(sum(weights) + 1)
      const parts = apportion(total, weights)
      expect(sum(parts)).toBe(total)
      parts.forEach((part, index) => {
        expect(part).toBeLessThanOrEqual(weights[index])
        const exact = (BigInt(total) * BigInt(weights[index])) / BigInt(Math.max(1, sum(weights)))
        expect(part - Number(exact)).toBeGreaterThanOrEqual(0)
        expect(part - Number(exact)).toBeLessThanOrEqual(1)
      })
    }
  })

  it.each([
    { total: 11, weights: [0, 0], problem: /weigh nothing/ },
    { total: -1, weights: [5], problem: /non-negative integer/ },
    { total: 1.5, weights: [5], problem: /non-negative integer/ },
    { total: 1, weights: [5, -2], problem: /non-negative integer/ },
  ])("refuses $total over $weights", ({ total, weights, problem }) => {
    expect(() => apportion(total, weights)).toThrow(problem)
  })
})

describe("shares of an earning", () => {
  it.each([
    // floor: the centavo in doubt stays with the cooperative until the last unit is back.
    { amount: 100, units: 1, of: 3, floor: 33, rounded: 33 },
    { amount: 100, units: 2, of: 3, floor: 66, rounded: 67 },
    { amount: 100, units: 3, of: 3, floor: 100, rounded: 100 },
    { amount: 122501, units: 1, of: 2, floor: 61250, rounded: 61251 },
    { amount: 0, units: 1, of: 2, floor: 0, rounded: 0 },
    // Beyond 2^53 in the intermediate product: exact all the same.
    { amount: 9_000_000_000_000, units: 7_000, of: 9_000, floor: 7_000_000_000_000, rounded: 7_000_000_000_000 },
  ])("$amount × $units / $of is $floor down and $rounded half up", ({ amount, units, of, floor, rounded }) => {
    expect(floorShare(amount, units, of)).toBe(floor)
    expect(roundedShare(amount, units, of)).toBe(rounded)
  })

  it("refuses a zero denominator", () => {
    expect(() => floorShare(100, 1, 0)).toThrow(/positive whole denominator/)
    expect(() => roundedShare(100, 1, 0)).toThrow(/positive whole denominator/)
  })
})
