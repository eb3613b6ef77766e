import path from 'node:path';
import { openScreenshotSession } from '../support/screenshot-session';

/*
 * `npx tsx test/tools/ideas-screenshots.ts` (after `npm run build`): the sample association's
 * idea backlog and campaigns in Finnish (issue 16 items 2–3), into screenshots/ideas/.
 */

const session = await openScreenshotSession(path.resolve('screenshots/ideas'));
try {
  const page = await session.open('fi', { width: 1280, height: 900 });
  await page.getByRole('navigation').getByRole('button', { name: 'Ideat' }).click();
  await page.getByRole('heading', { name: 'Koulun puolesta -keräys' }).waitFor();
  await page.screenshot({ path: path.resolve('screenshots/ideas/ideas-fi.png'), fullPage: true });
  console.log('screenshots/ideas/ideas-fi.png');
  await page.getByRole('navigation').getByRole('button', { name: 'Kampanjat' }).click();
  await page.getByRole('heading', { name: /Koulun puolesta/ }).waitFor();
  await page.screenshot({ path: path.resolve('screenshots/ideas/campaigns-fi.png'), fullPage: true });
  console.log('screenshots/ideas/campaigns-fi.png');
  await page.getByRole('button', { name: 'Muokkaa pohjaa' }).first().click();
  await page.getByRole('dialog').waitFor();
  await session.shoot(page, 'campaign-template-fi');
} finally {
  await session.close();
}
