/*
 * Where the self-check's modules cannot run, say why instead of "Loading the questions..." for ever. A classic
 * script runs where module scripts do not:
 * - From disk (site/self-check/index.html as a file:// URL): browsers load neither ES modules nor JSON from
 *   file:// (Chromium: "blocked by CORS policy" for origin 'null').
 * - In a frame sandboxed without allow-same-origin: the page has an opaque origin, so its module and JSON load
 *   only from a server that sends Access-Control-Allow-Origin (then the widget runs, without storage, and says
 *   so), and otherwise fail. When the module fails to load, this says why and what the host can do.
 * Text only, never markup. On an ordinary http(s) page it does nothing.
 */
(function () {
  "use strict";
  function say(message) {
    var roots = document.querySelectorAll("[data-genaiops-self-check]");
    for (var i = 0; i < roots.length; i++) {
      var note = document.createElement("p");
      note.className = "gsc-error";
      note.setAttribute("role", "alert");
      note.textContent = message;
      roots[i].replaceChildren(note);
    }
  }
  if (location.protocol === "file:") {
    say(
      "The self-check needs to be served by a web server: run 'make serve' and open " +
        "http://127.0.0.1:8000/self-check/, or publish the site."
    );
    return;
  }
  if (window.origin !== "null") {
    return;
  }
  // Resource errors do not bubble, but they pass through window on the way down: listen while capturing.
  window.addEventListener(
    "error",
    function (event) {
      var el = event.target;
      if (el && el.tagName === "SCRIPT" && el.type === "module") {
        say(
          "The self-check cannot run in this frame: the page around it sandboxes the frame without " +
            "allow-same-origin, so the browser blocks its scripts and would keep no answers. Open " +
            location.href.split("#")[0] +
            " in a tab of its own, or ask the page's owner to add allow-same-origin to the frame's sandbox."
        );
      }
    },
    true
  );
})();
