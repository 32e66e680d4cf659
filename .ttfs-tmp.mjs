import { chromium } from '@playwright/test';
const portal = 'http://localhost:6184';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const users of [250, 5000, 10000]) {
  await fetch(portal + '/emulator-api/reset', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ users, presenceChurn: false }) });
  const out = [];
  for (let i = 0; i < 3; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const t0 = Date.now();
    await page.goto(portal + '/');
    const frame = page.frames().find((f) => f.name().includes('|')) ?? page.frameLocator('#app-frame');
    const app = page.frameLocator('#app-frame');
    await app.locator('[data-presence-source=im]').first().waitFor({ timeout: 30000 });
    const f = page.frames().find((fr) => fr.url().includes(':6183'));
    const inApp = await f.evaluate(() => Math.round(performance.now()));
    out.push({ fromGoto: Date.now() - t0, inFrame: inApp });
    await page.close();
  }
  console.log(users, JSON.stringify(out));
}
await browser.close();
