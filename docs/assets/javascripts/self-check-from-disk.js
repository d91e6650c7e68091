/*
 * The self-check opened from disk (site/self-check/index.html as a file:// URL). Browsers load neither ES
 * modules nor JSON from file:// (Chromium: "blocked by CORS policy" for origin 'null'), so self-check.js
 * never runs there and the page would say "Loading the questions..." for ever. This classic script does run,
 * and says why and what to do instead. Text only, never markup. On http(s) it does nothing.
 */
(function () {
  "use strict";
  if (location.protocol !== "file:") {
    return;
  }
  var MESSAGE =
    "The self-check needs to be served by a web server: run 'make serve' and open " +
    "http://127.0.0.1:8000/self-check/, or publish the site.";
  var roots = document.querySelectorAll("[data-genaiops-self-check]");
  for (var i = 0; i < roots.length; i++) {
    var note = document.createElement("p");
    note.className = "gsc-error";
    note.setAttribute("role", "alert");
    note.textContent = MESSAGE;
    roots[i].replaceChildren(note);
  }
})();
