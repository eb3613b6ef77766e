import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backendOn } from '../../../../support/backend';
import { tempDir } from '../../../../support/temp-dir';
import { asOlderJsonFolder, planFile } from '../../../../support/plan-on-disk';

const mainOnDisk = (dir: string) => planFile(dir, 'somevuoro.json');
/** Every file of the plan (everything but the device part), as text. */
const planFiles = (dir: string) =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !path.relative(dir, entry.parentPath).startsWith('device'))
    .map((entry) => fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));

describe('preferences in the services', () => {
  it('start with the month view on today', async () => {
    const backend = await backendOn(tempDir());
    // The UI language starts as the plan's (fi-FI system locale).
    expect(await backend.call('preferences:get', {})).toEqual({ calendarView: 'month', calendarDate: null, reviewWeeks: 4, welcomeDismissed: false, language: 'fi' });
  });

  it('keep the UI language per laptop: taken over from the plan once, then each laptop’s own, and never written into the plan', async () => {
    const dir = tempDir();
    const planDir = path.join(dir, 'plan');
    const first = await backendOn(dir);
    await first.call('settings:update', { language: 'sv' });
    await first.repo.close();
    // This laptop's device state as a version before this one left it: no language of its own.
    const devicePath = path.join(dir, 'device', 'device.json');
    const device = JSON.parse(fs.readFileSync(devicePath, 'utf8'));
    fs.writeFileSync(devicePath, JSON.stringify({ ...device, preferences: { ...device.preferences, language: undefined } }));
    const upgraded = await backendOn(dir);
    expect((await upgraded.call('preferences:get', {})).language).toBe('sv');
    await upgraded.call('preferences:update', { language: 'en' });
    await upgraded.repo.close();

    // Another laptop on the same plan folder keeps the plan's language; the first keeps English.
    const other = await backendOn(tempDir(), undefined, 'fi-FI', planDir);
    expect((await other.call('preferences:get', {})).language).toBe('sv');
    expect((await other.call('settings:get', {})).language).toBe('sv');
    await other.repo.close();
    expect((await (await backendOn(dir)).call('preferences:get', {})).language).toBe('en');
  });

  it('survive a restart in the device store, and none of the plan’s files holds them', async () => {
    const dir = tempDir();
    await (await backendOn(dir)).call('preferences:update', { calendarView: 'week', calendarDate: '2026-03-30' });
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'device', 'device.json'), 'utf8')).preferences).toMatchObject({ calendarView: 'week', calendarDate: '2026-03-30' });
    expect(await mainOnDisk(dir)).not.toHaveProperty('preferences');
    expect(planFiles(dir).some((text) => text.includes('2026-03-30'))).toBe(false);
    expect(await (await backendOn(dir)).call('preferences:get', {})).toMatchObject({ calendarView: 'week', calendarDate: '2026-03-30', reviewWeeks: 4 });
  });

  it('are read once from a folder that kept them in its main document, which drops them at its next write', async () => {
    const dir = tempDir();
    (await backendOn(dir));
    fs.rmSync(path.join(dir, 'device'), { recursive: true });
    await asOlderJsonFolder(dir, (files) => files.set('somevuoro.json', { ...files.get('somevuoro.json'), preferences: { calendarView: 'agenda', reviewWeeks: 6 } }));
    const backend = await backendOn(dir);
    expect(await backend.call('preferences:get', {})).toMatchObject({ calendarView: 'agenda', reviewWeeks: 6 });
    await backend.call('preferences:update', { calendarView: 'month' });
    await backend.call('association:update', { name: 'Kylä ry' });
    expect(await mainOnDisk(dir)).not.toHaveProperty('preferences');
    expect(await (await backendOn(dir)).call('preferences:get', {})).toMatchObject({ calendarView: 'month', reviewWeeks: 6 });
  });

  it('start afresh when the device file is not JSON, keeping the damaged file aside and the plan untouched', async () => {
    const dir = tempDir();
    await (await backendOn(dir)).call('association:update', { name: 'Kylä ry' });
    fs.writeFileSync(path.join(dir, 'device', 'device.json'), '{"preferences": {"calendarView": "we');
    const backend = await backendOn(dir);
    expect(await backend.call('preferences:get', {})).toMatchObject({ calendarView: 'month' });
    expect(await backend.call('association:get', {})).toMatchObject({ name: 'Kylä ry' });
    expect(fs.readdirSync(path.join(dir, 'device')).some((name) => name.startsWith('device.json.unreadable-'))).toBe(true);
  });

  it('refuse a view that does not exist', async () => {
    const backend = await backendOn(tempDir());
    expect(await backend.dispatch('preferences:update', { calendarView: 'year' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
