import { describe, expect, it } from 'vitest';
import { MainDocument } from '../../../../shared/domain/documents';
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
  it('are filled with defaults in a main document written before they existed', () => {
    expect(MainDocument.parse(mainWithoutPreferences).preferences).toEqual({ calendarView: 'month', calendarDate: null, reviewWeeks: 4, welcomeDismissed: false });
  });

  it('refuse an unknown view and an impossible date', () => {
    expect(Preferences.safeParse({ calendarView: 'year' }).success).toBe(false);
    expect(Preferences.safeParse({ calendarDate: '2026-02-30' }).success).toBe(false);
  });
});
