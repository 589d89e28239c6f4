/*! @sensiq/embed | (c) SensIQ | UNLICENSED */
// Shopify adds a block's schema "javascript" file as a classic deferred script, once per page. The library is
// made of ES modules, so this file only imports the loader that sits next to it; the loader then imports
// just the elements the page uses. Loading it twice is harmless: a module runs once per URL.
(function () {
  var script = document.currentScript;
  if (!script || !script.src) return;
  import(new URL('sensiq-loader.js', script.src).href).catch(function (error) {
    console.warn('[SensIQ] could not load sensiq-loader.js: ' + error);
  });
})();
