import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesOf, foreignDocument, garbageBytes, planWithDamagedMain } from '../support/damaged-plan';
import { browserSession } from '../support/e2e-session';

/*
 * A plan folder whose main document is damaged (a foreign Automerge document in its place, or
 * garbage bytes) opens on a screen in the user's language: what is wrong, the folder, what to do.
 * Nothing in the folder is written: its files are byte-identical afterwards.
 */

const session = browserSession();
const words = {
  fi: { title: 'Tätä suunnitelmaa ei voi avata', message: (folder: string) => `Kansion ${folder} suunnitelmaa ei voitu lukea: se on vioittunut tai ei ole Somevuoron suunnitelma.` },
  en: { title: 'This plan cannot be opened', message: (folder: string) => `The plan in ${folder} could not be read: it is damaged or not a Somevuoro plan.` },
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
      if (process.env.SHOTS_DIR) await page.screenshot({ path: path.join(process.env.SHOTS_DIR, `damaged-plan-${language}-${damage.name}.png`), fullPage: true });
      expect(errors).toEqual([]);
      await context.close();
    }
    await session.stop(bridge);
    expect(filesOf(planDir)).toEqual(before);
  });
});
