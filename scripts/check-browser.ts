import { findChromium } from '../e2e/browser';

// `npm test` starts here: without a browser the e2e suite cannot run, so stop at once with one clear line.
if (!findChromium()) {
  console.error(
    'No Chromium found for the browser tests: on Debian/Ubuntu run `apt-get install -y chromium`, ' +
      'elsewhere `npx playwright install chromium`, or set PLAYWRIGHT_CHROMIUM_PATH to a Chromium binary.',
  );
  process.exit(1);
}
