/*
 * Material for MkDocs draws diagrams with the global `mermaid` when one exists and fetches the
 * library from a CDN when none does. This small stand-in is that global: it keeps every request on
 * this site's origin, and loads the self-hosted library only when a page actually has a diagram,
 * which also works across instant navigation.
 *
 * A diagram further down the page waits until it comes within half a screen of the viewport: the
 * library (about 235 KB gzipped in 27 files) and its rendering then cost nothing to the page's load.
 * On a phone, rendering the overview's diagram during load blocked the main thread for 0.8-1.1 s
 * (Lighthouse, mobile), the one reason the home page scored 80 for performance.
 */
(function () {
  "use strict";
  if (window.mermaid) {
    return;
  }
  var entry = new URL("vendor/mermaid/mermaid.esm.min.mjs", document.currentScript.src).href;
  var settings = {};
  var library = null;

  var claimed = new WeakSet();  // <pre class="mermaid"> blocks already matched to a render call

  function nearViewport(text) {
    // Material calls render(id, text) for each <pre class="mermaid">; find the block it means.
    var block = Array.prototype.find.call(document.querySelectorAll("pre.mermaid"), function (node) {
      return !claimed.has(node) && node.textContent === text;
    });
    if (!block || !("IntersectionObserver" in window)) {
      return Promise.resolve();
    }
    claimed.add(block);
    return new Promise(function (resolve) {
      var observer = new IntersectionObserver(function (entries) {
        if (entries.some(function (e) { return e.isIntersecting; })) {
          observer.disconnect();
          resolve();
        }
      }, { rootMargin: "0px 0px 50% 0px" });
      observer.observe(block);
    });
  }

  function load() {
    if (!library) {
      // eslint-disable-next-line no-unsanitized/method -- entry is a literal path resolved against this script's URL
      library = import(entry).then(function (module) {
        var mermaid = module.default;
        mermaid.initialize(settings);
        return mermaid;
      });
    }
    return library;
  }

  window.mermaid = {
    initialize: function (options) {
      settings = Object.assign({}, options, { startOnLoad: false });
    },
    render: function (id, text) {
      return nearViewport(text).then(load).then(function (mermaid) {
        return mermaid.render(id, text);
      });
    }
  };
})();
