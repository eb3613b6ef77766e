import path from 'node:path';
import { openScreenshotSession } from '../support/screenshot-session';

/*
 * `npx tsx test/tools/series-screenshot.ts` (after `npx electron-vite build`): the sample
 * association's month in Finnish with the weekly series' occurrences, and one occurrence
 * open in the editor, into screenshots/series/.
 */

const session = await openScreenshotSession(path.resolve('screenshots/series'));
try {
  const page = await session.open('fi', { width: 1366, height: 768 });
  const chips = page.locator('table button[data-post-id*="_"]');
  await chips.first().waitFor();
  console.log(`occurrence chips in the month: ${await chips.count()}`);
  await session.shoot(page, 'month-fi');
  await chips.first().click();
  await page.getByRole('dialog').waitFor();
  await session.shoot(page, 'occurrence-editor-fi');
} finally {
  await session.close();
}
