// The hostile-host suite (issue 7, SECURITY.md) in Chromium: every scenario, sharing one server and one
// browser. Each engine has its own entry file so npm test can run the two engines side by side.
globalThis.SENSIQ_ENGINE = 'chromium';
await import('./scenarios.mjs');
