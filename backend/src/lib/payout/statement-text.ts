import type { LedgerEntryType } from "../../modules/payout/models/ledger-entry"

export const STATEMENT_LOCALES = ["es", "en"] as const
export type StatementLocale = (typeof STATEMENT_LOCALES)[number]

type StatementText = {
  brand: string
  title: string
  period: (from: string, to: string) => string
  printHint: string
  opening: (day: string) => string
  movements: string
  closing: (day: string) => string
  date: string
  concept: string
  detail: string
  amount: string
  balance: string
  noEntries: string
  explanation: string
  generated: (when: string) => string
  order: (displayId: number) => string
  types: Record<LedgerEntryType, string>
  causes: { cancellation: string; refund: string; return: string }
}

/** Every word of a cooperative's statement, in Spanish (the cooperatives' language) and English. */
export const STATEMENT_TEXT: Record<StatementLocale, StatementText> = {
  es: {
    brand: "Telar · comercio justo con las cooperativas artesanas de Chiapas",
    title: "Estado de cuenta",
    period: (from, to) => `Periodo: del ${from} al ${to}`,
    printHint: "Para imprimir o guardar en PDF, use la opción Imprimir de su navegador (Ctrl+P).",
    opening: (day) => `Saldo al inicio del ${day}`,
    movements: "Movimientos del periodo",
    closing: (day) => `Saldo al cierre del ${day}`,
    date: "Fecha",
    concept: "Concepto",
    detail: "Detalle",
    amount: "Importe",
    balance: "Saldo",
    noEntries: "No hubo movimientos en este periodo.",
    explanation:
      "Importes en pesos mexicanos (MXN). El saldo es lo que Telar debe a la cooperativa: las ventas lo suben; los pagos enviados, los anticipos recuperados y las ventas canceladas, reembolsadas o devueltas lo bajan; un pago que no llegó vuelve al saldo.",
    generated: (when) => `Generado el ${when}`,
    order: (displayId) => `Pedido #${displayId}`,
    types: {
      earning: "Venta",
      reversal: "Venta revertida",
      advance: "Anticipo",
      advance_recoupment: "Recuperación de anticipo",
      payout: "Pago enviado",
      payout_failed: "Pago no entregado (devuelto al saldo)",
      adjustment: "Ajuste",
    },
    causes: { cancellation: "pedido cancelado", refund: "reembolso", return: "devolución" },
  },
  en: {
    brand: "Telar · fair trade with the artisan cooperatives of Chiapas",
    title: "Account statement",
    period: (from, to) => `Period: ${from} to ${to}`,
    printHint: "To print or save as PDF, use your browser's Print command (Ctrl+P).",
    opening: (day) => `Balance at the start of ${day}`,
    movements: "Movements in the period",
    closing: (day) => `Balance at the end of ${day}`,
    date: "Date",
    concept: "Entry",
    detail: "Detail",
    amount: "Amount",
    balance: "Balance",
    noEntries: "There were no movements in this period.",
    explanation:
      "Amounts in Mexican pesos (MXN). The balance is what Telar owes the cooperative: sales raise it; payouts sent, advances recouped and sales cancelled, refunded or returned lower it; a payout that did not arrive goes back to the balance.",
    generated: (when) => `Generated on ${when}`,
    order: (displayId) => `Order #${displayId}`,
    types: {
      earning: "Sale",
      reversal: "Sale reversed",
      advance: "Advance",
      advance_recoupment: "Advance recouped",
      payout: "Payout sent",
      payout_failed: "Payout not delivered (back to the balance)",
      adjustment: "Adjustment",
    },
    causes: { cancellation: "order cancelled", refund: "refund", return: "return" },
  },
}
