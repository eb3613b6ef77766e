import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backendOn } from '../support/backend';
import { axeViolations, openApp } from '../support/browser';
import { browserSession, mainOnDisk } from '../support/e2e-session';
import { actAs } from '../support/identity';
import { tempDir } from '../support/temp-dir';
import { isoWeekOf, plusDays, todayIn } from '../../shared/calendar/calendar-dates';

const session = browserSession();
const root = path.resolve(import.meta.dirname, '../..');

/** A Finnish association with one channel that has a goal and a cadence; the bridge runs on the real clock, so the months are last year's. */
async function seedFinnish(dir: string) {
  const backend = await backendOn(dir, () => new Date(), 'fi-FI');
  await backend.call('association:update', { name: 'Mäntylän kyläyhdistys ry' });
  await actAs(backend.call, 'Juha Korhonen');
  return backend.call('channels:create', { kind: 'facebook-page', name: 'Facebook-sivu', url: '', goal: 'Näkyvyys kylän ulkopuolelle', responsibleVolunteerId: null, postsPerWeek: 2 });
}

describe('results per channel and month', () => {
  it('enter three months of results and see the chart, a wrong number refused with a message', async () => {
    const dir = tempDir();
    const facebook = await seedFinnish(dir);
    const year = new Date().getFullYear() - 1;
    const bridge = await session.bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url, { width: 1280, height: 900 }, 'fi-FI');
    await page.getByRole('navigation').getByRole('button', { name: 'Tulokset' }).click();
    await page.getByRole('heading', { name: 'Tulokset', level: 1 }).waitFor();

    const enter = async (month: string, values: Record<string, string>) => {
      await page.getByLabel('Kuukausi', { exact: true }).fill(`${year}-${month}`);
      for (const [label, value] of Object.entries(values)) await page.getByLabel(label, { exact: true }).fill(value);
      await page.getByRole('button', { name: 'Tallenna kuukausi' }).click();
    };
    await enter('08', { 'Seuraajat tai jäsenet': '-5' });
    await page.getByText('Ei voi olla negatiivinen.').waitFor();
    expect((await mainOnDisk(dir)).channelResults).toEqual({});

    await enter('08', { 'Seuraajat tai jäsenet': '412', 'Uudet seuraajat': '9', Julkaisut: '7', 'Myönteiset kommentit': '34', 'Kielteiset kommentit': '2' });
    await page.getByRole('status').getByText(`Facebook-sivu: Elokuu ${year} tallennettu.`).waitFor();
    await enter('09', { 'Seuraajat tai jäsenet': '421', 'Uudet seuraajat': '11', Julkaisut: '8' });
    await enter('10', { 'Seuraajat tai jäsenet': '436', 'Uudet seuraajat': '17', Julkaisut: '9', 'Vastatut viestit': '8' });
    await expect.poll(async () => Object.keys(((await mainOnDisk(dir)).channelResults as Record<string, object>)[facebook.id] ?? {})).toEqual([`${year}-08`, `${year}-09`, `${year}-10`]);

    await page.getByLabel('Vuosi', { exact: true }).selectOption(String(year));
    const chart = page.getByRole('img', { name: `Seuraajat tai jäsenet kuukausittain, Facebook-sivu ${year}` });
    await chart.waitFor();
    expect(await chart.getAttribute('aria-labelledby')).toBeTruthy();
    expect(await chart.locator('desc').textContent()).toBe(`Kuukaudet, joilla on luku: Elokuu ${year} 412, Syyskuu ${year} 421, Lokakuu ${year} 436.`);
    expect(await chart.locator('text').allTextContents()).toEqual(expect.arrayContaining(['412', '421', '436']));
    const table = page.getByRole('table', { name: `Facebook-sivu vuonna ${year} kuukausittain` });
    expect(await table.getByRole('row').count()).toBe(4);
    const summary = page.getByRole('region', { name: `Vuosi ${year} tavoitteeseen nähden` });
    await summary.getByText('412 → 436').waitFor();
    // 92 days of August to October at two posts a week.
    await summary.getByText('24 / 26, jota julkaisutahti edellyttää').waitFor();
    await summary.getByText('Näkyvyys kylän ulkopuolelle').waitFor();

    await page.getByLabel('Kaaviossa').selectOption({ label: 'Julkaisut' });
    await page.getByRole('img', { name: `Julkaisut kuukausittain, Facebook-sivu ${year}` }).waitFor();
    await page.getByLabel('Kaaviossa').selectOption({ label: 'Seuraajat tai jäsenet' });
    if (process.env.SHOTS) await page.screenshot({ path: path.join(root, 'screenshots', 'results-chart-fi.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a declined duty is marked in the roster grid, in words and struck through', async () => {
    const dir = tempDir();
    const backend = await backendOn(dir, () => new Date(), 'en-GB');
    const aino = await backend.call('volunteers:create', { name: 'Aino', email: '', phone: '', roles: ['responder'], channelIds: [], away: [], maxDutiesPerMonth: null, active: true });
    const monday = isoWeekOf(todayIn('Europe/Helsinki', new Date())).start;
    const duty = await backend.call('duties:create', { type: 'response', volunteerId: aino.id, from: monday, to: plusDays(monday, 6), channelIds: [], note: '' });
    await backend.call('duties:update', { id: duty.id, changes: { answer: 'declined' } });
    const bridge = await session.bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url);
    await page.getByRole('navigation').getByRole('button', { name: 'Roster' }).click();
    const chip = page.getByRole('table').getByRole('button', { name: /^Response duty .*: Aino/ });
    await chip.getByText('Declined: a gap in coverage').waitFor();
    // The name is still there (who declined), struck through.
    expect(await chip.getByText('Aino', { exact: true }).evaluate((element) => getComputedStyle(element).textDecorationLine)).toBe('line-through');
    expect(errors).toEqual([]);
  });
});
