import path from 'node:path';
import type { Language } from '../../shared/domain/settings';
import { chipTitlesSeen } from '../support/layout';
import { openScreenshotSession, windowSizes } from '../support/screenshot-session';

/*
 * `npx tsx test/tools/first-week-screenshots.ts [fi,en] [1366x768,1024x700,800x600] [dir]` (after
 * `npx electron-vite build`): what a new volunteer sees in the first week (month, agenda,
 * editor, roster, checklist, first run) at the three window sizes, into
 * screenshots/first-week/ (or dir), and how many characters of each month chip's title show.
 */

const languages = (process.argv[2] ?? 'fi,en').split(',') as Language[];
const sizes = windowSizes(process.argv[3] ?? '1366x768,1024x700,800x600');
const session = await openScreenshotSession(path.resolve(process.argv[4] ?? 'screenshots/first-week'));
const { shoot } = session;

try {
  for (const language of languages) {
    for (const size of sizes) {
      const suffix = `${language}-${size.width}x${size.height}`;
      const page = await session.open(language, size);
      await page.locator('table button[data-post-id]').first().waitFor();
      const seen = await chipTitlesSeen(page);
      const fewest = Math.min(...seen.map((chip) => (chip.visible >= chip.title.length ? Infinity : chip.visible)));
      console.log(`${suffix}: ${seen.length} chips, ${seen.filter((chip) => chip.visible >= chip.title.length).length} whole, fewest characters of a cut title ${fewest}`);
      for (const chip of seen) console.log(`  ${chip.visible}/${chip.title.length} ${chip.title}`);
      await shoot(page, `month-${suffix}`);
      const views = page.getByRole('main').getByRole('group').first().getByRole('button');
      await views.nth(2).click();
      await page.locator('[aria-busy="false"]').waitFor();
      await shoot(page, `agenda-${suffix}`);
      await views.nth(0).click();
      await page.locator('table button[data-post-id]').first().click();
      await page.getByRole('dialog').waitFor();
      await shoot(page, `editor-${suffix}`);
      await page.keyboard.press('Escape');
      await page.getByRole('navigation').getByRole('button').nth(1).click();
      await page.waitForTimeout(400);
      await shoot(page, `checklist-${suffix}`);
      await page.getByRole('navigation').getByRole('button').nth(2).click();
      await page.getByRole('table').first().waitFor();
      await shoot(page, `roster-${suffix}`);
      await page.getByRole('navigation').getByRole('button').last().click();
      await page.waitForTimeout(400);
      await shoot(page, `settings-${suffix}`);
      await page.context().close();
      await session.shootFirstRun(language, size, suffix);
    }
  }
} finally {
  await session.close();
}
