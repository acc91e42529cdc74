module.exports = {
  testEnvironment: "node",
  // JSX as the app compiles it (the automatic runtime): the portal's islands are rendered in tests.
  transform: { "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { transform: { react: { runtime: "automatic" } } } }] },
  // Tests sit beside what they prove; test/ keeps those that span several modules.
  roots: ["<rootDir>/src", "<rootDir>/messages", "<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // next-intl's formatter ships as ES modules only: transformed like our own code (render/format.test).
  transformIgnorePatterns: ["/node_modules/(?!(use-intl|intl-messageformat|@formatjs|icu-minify)/)"],
  moduleNameMapper: { "^@/(.*)$": "<rootDir>/src/$1" },
}
