// Browsers come from Debian (chromium, firefox-esr); npm must never download one.
module.exports = { skipDownload: true };
