// A host page that locks down the Trusted Types factory before any other script runs.
Object.freeze(window.trustedTypes);
