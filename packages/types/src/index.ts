export * from "./coordinator"
export * from "./portal"
