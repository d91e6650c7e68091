/*
 * The script embed, without an iframe: <script type="module" src=".../embed.js"> and <genaiops-self-check
 * theme accent> on any page. The JSON and CSS are found next to this script, so the host may be on another
 * origin if both are served with Access-Control-Allow-Origin. A shadow root with the widget's CSS adopted
 * keeps the host's styles out and the widget's in. The element's name is the contract's, so it is defined
 * once the JSON arrives; until then, or if it never does, the element shows what the host put inside it.
 * The host's address is the host's: a fragment on it is never read as a share link, nor removed (ownPage).
 */
import { h } from "./dom.js";
import { inLanguage, loadModel, loadText } from "./load.js";
import { applyLook } from "./look.js";
import { mountWidget } from "./widget.js";

const jsonUrl = new URL("model.json", import.meta.url); // JSON_PATH in macros/selfcheck/export.py

function define(data, css) {
  const { contract } = data;
  if (customElements.get(contract.embed_element)) return; // the script was included twice, under two URLs
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  customElements.define(contract.embed_element, class extends HTMLElement {
    static observedAttributes = ["theme", "accent", "lang"];
    #scope = null;
    #lang = null; // the language asked for by the lang attribute, as last mounted

    connectedCallback() {
      if (this.#scope) return; // moved within the page: keep the widget and its answers
      this.#scope = h("div", { class: "gsc-scope" });
      this.attributeChangedCallback();
      const shadow = this.attachShadow({ mode: "open" });
      shadow.adoptedStyleSheets = [sheet];
      shadow.append(this.#scope);
      this.#mount();
    }

    attributeChangedCallback(name) {
      if (!this.#scope) return;
      if (name === "lang" && this.getAttribute("lang") !== this.#lang) this.#mount(); // answers are in storage, by id
      else applyLook(this.#scope, contract, this.getAttribute("theme"), this.getAttribute("accent"));
    }

    /* The widget in the language of the lang attribute (none: the JSON's, English), over whatever was shown. */
    async #mount() {
      const asked = this.getAttribute("lang");
      this.#lang = asked;
      const chosen = await inLanguage(data, jsonUrl, asked);
      if (asked !== this.#lang) return; // changed again while that language loaded
      const root = h("div");
      this.#scope.replaceChildren(root);
      mountWidget(root, chosen.data, chosen.url, { ownPage: false });
    }
  });
}

Promise.all([loadModel(jsonUrl), loadText(new URL("self-check.css", import.meta.url))]).then(([data, css]) => define(data, css),
  (error) => console.error(`GenAIOps self-check: ${jsonUrl.href} could not be loaded (${error.message}); `
    + "its server must send Access-Control-Allow-Origin."));
