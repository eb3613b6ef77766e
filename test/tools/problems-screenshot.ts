import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBridgeProcess } from '../support/bridge-process';
import { launchChromium, openInLanguage } from '../support/browser';
import { backendOn } from '../support/backend';
import { volunteerInput } from '../support/volunteer-input';

/*
 * `npx tsx test/tools/problems-screenshot.ts` (after `npx electron-vite build`): the
 * banner shown after a main document with a damaged volunteer was salvaged from a
 * safety copy, in fi/sv/en, into screenshots/problems/.
 */

const outDir = path.resolve('screenshots/problems');
fs.mkdirSync(outDir, { recursive: true });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-problems-'));
const backend = await backendOn(dir, () => new Date(), 'fi-FI');
await backend.call('association:update', { name: 'Kylä ry', website: '', email: '' });
await backend.call('volunteers:create', volunteerInput('Anna Äijälä'));
await backend.call('volunteers:create', volunteerInput('Bo Åström', { email: 'bo@kyla.example.fi' }));
await backend.call('volunteers:create', volunteerInput('Cecilia Ek'));
await backend.repo.backup('before-import-2026-11-24T08-00-00-000Z');
const main = JSON.parse(fs.readFileSync(path.join(dir, 'somevuoro.json'), 'utf8'));
main.volunteers[1].email = 'bo at kyla';
main.volunteers.push({ ...main.volunteers[2], id: 'new-one', maxDutiesPerMonth: 99 });
fs.writeFileSync(path.join(dir, 'somevuoro.json'), JSON.stringify(main));

const bridge = await startBridgeProcess(dir);
const browser = await launchChromium();
try {
  for (const language of ['fi', 'sv', 'en'] as const) {
    const { page } = await openInLanguage(browser, bridge.url, language);
    const banner = page.locator('.banner-warning');
    await banner.waitFor();
    await page.waitForTimeout(200);
    await page.screenshot({ path: path.join(outDir, `banner-${language}.png`), clip: { x: 0, y: 0, width: 1280, height: 420 } });
    await banner.locator('summary').first().click();
    await page.screenshot({ path: path.join(outDir, `banner-details-${language}.png`), clip: { x: 0, y: 0, width: 1280, height: 600 } });
    await page.context().close();
  }
} finally {
  await browser.close();
  await bridge.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
