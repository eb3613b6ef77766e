import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/api/dispatch';
import type { Handlers } from '../../electron/api/dispatch';
import { StorageError } from '../../electron/storage/storage-error';
import { chipTitles, openApp } from '../support/browser';
import { backendOn } from '../support/backend';
import { seedSpring } from '../support/calendar-seed';
import { browserSession, postOnDisk } from '../support/e2e-session';
import { snapshotFolder, tempDir } from '../support/temp-dir';

/*
 * 29.3.2026 in Helsinki has no 03:00–03:59: the clocks go from 03:00 to 04:00. The
 * editor says so next to the time before anything is saved, naming the nearest time,
 * and a move of a 03:30 post onto that Sunday is refused the same way. A save main refuses
 * for its plan folder (storage) is told in Finnish too, naming the folder.
 */

const session = browserSession();

async function openSpring(language: 'fi' | 'en') {
  const dir = tempDir();
  await seedSpring(dir);
  const backend = await backendOn(dir, () => new Date('2026-03-20T10:00:00Z'), 'en-GB');
  await backend.call('posts:create', { title: 'Yölento', date: '2026-03-28', time: '03:30' });
  // The UI language is this laptop's preference (the plan's settings.language names exports and templates).
  await backend.call('preferences:update', { language });
  const bridge = await session.bridgeOn(dir);
  const { page, errors } = await openApp(session.browser(), bridge.url, { width: 1280, height: 800 }, language === 'fi' ? 'fi-FI' : 'en-GB');
  return { dir, page, errors };
}

describe('a time that does not exist', () => {
  it('is refused in the editor with the nearest time named next to the time field, and nothing is saved', async () => {
    const { dir, page, errors } = await openSpring('fi');
    await page.getByRole('heading', { name: /maaliskuu 2026/i, level: 2 }).waitFor();
    const before = snapshotFolder(dir);
    const creates: string[] = [];
    page.on('request', (request) => {
      if (decodeURIComponent(request.url()).includes('/api/posts:create')) creates.push(request.url());
    });

    await page.getByRole('button', { name: 'Uusi julkaisu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Uusi julkaisu' });
    await dialog.getByLabel('Otsikko').fill('Kevätyön lintubongaus');
    await dialog.getByLabel('Päivämäärä').fill('29.3.2026');
    await dialog.getByLabel('Kellonaika').fill('3.30');
    await dialog.getByRole('button', { name: 'Tallenna' }).click();

    const message = 'Kello 03.30 ei ole olemassa 29.3.2026 (kesäaikaan siirrytään); lähin mahdollinen aika on 04.00.';
    const time = dialog.getByLabel('Kellonaika');
    await expect.poll(() => time.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await time.getAttribute('aria-describedby'))?.split(' ') ?? [];
    const descriptions = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(descriptions).toContain(message);
    expect(await dialog.getByText(message).isVisible()).toBe(true);
    if (process.env.SHOTS_DIR) await page.screenshot({ path: path.join(process.env.SHOTS_DIR, 'editor-time-gap-fi.png') });
    // Said by the editor itself, before anything was sent to the services.
    expect(creates).toEqual([]);
    expect(snapshotFolder(dir)).toEqual(before);

    await time.fill('4.00');
    // Main refuses the save as its dispatch answers a plan folder it may not write in: the user reads why in Finnish, not the system's English.
    const folder = path.join(dir, 'plan');
    const refusal = await createDispatch({ 'posts:create': () => Promise.reject(new StorageError(`Could not save the plan in ${folder}: EACCES: permission denied`, 'v.storageNoPermission', { folder })) } as unknown as Handlers)('posts:create', { title: 'x' });
    await page.route(/\/api\/posts%3Acreate$/, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(refusal) }));
    await dialog.getByRole('button', { name: 'Tallenna' }).click();
    await dialog.getByText(`Suunnitelmaa ei voitu tallentaa: tällä tietokoneella ei ole oikeutta kirjoittaa kansioon ${folder}. Mitään ei muutettu.`).waitFor();
    if (process.env.SHOTS_DIR) await page.screenshot({ path: path.join(process.env.SHOTS_DIR, 'editor-storage-refusal-fi.png') });
    expect(await dialog.getByText('EACCES').count()).toBe(0);
    await page.unroute(/\/api\/posts%3Acreate$/);
    await dialog.getByRole('button', { name: 'Tallenna' }).click();
    await expect.poll(() => postOnDisk(dir, 'Kevätyön lintubongaus')).toMatchObject({ date: '2026-03-29', time: '04:00' });
    expect(errors).toEqual([]);
  });

  it('refuses a move of a 03:30 post onto that Sunday, saying why in the user’s language, and the post stays', async () => {
    const { dir, page, errors } = await openSpring('fi');
    await page.getByRole('heading', { name: /maaliskuu 2026/i, level: 2 }).waitFor();
    const chip = page.getByRole('button', { name: /^0?3[.:]30 Yölento/ });
    await chip.focus();
    await page.keyboard.press('Space');
    // The keyboard sensor listens for arrows only once the pick-up is under way (an arrow sent earlier is lost, as it was once in CI).
    await page.getByText('Nostettiin ”Yölento”.').waitFor({ state: 'attached' });
    await page.keyboard.press('ArrowRight');
    await page.getByText(/^Kohdalla: .*29/).waitFor({ state: 'attached' });
    await page.keyboard.press('Space');

    await page.getByRole('status').getByText('Kello 03.30 ei ole olemassa 29.3.2026 (kesäaikaan siirrytään); lähin mahdollinen aika on 04.00.', { exact: true }).waitFor();
    expect(await postOnDisk(dir, 'Yölento')).toMatchObject({ date: '2026-03-28', time: '03:30' });
    await expect.poll(() => chipTitles(page.locator('[aria-busy] table td[data-date="2026-03-28"]'))).toContain('Yölento');
    expect(errors).toEqual([]);
  });
});
