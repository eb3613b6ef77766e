import { describe, expect, it } from 'vitest';
import { MainDocument, withoutDeviceState } from '../../../../shared/domain/documents';
import { Preferences } from '../../../../shared/domain/preferences';

const mainWithoutPreferences = {
  schemaVersion: 1,
  association: { name: 'Kylä ry', description: '', website: '', email: '', phone: '', address: '' },
  channels: [],
  volunteers: [],
  duties: [],
  checklistTemplates: [],
  settings: { language: 'fi', timeZone: 'Europe/Helsinki', weekStartsOn: 1, userName: '' },
};

describe('preferences', () => {
  it('are no longer part of a main document, but one written with them still reads, defaults filled in (they seed the device store)', () => {
    expect(MainDocument.parse(mainWithoutPreferences).preferences).toBeUndefined();
    expect(MainDocument.parse({ ...mainWithoutPreferences, preferences: { calendarView: 'week' } }).preferences).toEqual({ calendarView: 'week', calendarDate: null, reviewWeeks: 4, welcomeDismissed: false, language: null });
  });

  it('and a typed user name are left out of the main document as it is written', () => {
    const old = MainDocument.parse({ ...mainWithoutPreferences, preferences: {}, settings: { ...mainWithoutPreferences.settings, userName: 'Maija' } });
    expect(withoutDeviceState(old)).not.toHaveProperty('preferences');
    expect(withoutDeviceState(old).settings).not.toHaveProperty('userName');
  });

  it('refuse an unknown view and an impossible date', () => {
    expect(Preferences.safeParse({ calendarView: 'year' }).success).toBe(false);
    expect(Preferences.safeParse({ calendarDate: '2026-02-30' }).success).toBe(false);
  });
});
