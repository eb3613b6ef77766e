import fs from 'node:fs';
import path from 'node:path';
import type { Language } from '../../shared/domain/settings';
import { openScreenshotSession } from '../support/screenshot-session';

/*
 * `npx tsx test/tools/planning-aids-screenshots.ts [outDir]` (after `npm run build`): issue 16's
 * screens of the sample association at 1366×768, in Finnish and English — the idea backlog,
 * a campaign with its progress and amount raised, the results chart, a series post's editor
 * with its Repeat section, and the "only this / this and following / all" question.
 */

const outDir = path.resolve(process.argv[2] ?? 'screenshots/planning-aids');
const words = (language: Language, namespace: string) => JSON.parse(fs.readFileSync(path.resolve(`shared/locales/${language}/${namespace}.json`), 'utf8')) as Record<string, Record<string, string>>;

const session = await openScreenshotSession(outDir);
try {
  for (const language of ['fi', 'en'] as const) {
    const { nav, actions } = words(language, 'common');
    const recurrence = words(language, 'recurrence');
    const page = await session.open(language, { width: 1366, height: 768 });
    const go = (name: string) => page.getByRole('navigation').getByRole('button', { name, exact: true }).click();

    await go(nav.ideas);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await session.shoot(page, `ideas-${language}`);

    await go(nav.campaigns);
    const fundraiser = page.locator('section.panel').filter({ has: page.locator('progress') }).filter({ hasText: '€' }).first();
    await fundraiser.waitFor();
    await fundraiser.scrollIntoViewIfNeeded();
    await session.shoot(page, `campaign-${language}`);

    await go(nav.results);
    await page.getByRole('img').first().waitFor();
    await page.getByRole('img').first().scrollIntoViewIfNeeded();
    await session.shoot(page, `results-${language}`);

    await go(nav.calendar);
    const chips = page.locator('table button[data-post-id*="_"]');
    await chips.nth(1).click();
    const editor = page.getByRole('dialog');
    await editor.getByText(recurrence.repeat as unknown as string, { exact: true }).scrollIntoViewIfNeeded();
    await session.shoot(page, `series-editor-${language}`);
    await editor.getByRole('button', { name: actions.save, exact: true }).click();
    await page.getByRole('button', { name: (recurrence.scope as unknown as Record<string, string>).this }).waitFor();
    await session.shoot(page, `scope-dialog-${language}`);
    await page.close();
  }
} finally {
  await session.close();
}
