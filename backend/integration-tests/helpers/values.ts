/** Dollars and cents as integer cents, exactly (the API answers decimals as numbers). */
export const cents = (amount: number | string) => Math.round(Number(amount) * 100)

/** ICU separates some parts with narrow no-break spaces; compare words, not spacing. */
export const words = (text: string) => text.replace(/\s+/g, " ")
