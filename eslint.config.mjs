// ESLint for the widget (browser ES modules) and its node unit tests: `npm run lint:js`.
import js from "@eslint/js";
import globals from "globals";
import noUnsanitized from "eslint-plugin-no-unsanitized";

// Markup from text is refused by construction (eslint-plugin-no-unsanitized, Mozilla's, which traces variables back
// to literals), not by grep: it sees innerHTML, outerHTML, insertAdjacentHTML, document.write,
// createContextualFragment, setHTMLUnsafe and import() of a computed URL; below it also sees DOMParser and srcdoc.
const MARKUP_METHODS = { parseFromString: { properties: [0] }, parseHTMLUnsafe: { properties: [0] } };
const MARKUP_PROPERTIES = { srcdoc: {} };
// What CSP would block and no-unsanitized does not see: event handler attributes written as attributes (h() of
// dom.js writes each prop with setAttribute), and srcdoc, whose value is a whole document.
const HANDLER = "/^on/i";
const INLINE_CODE = [
  { selector: `CallExpression[callee.property.name='setAttribute'][arguments.0.value=${HANDLER}]`, message: "No event handler attributes: addEventListener runs under a strict CSP." },
  { selector: `CallExpression[callee.property.name='setAttributeNS'][arguments.1.value=${HANDLER}]`, message: "No event handler attributes: addEventListener runs under a strict CSP." },
  { selector: `CallExpression[callee.property.name=/^(setAttribute|setAttributeNS)$/] > Literal[value=/^srcdoc$/i]`, message: "No srcdoc: a frame's document is markup." },
  { selector: `CallExpression[callee.name='h'] > ObjectExpression > Property[key.name=${HANDLER}]`, message: "No event handler attributes through h(): use button() or addEventListener." },
  { selector: `CallExpression[callee.name='h'] > ObjectExpression > Property[key.value=${HANDLER}]`, message: "No event handler attributes through h(): use button() or addEventListener." },
  { selector: "CallExpression[callee.name='h'] > ObjectExpression > Property[computed=true]", message: "h() props must be named, so the rules above can see them." },
  { selector: "CallExpression[callee.name='h'] > ObjectExpression > SpreadElement", message: "h() props must be named, so the rules above can see them." },
  { selector: "CallExpression[callee.name='h'][arguments.1.type=/^(Identifier|MemberExpression|CallExpression|ConditionalExpression|LogicalExpression)$/]", message: "h() props must be an object written in place (or null), so the rules above can see them." },
  { selector: "MemberExpression[property.name='srcdoc']", message: "No srcdoc: a frame's document is markup." },
];

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
    // Everything that runs in the guide's pages: no markup from text, no code from text, no inline handlers.
    files: ["docs/assets/**/*.js"],
    plugins: { "no-unsanitized": noUnsanitized },
    rules: {
      "no-unsanitized/method": ["error", {}, MARKUP_METHODS],
      "no-unsanitized/property": ["error", {}, MARKUP_PROPERTIES],
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "no-script-url": "error",
      "no-restricted-syntax": ["error", ...INLINE_CODE],
    },
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
