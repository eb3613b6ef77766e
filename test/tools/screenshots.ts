import path from 'node:path';
import type { Language } from '../../shared/domain/settings';
import { openScreenshotSession, windowSizes } from '../support/screenshot-session';

/*
 * `npm run screenshots`: the sample association's calendar (month, week, agenda,
 * review), the editor, the first run and settings, in every language at two window
 * sizes, saved to screenshots/ for people to look at (not compared by any test).
 * SHOTS_LANGUAGES=fi,en and SHOTS_SIZES=1280x800 narrow it down.
 */

const sizes = windowSizes(process.env.SHOTS_SIZES ?? '1280x800,1024x700');
const languages = (process.env.SHOTS_LANGUAGES ?? 'fi,en,sv').split(',') as Language[];
const views = ['month', 'week', 'agenda', 'review'] as const;

const session = await openScreenshotSession(path.resolve('screenshots'));
const { shoot } = session;
try {
  for (const language of languages) {
    for (const size of sizes) {
      const suffix = `${language}-${size.width}x${size.height}`;
      const page = await session.open(language, size);
      for (const [index, view] of views.entries()) {
        await page.getByRole('main').getByRole('group').first().getByRole('button').nth(index).click();
        await page.locator('[aria-busy]').waitFor();
        await shoot(page, `${view}-${suffix}`);
      }
      await page.getByRole('main').getByRole('group').first().getByRole('button').first().click();
      if (size.width === 1280) {
        await page.locator('button[data-post-id]').first().click();
        await page.getByRole('dialog').waitFor();
        await shoot(page, `editor-${suffix}`);
        await page.getByRole('dialog').getByRole('region').last().scrollIntoViewIfNeeded();
        await shoot(page, `editor-review-${suffix}`);
        await page.keyboard.press('Escape');
        await page.getByRole('navigation').getByRole('button').last().click();
        await shoot(page, `settings-${suffix}`);
      }
      // Export (the nav's fourth item), at both sizes.
      await page.getByRole('navigation').getByRole('button').nth(3).click();
      await page.locator('#export-what-title').waitFor();
      await shoot(page, `export-${suffix}`);
      await page.context().close();
      await session.shootFirstRun(language, size, suffix);
    }
  }
} finally {
  await session.close();
}
