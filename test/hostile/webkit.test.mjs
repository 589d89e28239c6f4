// The hostile-host suite (issue 7, SECURITY.md) in WebKit (WebKitGTK's MiniBrowser): every scenario, sharing
// one server and one browser. Each engine has its own entry file so npm test can run the engines side by side.
globalThis.SENSIQ_ENGINE = 'webkit';
await import('./scenarios.mjs');
