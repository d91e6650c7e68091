/*
 * Material for MkDocs draws diagrams with the global `mermaid` when one exists and fetches the
 * library from a CDN when none does. This small stand-in is that global: it keeps every request on
 * this site's origin, and loads the self-hosted library only when a page actually has a diagram,
 * which also works across instant navigation.
 */
(function () {
  "use strict";
  if (window.mermaid) {
    return;
  }
  var entry = new URL("vendor/mermaid/mermaid.esm.min.mjs", document.currentScript.src).href;
  var settings = {};
  var library = null;

  function load() {
    if (!library) {
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
      return load().then(function (mermaid) {
        return mermaid.render(id, text);
      });
    }
  };
})();
