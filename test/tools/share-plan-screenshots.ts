import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBridgeProcess } from '../support/bridge-process';
import { launchChromium, openApp } from '../support/browser';
import { seedAssociation } from '../support/seed';

/*
 * `npx tsx test/tools/share-plan-screenshots.ts` (after `npm run build`): Settings › Share this
 * plan in Finnish, the share dialog with the sync services' advice, its refusal of a folder that
 * is not empty, and after the move the panel offering to remove the old copy, into
 * screenshots/share-plan/ (issue 13 item 1). The move itself runs through the browser bridge's
 * plan switch.
 */

const outDir = path.resolve('screenshots', 'share-plan');
fs.mkdirSync(outDir, { recursive: true });
const temp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `somevuoro-share-shots-${name}-`));
const dataDir = temp('data');
await seedAssociation(dataDir, 'fi-FI');
const cloud = temp('cloud');
const shared = path.join(cloud, 'Nextcloud', 'Yhdistys', 'Somevuoro');
fs.mkdirSync(shared, { recursive: true });
fs.writeFileSync(path.join(cloud, 'Nextcloud', 'Yhdistys', 'kokouspöytäkirja.odt'), 'x');

const bridge = await startBridgeProcess(dataDir);
const browser = await launchChromium();
const shot = (name: string) => path.join(outDir, `${name}-fi.png`);
try {
  const { page, errors } = await openApp(browser, bridge.url, { width: 1280, height: 800 }, 'fi-FI');
  await page.getByRole('navigation').getByRole('button', { name: 'Asetukset' }).click();
  const panel = page.getByRole('region', { name: 'Jaa suunnitelma koneiden kesken' });
  await panel.waitFor();
  await panel.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: shot('settings-panel') });
  await panel.getByRole('button', { name: 'Jaa tämä suunnitelma…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Jaa tämä suunnitelma' });
  await dialog.getByLabel('Kansio').fill(path.join(cloud, 'Nextcloud', 'Yhdistys'));
  await page.screenshot({ path: shot('dialog') });
  await dialog.getByRole('button', { name: 'Siirrä suunnitelma tänne' }).click();
  await dialog.getByRole('alert').waitFor();
  await page.screenshot({ path: shot('dialog-refused') });
  await dialog.getByLabel('Kansio').fill(shared);
  await dialog.getByRole('button', { name: 'Siirrä suunnitelma tänne' }).click();
  // The page reloads on the plan in the shared folder; Settings then offers to remove the old copy.
  await page.getByRole('navigation').getByRole('button', { name: 'Asetukset' }).click();
  await page.getByRole('button', { name: 'Poista vanha kopio' }).waitFor();
  const moved = page.getByRole('region', { name: 'Jaa suunnitelma koneiden kesken' });
  await moved.scrollIntoViewIfNeeded();
  await moved.screenshot({ path: shot('after-move') });
  console.log(outDir, fs.readdirSync(shared), errors);
} finally {
  await browser.close();
  await bridge.stop();
}
