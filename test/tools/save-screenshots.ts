import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBridgeProcess } from '../support/bridge-process';
import { launchChromium, openInLanguage } from '../support/browser';
import { backendOn } from '../support/backend';

/*
 * `npx tsx test/tools/save-screenshots.ts [outDir]` (after `npm run build`): a save as a user sees it,
 * on the sample association: the calendar with the edit while main has not answered yet (the request
 * held), and the editor opened again on the user's text after main refused the edit, in en and fi.
 */

const outDir = path.resolve(process.argv[2] ?? 'screenshots/save');
fs.mkdirSync(outDir, { recursive: true });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-save-shots-'));
await (await backendOn(dataDir, () => new Date())).call('setup:loadSample', {});
const browser = await launchChromium();
const bridge = await startBridgeProcess(dataDir);
const refusal = { ok: false, error: { code: 'storage', message: 'The plan folder could not be written.', issues: [] } };

try {
  for (const language of ['en', 'fi'] as const) {
    const { page } = await openInLanguage(browser, bridge.url, language, { width: 1280, height: 800 });
    const chip = page.locator('[aria-busy] table button[data-post-id]').first();
    await chip.click();
    const dialog = page.getByRole('dialog');
    const title = dialog.getByRole('textbox').first();
    await title.fill(`${await title.inputValue()} (${language === 'en' ? 'edited' : 'muokattu'})`);
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/api\/posts%3Aupdate$/, async (route) => {
      await released;
      await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(refusal) });
    });
    await dialog.getByRole('button', { name: language === 'en' ? 'Save' : 'Tallenna', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(outDir, `held-${language}.png`) });
    release();
    await page.getByRole('dialog').getByRole('alert').first().waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(outDir, `refused-${language}.png`) });
    await page.context().close();
  }
  console.log(outDir);
} finally {
  await browser.close();
  await bridge.stop();
}
