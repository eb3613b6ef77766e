import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { todayIn } from '../../shared/calendar/calendar-dates';
import { safetyCopyLabel } from '../../shared/backup/safety-copies';
import { filesOf, foreignDocument, garbageBytes, planWithDamagedMain } from '../support/damaged-plan';
import { browserSession } from '../support/e2e-session';

/*
 * A plan folder whose main document is damaged (a foreign Automerge document in its place, or
 * garbage bytes) opens on a screen in the user's language: what is wrong, the folder, what to do.
 * Nothing in the folder is written: its files are byte-identical afterwards. A safety copy restored
 * from that screen becomes the plan, whose posts the calendar then shows; the damaged folder is kept.
 */

const session = browserSession();
const words = {
  fi: { title: 'Tätä suunnitelmaa ei voi avata', noBackups: 'Tällä tietokoneella ei ole varmuuskopioita palautettavaksi.', message: (folder: string) => `Kansion ${folder} suunnitelmaa ei voitu lukea: se on vioittunut tai ei ole Somevuoron suunnitelma.` },
  en: { title: 'This plan cannot be opened', noBackups: 'This computer has no safety copies to restore.', message: (folder: string) => `The plan in ${folder} could not be read: it is damaged or not a Somevuoro plan.` },
};

describe('a damaged plan', () => {
  it.each([
    ['a foreign Automerge document', foreignDocument],
    ['garbage bytes', garbageBytes],
  ])('with %s as its main document opens on a screen that says so in Finnish and English, and its files are left as they were', async (_, damage) => {
    const { dir, planDir } = await planWithDamagedMain(damage);
    const before = filesOf(planDir);
    const bridge = await session.bridgeOn(dir);
    for (const [locale, language] of [['fi-FI', 'fi'], ['en-GB', 'en']] as const) {
      const context = await session.browser().newContext({ locale, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(bridge.url);
      const screen = page.getByRole('main', { name: words[language].title });
      await screen.waitFor();
      expect(await screen.getByRole('alert').textContent()).toBe(words[language].message(planDir));
      expect(await screen.locator('code').textContent()).toBe(planDir);
      // What to do: the safety copies of this computer, named where they are.
      expect(await screen.getByRole('listitem').allTextContents()).toContainEqual(expect.stringContaining(path.join(dir, 'backups')));
      // A plan made today has no copy yet (the day's first is taken before its first change): nothing to restore, said so.
      await screen.getByText(words[language].noBackups).waitFor();
      if (process.env.SHOTS_DIR) await page.screenshot({ path: path.join(process.env.SHOTS_DIR, `damaged-plan-${language}-${damage.name}.png`), fullPage: true });
      expect(errors).toEqual([]);
      await context.close();
    }
    await session.stop(bridge);
    expect(filesOf(planDir)).toEqual(before);
  });
});

const restoring = {
  fi: { restore: 'Palauta kopio ajalta', confirm: 'Palauta kopio', restored: 'Kopio palautettiin: suunnitelmassa on sen 2 julkaisua.', open: 'Avaa palautettu suunnitelma' },
  en: { restore: 'Restore the copy of', confirm: 'Restore the copy', restored: 'The copy was restored: the plan holds its 2 posts.', open: 'Open the restored plan' },
};

describe('restoring a safety copy from the damaged-plan screen', () => {
  it.each(['fi', 'en'] as const)('(%s) opens the plan made of the copy, its posts in the calendar, and keeps the damaged folder beside it', async (language) => {
    const today = todayIn('Europe/Helsinki', new Date());
    const { dir, planDir } = await planWithDamagedMain(foreignDocument, undefined, async (backend) => {
      for (const title of ['Kevätmyyjäiset', 'Talkookutsu']) await backend.call('posts:create', { title, date: today });
      await backend.repo.backup(safetyCopyLabel('import', new Date()));
      // After the copy: not in the restored plan.
      await backend.call('posts:create', { title: 'Kopion jälkeen', date: today });
    });
    const damaged = filesOf(planDir);
    const bridge = await session.bridgeOn(dir);
    const context = await session.browser().newContext({ locale: language === 'fi' ? 'fi-FI' : 'en-GB', timezoneId: 'Europe/Helsinki', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(bridge.url);
    const shot = async (name: string) => {
      if (process.env.SHOTS_DIR) await page.screenshot({ path: path.join(process.env.SHOTS_DIR, `damaged-restore-${language}-${name}.png`), fullPage: true });
    };
    const copies = page.getByRole('table');
    await copies.getByRole('row', { name: /Kylä ry/ }).first().waitFor();
    await shot('list');
    // By keyboard: the copy's Restore button, then the dialog's.
    const restore = copies.getByRole('row', { name: /Kylä ry 2/ }).getByRole('button', { name: new RegExp(restoring[language].restore) });
    await restore.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await shot('confirm');
    await dialog.getByRole('button', { name: restoring[language].confirm }).click();
    await page.getByText(restoring[language].restored).waitFor();
    const keptAside = (await page.locator('code').last().textContent()) ?? '';
    expect(path.dirname(keptAside)).toBe(path.dirname(planDir));
    expect(path.basename(keptAside)).toMatch(/^plan\.damaged-/);
    await shot('restored');
    // The other ways out no longer apply once the copy is the plan.
    expect(await page.getByRole('listitem').count()).toBe(0);
    // The damaged folder is kept whole; the plan folder is the copy's.
    expect(filesOf(keptAside)).toEqual(damaged);
    expect(fs.existsSync(path.join(planDir, 'plan.json'))).toBe(true);

    await page.getByRole('button', { name: restoring[language].open }).click();
    for (const title of ['Kevätmyyjäiset', 'Talkookutsu']) await page.getByRole('button', { name: new RegExp(title) }).first().waitFor();
    expect(await page.getByRole('button', { name: /Kopion jälkeen/ }).count()).toBe(0);
    await shot('calendar');
    expect(errors).toEqual([]);
    await context.close();
    await session.stop(bridge);
    expect(filesOf(keptAside)).toEqual(damaged);
  });
});
