const WEIGHTS = [3, 7, 1]

/** Check digit of a Mexican CLABE from its first 17 digits (weights 3,7,1; modulo 10). */
export function clabeCheckDigit(first17: string): number {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError("a CLABE check digit needs exactly 17 digits")
  }
  let sum = 0
  for (let i = 0; i < 17; i++) {
    sum += (Number(first17[i]) * WEIGHTS[i % 3]) % 10
  }
  return (10 - (sum % 10)) % 10
}

export type ClabeProblem = "format" | "check_digit"

/** Null when valid, else what is wrong with it. */
export function clabeProblem(clabe: string): ClabeProblem | null {
  if (!/^\d{18}$/.test(clabe)) {
    return "format"
  }
  return clabeCheckDigit(clabe.slice(0, 17)) === Number(clabe[17]) ? null : "check_digit"
}

export function isValidClabe(clabe: string): boolean {
  return clabeProblem(clabe) === null
}
