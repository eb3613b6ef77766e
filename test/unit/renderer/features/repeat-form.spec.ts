import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { repeatFormFor, repeatSummary, ruleFromForm } from '../../../../renderer/features/post-editor/repeat-form';
import { localDate } from '../../../../shared/domain/local-time';
import fi from '../../../../shared/locales/fi/recurrence.json';
import sv from '../../../../shared/locales/sv/recurrence.json';
import en from '../../../../shared/locales/en/recurrence.json';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'fi', resources: { fi: { recurrence: fi }, sv: { recurrence: sv }, en: { recurrence: en } }, ns: ['recurrence'], defaultNS: 'recurrence', interpolation: { escapeValue: false } });

function summaryIn(language: string, form: ReturnType<typeof repeatFormFor>, time: string) {
  const result = ruleFromForm(form);
  if (!result.ok || !result.rule) throw new Error('no rule');
  const words = i18n.getFixedT(language, 'recurrence') as unknown as (key: string, values?: Record<string, string | number>) => string;
  return repeatSummary(result.rule, words, { time, date: (date) => date, dayMonth: '3.12.' });
}

describe('the editor’s Repeat section', () => {
  const thursday = localDate('2026-12-03');

  it('starts from the post’s own day and reads back as one line in each language', () => {
    const weekly = { ...repeatFormFor(thursday), every: 'week' as const, ends: 'after' as const, count: '10' };
    expect(ruleFromForm(weekly)).toEqual({ ok: true, rule: { repeat: { every: 'week', interval: 1, weekdays: ['TH'] }, ends: { kind: 'after', count: 10 } } });
    expect(summaryIn('fi', weekly, '18.00')).toBe('Joka torstai klo 18.00, 10 kertaa');
    expect(summaryIn('sv', weekly, '18.00')).toBe('Varje torsdag kl. 18.00, 10 gånger');
    expect(summaryIn('en', { ...weekly, weekdays: ['TH', 'MO'] }, '18:00')).toBe('Every Monday and Thursday at 18:00, 10 times');
  });

  it('words monthly and yearly rules, and the end on a date', () => {
    const lastFriday = { ...repeatFormFor(localDate('2026-12-25')), every: 'month' as const, monthBy: 'position' as const, weekday: 'FR' as const, position: -1 as const };
    expect(summaryIn('fi', lastFriday, '')).toBe('Kuukauden viimeinen perjantai');
    expect(summaryIn('en', { ...lastFriday, interval: '2', ends: 'on', endDate: '30.6.2027' }, '')).toBe('Every 2 months on the last Friday, until 2027-06-30');
    expect(summaryIn('fi', { ...repeatFormFor(thursday), every: 'year' }, '')).toBe('Joka vuosi 3.12.');
  });

  it('names the field to fix instead of saving a rule that cannot be', () => {
    const weekly = { ...repeatFormFor(thursday), every: 'week' as const };
    expect(ruleFromForm({ ...weekly, weekdays: [] })).toEqual({ ok: false, field: 'weekdays', message: 'required' });
    expect(ruleFromForm({ ...weekly, interval: '0' })).toMatchObject({ ok: false, field: 'interval' });
    expect(ruleFromForm({ ...weekly, ends: 'after', count: 'kymmenen' })).toMatchObject({ ok: false, field: 'count' });
    expect(ruleFromForm({ ...weekly, ends: 'on', endDate: '31.2.2027' })).toEqual({ ok: false, field: 'endDate', message: 'dateInvalid' });
    expect(ruleFromForm(repeatFormFor(thursday))).toEqual({ ok: true, rule: null });
  });
});
