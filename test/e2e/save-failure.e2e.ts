import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { StorageKey } from '@automerge/automerge-repo';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openBackend } from '../../electron/api/handlers';
import { startWebBridge } from '../../electron/bridge/web-bridge';
import { AutomergeRepository } from '../../electron/storage/plan/automerge-repository';
import { ChunkFiles } from '../../electron/storage/plan/chunk-files';
import { todayIn } from '../../shared/calendar/calendar-dates';
import { newPost } from '../../shared/domain/post';
import { launchChromium, openApp } from '../support/browser';
import { seedAssociation } from '../support/seed';
import { tempDir } from '../support/temp-dir';

/*
 * A save nobody waits for fails (this laptop merges another laptop's post while its disk refuses
 * writes): no request is refused for it, so main pushes plan:saveFailed and the page shows it in the
 * user's language: what failed where and what to do, then that nothing saved is lost (its own words, not
 * a refusal's "nothing was changed"). The bridge runs in this process, so that its storage adapter can fail (as root
 * here, chmod does not). With SHOTS_DIR set, the screen is saved there.
 */

let browser: Browser | undefined;
afterAll(async () => {
  await browser?.close();
  vi.restoreAllMocks();
});

const words = {
  fi: {
    title: 'Somevuoro ei voinut kirjoittaa suunnitelman kansioon',
    told: (folder: string) => [
      `Somevuoro ei voinut tallentaa suunnitelman viimeisimpiä muutoksia kansioon ${folder}: tällä tietokoneella ei ole oikeutta kirjoittaa sinne. Salli kirjoittaminen kansioon ja jatka sitten.`,
      'Aiemmin tallentamasi on tallessa, ja muiden koneiden muutokset säilyvät niiden omissa tiedostoissa. Ennen kuin tämä on korjattu, tekemääsi muutosta ei voi tallentaa: saat siitä viestin, ja muutos perutaan.',
    ],
    dismiss: 'Sulje',
  },
  en: {
    title: 'Somevuoro could not write to the plan folder',
    told: (folder: string) => [
      `Somevuoro could not save the latest changes to the plan in ${folder}: this computer has no permission to write there. Allow writing in the folder, then carry on.`,
      'What you saved before is safe, and changes from other laptops stay in their own files. Until this is fixed, a change you make cannot be saved: you will be told, and it is undone.',
    ],
    dismiss: 'Dismiss',
  },
};

describe('a failed background save', () => {
  it.each(['fi', 'en'] as const)("is told (%s) with what failed in which folder, what to do and what it means, beside the other laptop's post it was saving", async (language) => {
    const dir = tempDir();
    await seedAssociation(dir, 'fi-FI');
    const backend = await openBackend({ dataDir: dir, clock: () => new Date(), locale: 'fi-FI', log: () => {} });
    await backend.dispatch('preferences:update', { language });
    const bridge = await startWebBridge({ dispatch: backend.dispatch, onEvent: backend.onEvent, rendererDir: path.resolve('out/renderer'), media: (name, bytes) => backend.media.mediaFile(name, bytes) });
    try {
      browser ??= await launchChromium();
      const { page, errors } = await openApp(browser, bridge.url, { width: 1280, height: 800 }, language === 'fi' ? 'fi-FI' : 'en-GB');
      await page.getByRole('button', { name: /Joulumyyjäisten/ }).first().waitFor();
      const other = await AutomergeRepository.open({ dir: fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-other-')), planDir: backend.repo.planDir, now: () => new Date(), locale: 'fi-FI' });
      await other.insertPost(newPost({ title: 'Toisen koneen julkaisu', date: todayIn('Europe/Helsinki', new Date()) }, 'p-other', new Date().toISOString()));
      await other.close();
      vi.spyOn(ChunkFiles.prototype, 'save').mockImplementation(function (this: ChunkFiles, key: StorageKey) {
        return Promise.reject(Object.assign(new Error(`EACCES: permission denied, open '${this.pathOf(key)}'`), { code: 'EACCES', syscall: 'open' }));
      });
      await (backend.repo as unknown as AutomergeRepository).takeOutsideChanges();
      const banner = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: words[language].title }) });
      await banner.waitFor();
      expect(await banner.locator('p').allTextContents()).toEqual(words[language].told(backend.repo.planDir));
      await page.getByRole('button', { name: /Toisen koneen julkaisu/ }).waitFor();
      if (process.env.SHOTS_DIR) await page.screenshot({ path: path.join(process.env.SHOTS_DIR, `save-failure-${language}.png`) });
      await banner.getByRole('button', { name: words[language].dismiss }).click();
      await banner.waitFor({ state: 'detached' });
      expect(errors).toEqual([]);
    } finally {
      vi.restoreAllMocks();
      await bridge.close();
      await backend.close();
    }
  });
});
