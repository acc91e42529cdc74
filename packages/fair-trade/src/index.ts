export * from "./money"
export * from "./exchange-rate"
export * from "./money-split"
export * from "./clabe"
