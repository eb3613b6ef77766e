import path from 'node:path';
import { openScreenshotSession } from '../support/screenshot-session';

/*
 * `npx tsx test/tools/series-screenshot.ts` (after `npx electron-vite build`): the sample
 * association's month in Finnish with the weekly series' occurrences, one occurrence open
 * in the editor, and a new post's editor with the Repeat section open (weekly on Thursday,
 * ten times), and the "only this / this and following / all" question on saving one
 * post of the series, into screenshots/series/.
 */

const session = await openScreenshotSession(path.resolve('screenshots/series'));
try {
  const page = await session.open('fi', { width: 1366, height: 900 });
  const chips = page.locator('table button[data-post-id*="_"]');
  await chips.first().waitFor();
  console.log(`occurrence chips in the month: ${await chips.count()}`);
  await session.shoot(page, 'month-fi');
  await chips.first().click();
  await page.getByRole('dialog').waitFor();
  await session.shoot(page, 'occurrence-editor-fi');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });

  await page.getByRole('button', { name: 'Uusi julkaisu' }).first().click();
  const editor = page.getByRole('dialog');
  await editor.getByLabel('Otsikko').fill('Torstain tapahtumavinkki');
  await editor.getByLabel('Päivämäärä').fill('3.12.2026');
  await editor.getByLabel('Kellonaika').fill('18.00');
  await editor.getByLabel('Toistuu').selectOption('week');
  await editor.getByLabel('Päättyy').selectOption('after');
  await editor.getByText('Joka torstai klo 18.00, 10 kertaa').scrollIntoViewIfNeeded();
  await session.shoot(page, 'series-editor-fi');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Hylkää muutokset' }).click();
  await editor.waitFor({ state: 'detached' });

  // Saving one post of the series asks how far the change reaches.
  await chips.nth(1).click();
  await editor.getByLabel('Otsikko').fill('Viikkokuulumiset: vieraana kirjasto');
  await editor.getByRole('button', { name: 'Tallenna' }).click();
  await page.getByRole('button', { name: 'Vain tämä julkaisu' }).waitFor();
  await session.shoot(page, 'scope-dialog-fi');
} finally {
  await session.close();
}
