// @ts-check
/** Chromium for the code-server tests: Debian's package, headless, with nothing that calls home. */
const fs = require('node:fs');

/** Flags that keep a headless Chromium quiet and runnable as root in a container. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium executable: $CHROMIUM_PATH, or Debian's /usr/bin/chromium. */
function chromiumPath() {
  const p = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!fs.existsSync(p)) throw new Error(`Chromium not found at ${p} (apt-get install chromium, or set CHROMIUM_PATH)`);
  return p;
}

module.exports = { CHROMIUM_ARGS, chromiumPath };
