import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { backendOn } from '../support/backend';
import { startBridgeProcess } from '../support/bridge-process';
import { launchChromium, openInLanguage } from '../support/browser';

/*
 * `npx tsx test/tools/campaign-screenshots.ts [fi|en|sv] [outDir]` (after `npx electron-vite build`):
 * the Campaigns screen with a fundraiser (amount raised, renaming open) and an event, into
 * screenshots/campaigns/ unless another folder is given.
 */

const language = (process.argv[2] ?? 'fi') as 'fi' | 'en' | 'sv';
const outDir = path.resolve(process.argv[3] ?? path.join('screenshots', 'campaigns'));
fs.mkdirSync(outDir, { recursive: true });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-campaign-shots-'));
const backend = await backendOn(dataDir, () => new Date());
const [template] = await backend.call('campaigns:templates', {});
await backend.call('campaigns:create', { templateId: template.id, name: 'Kesäjuhlat', kind: 'event', keyDate: '2027-06-13', goal: 'Kylän kesäjuhlat puistossa' });
await backend.call('campaigns:create', { templateId: template.id, name: 'Kattoremontti', kind: 'fundraiser', keyDate: '2027-09-30', goal: '', targetAmount: 5000, raisedAmount: 1250 });
await backend.repo.close();

const bridge = await startBridgeProcess(dataDir);
const browser = await launchChromium();
try {
  const { page } = await openInLanguage(browser, bridge.url, language, { width: 1280, height: 1000 });
  await page.getByRole('navigation').locator('button').nth(0).waitFor();
  await page.locator('nav button', { hasText: /Kampanjat|Campaigns|Kampanjer/ }).click();
  const fundraiser = page.getByRole('region', { name: /Kattoremontti/ });
  await fundraiser.waitFor();
  await fundraiser.getByRole('button', { name: /Nimeä|Rename|Byt namn/ }).click();
  await fundraiser.scrollIntoViewIfNeeded();
  const file = path.join(outDir, `campaigns-${language}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
} finally {
  await browser.close();
  await bridge.stop();
}
