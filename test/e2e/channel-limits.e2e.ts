import { describe, expect, it } from 'vitest';
import { backendOn } from '../support/backend';
import { openApp } from '../support/browser';
import { browserSession } from '../support/e2e-session';
import { tempDir } from '../support/temp-dir';

const session = browserSession();

describe('per-channel limits in the post editor', () => {
  it('counts the text as X and Bluesky do, says once to screen readers when it goes over, and warns of a long title', async () => {
    const dir = tempDir();
    const backend = await backendOn(dir, () => new Date(), 'en-GB');
    await backend.call('channels:create', { kind: 'x', name: 'X', url: '', goal: '', responsibleVolunteerId: null });
    await backend.call('channels:create', { kind: 'bluesky', name: 'Bluesky', url: '', goal: '', responsibleVolunteerId: null });
    const bridge = await session.bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url);
    await page.getByRole('button', { name: 'New post' }).click();
    const editor = page.getByRole('dialog', { name: 'New post' });
    await editor.getByLabel('Title').fill('Kylätalon joulumyyjäiset ja glögitarjoilu lauantaina koulun salissa');
    await editor.getByText('Long title: the month view shows about its first 40 characters.').waitFor();
    await editor.getByRole('checkbox', { name: /^X/ }).check();
    await editor.getByRole('checkbox', { name: /^Bluesky/ }).check();
    const link = 'https://www.mantylankyla.fi/tapahtumat/joulumyyjaiset-2026-ilmoittautuminen';
    const text = editor.getByLabel('Text', { exact: true });
    await text.fill(`${'a'.repeat(260)} ${link}`);
    const counters = editor.getByRole('list', { name: 'Length on each channel' });
    // 260 + space + a link that X counts as 23; Bluesky counts the link as written.
    expect(await counters.getByRole('listitem').allTextContents()).toEqual(['X: 284 / 280, 4 too many', `Bluesky: ${261 + link.length} / 300, ${261 + link.length - 300} too many`]);
    const announced = editor.locator('[aria-live="polite"]').filter({ hasText: 'too many' });
    expect(await announced.textContent()).toBe(`X: 284 / 280, 4 too many. Bluesky: ${261 + link.length} / 300, ${261 + link.length - 300} too many`);
    // More typing past the limit changes the counters, not what was said.
    await text.press('End');
    await text.pressSequentially('bb');
    // The two letters lengthen the link: Bluesky counts them, X still counts the link as 23.
    await counters.getByText(`Bluesky: ${263 + link.length} / 300, ${263 + link.length - 300} too many`).waitFor();
    await counters.getByText('X: 284 / 280, 4 too many').waitFor();
    expect(await announced.textContent()).toBe(`X: 284 / 280, 4 too many. Bluesky: ${261 + link.length} / 300, ${261 + link.length - 300} too many`);
    expect(errors).toEqual([]);
  });
});
