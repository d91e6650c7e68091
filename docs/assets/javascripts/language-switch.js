/*
 * The language selector keeps the reader on the page they are reading. Each language's site has the same pages at
 * the same paths under its root (English at the site's root, Portuguese under pt-br/), and the build writes each
 * selector link for the page it built. Instant navigation keeps the header, so after a move those links would
 * still name the first page: on a click (or Enter), this points the chosen link at the current page in that
 * language before the browser follows it. Without JavaScript the built links already name the right page.
 */
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var link = event.target instanceof Element ? event.target.closest("a.md-select__link[data-genaiops-root]") : null;
    var scope = window.__md_scope;  // this language's root, set by Material's bootstrap in every page's head
    if (!link || !(scope instanceof URL) || location.href.indexOf(scope.href) !== 0) {
      return;
    }
    var path = location.pathname.slice(scope.pathname.length);
    link.href = new URL(link.getAttribute("data-genaiops-root") + path, scope).href;
  }, true);
})();
