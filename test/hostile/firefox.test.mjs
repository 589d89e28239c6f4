// The hostile-host suite (issue 7, SECURITY.md) in Firefox ESR: every scenario, sharing one server and one
// browser. Each engine has its own entry file so npm test can run the two engines side by side.
globalThis.SENSIQ_ENGINE = 'firefox';
await import('./scenarios.mjs');
