module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.(t|j)sx?$": ["@swc/jest"] },
  // Tests sit beside what they prove; test/ keeps those that span several modules.
  roots: ["<rootDir>/src", "<rootDir>/messages", "<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // next-intl's formatter ships as ES modules only: transformed like our own code (client/format.test).
  transformIgnorePatterns: ["/node_modules/(?!(use-intl|intl-messageformat|@formatjs|icu-minify)/)"],
  moduleNameMapper: { "^@/(.*)$": "<rootDir>/src/$1" },
}
