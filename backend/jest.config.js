const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

module.exports = {
  transform: {
    "^.+\\.[jt]s$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", decorators: true } } }],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
  setupFiles: ["./integration-tests/setup.js"],
  testTimeout: 120000,
}

if (process.env.TEST_TYPE === "integration:http") {
  module.exports.testMatch = [
    "**/integration-tests/http/**/*.spec.[jt]s",
    // Module services against a real database (moduleIntegrationTestRunner); *.unit.spec files run with the unit tests.
    "**/src/modules/*/__tests__/**/*.spec.[jt]s",
  ]
  module.exports.testPathIgnorePatterns = ["/node_modules/", "\\.unit\\.spec\\.[jt]s$"]
} else if (process.env.TEST_TYPE === "unit") {
  module.exports.testMatch = ["**/src/**/__tests__/**/*.unit.spec.[jt]s"]
}
