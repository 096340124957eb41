// Progressive enhancement only: when the address names a record's evidence (#ev-..., #st-...),
// highlight every piece of that span (a span crossed by another one is split into pieces;
// CSS :target alone highlights the first) and bring it into view.
(function () {
  "use strict";
  var marked = [];

  function highlightTarget() {
    marked.forEach(function (el) { el.classList.remove("is-target"); });
    marked = [];
    var id;
    try {
      id = decodeURIComponent(window.location.hash.slice(1));
    } catch (err) {
      return;  // a malformed address names no record
    }
    if (!id) { return; }
    var pieces = document.querySelectorAll("mark[data-span]");
    for (var i = 0; i < pieces.length; i++) {
      if (pieces[i].getAttribute("data-span") === id) {
        pieces[i].classList.add("is-target");
        marked.push(pieces[i]);
      }
    }
    if (marked.length) {
      marked[0].scrollIntoView({ block: "center" });
    }
  }

  window.addEventListener("hashchange", highlightTarget);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", highlightTarget);
  } else {
    highlightTarget();
  }
}());
