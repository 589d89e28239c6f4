/*! @sensiq/embed | (c) SensIQ | UNLICENSED */
// Hands SensIQ elements that the server printed with their content (a declarative shadow root) over to their
// scripts. Lit renders an element into the shadow root it finds, before that root's first child, and leaves the
// server's nodes after its own; the server's markup starts with the only <style> element in the root (the
// elements' own templates never hold one). Once the element's first render is done we remove that <style> and
// everything after it, in the same task as the render, so the page is never painted in between and, since the
// element renders exactly what the server printed, nothing moves.
// A classic script (no import/export): the WordPress plugin serves it as a file, and the Shopify extension puts
// it at the top of its schema script.
(function () {
  function removeServerMarkup(host) {
    var root = host.shadowRoot;
    var style = null;
    // Not querySelector(':scope > style'): in a shadow root :scope matches nothing.
    for (var child = root && root.firstElementChild; child && !style; child = child.nextElementSibling) {
      if (child.localName === 'style') style = child;
    }
    while (style && style.nextSibling) root.removeChild(style.nextSibling);
    if (style) root.removeChild(style);
  }
  function handOver(host) {
    if (host.hasUpdated) return removeServerMarkup(host); // defined before this script ran
    customElements.whenDefined(host.localName).then(function () {
      return host.updateComplete;
    }).then(function () {
      removeServerMarkup(host);
    });
  }
  // Elements nested in a server-rendered shadow root (the article's takeaways) too: their own element may be
  // defined before the one around them, and would then show its content twice until that one renders.
  function visit(root) {
    var all = root.querySelectorAll('*');
    for (var i = 0; i < all.length; i++) {
      if (all[i].localName.indexOf('sensiq-') === 0 && all[i].shadowRoot) {
        handOver(all[i]);
        visit(all[i].shadowRoot);
      }
    }
  }
  visit(document);
})();
