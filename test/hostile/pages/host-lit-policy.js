// A host page that uses Lit itself: its own 'lit-html' Trusted Types policy exists before SensIQ loads.
window.trustedTypes.createPolicy('lit-html', {createHTML: (html) => html});
