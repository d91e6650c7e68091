// ESLint for the widget (browser ES modules) and its node unit tests: `npm run lint:js`.
import js from "@eslint/js";
import globals from "globals";

export default [
  { ignores: ["node_modules/", "site/", ".venv/"] },
  { linterOptions: { reportUnusedDisableDirectives: "error" } }, // so a clean run has 0 warnings too
  js.configs.recommended,
  {
    files: ["docs/assets/**/*.js"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: { ...globals.browser } },
  },
  {
    // mermaid-loader.js is a classic script that Material loads before its own bundle.
    files: ["docs/assets/javascripts/**/*.js"],
    languageOptions: { sourceType: "script" },
  },
  {
    // The self-check's loader is a module like the widget it imports (Material loads it after its bundle).
    files: ["docs/assets/javascripts/self-check-loader.js"],
    languageOptions: { sourceType: "module" },
  },
  {
    files: ["tests/js/**/*.mjs", "eslint.config.mjs"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: { ...globals.node } },
  },
  {
    // The KQL parser the examples test runs: CommonJS, because the parser it loads defines a global.
    files: ["tests/support_kql.cjs"],
    languageOptions: { ecmaVersion: 2022, sourceType: "commonjs", globals: { ...globals.node } },
  },
  {
    files: ["docs/assets/self-check/**/*.js", "docs/assets/javascripts/self-check-loader.js", "tests/js/**/*.mjs"],
    rules: {
      eqeqeq: "error",
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "prefer-const": "error",
      "no-var": "error",
    },
  },
];
