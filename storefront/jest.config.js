module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.(t|j)sx?$": ["@swc/jest"] },
  // Tests sit beside what they prove; test/ keeps those that span several modules.
  roots: ["<rootDir>/src", "<rootDir>/messages", "<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  moduleNameMapper: { "^@/(.*)$": "<rootDir>/src/$1" },
}
