import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backendOn } from '../../../../support/backend';
import { tempDir } from '../../../../support/temp-dir';

describe('preferences in the services', () => {
  it('start with the month view on today', async () => {
    const backend = await backendOn(tempDir());
    expect(await backend.call('preferences:get', {})).toEqual({ calendarView: 'month', calendarDate: null, reviewWeeks: 4, welcomeDismissed: false });
  });

  it('keep the view and the day on disk, and a reopened folder has them', async () => {
    const dir = tempDir();
    await (await backendOn(dir)).call('preferences:update', { calendarView: 'week', calendarDate: '2026-03-30' });
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'somevuoro.json'), 'utf8')).preferences).toMatchObject({ calendarView: 'week', calendarDate: '2026-03-30' });
    expect(await (await backendOn(dir)).call('preferences:get', {})).toMatchObject({ calendarView: 'week', calendarDate: '2026-03-30', reviewWeeks: 4 });
  });

  it('refuse a view that does not exist', async () => {
    const backend = await backendOn(tempDir());
    expect(await backend.dispatch('preferences:update', { calendarView: 'year' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
