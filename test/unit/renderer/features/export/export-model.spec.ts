import { describe, expect, it } from 'vitest';
import { monthChoices, selectionFromDraft } from '../../../../../renderer/features/export/export-model';
import type { ExportDraft } from '../../../../../renderer/features/export/export-store';
import { initialDraft } from '../../../../../renderer/features/export/export-store';
import type { LocalDate } from '../../../../../shared/domain/local-time';
import { validationMessage } from '../../../../../shared/i18n/validation-messages';

const today = '2026-01-15' as LocalDate;
const custom = (fromText: string, toText: string): ExportDraft => ({ ...initialDraft, rangeKind: 'custom', fromText, toText });
/** The messages the export screen shows under the two dates. */
const shown = (draft: ExportDraft, language: 'fi' | 'sv' | 'en') => {
  const result = selectionFromDraft(draft, today);
  if (result.ok) return null;
  return Object.fromEntries(Object.entries(result.errors).map(([field, message]) => [field, validationMessage(message, language)]));
};

describe('export model', () => {
  it('offers the months from three back to a year ahead, across the turn of the year', () => {
    const months = monthChoices(today);
    expect(months).toHaveLength(16);
    expect([months[0], months[3], months[15]]).toEqual(['2025-10', '2026-01', '2027-01']);
  });

  it('turns each kind of range into the one selection every format uses', () => {
    expect(selectionFromDraft(initialDraft, today)).toMatchObject({ ok: true, selection: { from: '2026-01-15', includePosts: true, includeDuties: true } });
    expect(selectionFromDraft({ ...initialDraft, rangeKind: 'month', month: '2026-02' }, today)).toMatchObject({ ok: true, selection: { from: '2026-02-01', to: '2026-02-28' } });
    expect(selectionFromDraft({ ...initialDraft, rangeKind: 'month', month: null }, today)).toMatchObject({ ok: true, selection: { from: '2026-01-01', to: '2026-01-31' } });
    expect(selectionFromDraft({ ...custom('1.3.2026', '31/3/2026'), channelIds: ['c1'], includeDuties: false }, today)).toEqual({
      ok: true,
      selection: { from: '2026-03-01', to: '2026-03-31', channelIds: ['c1'], statuses: [], volunteerIds: [], includePosts: true, includeDuties: false },
    });
  });

  it('says under each typed date what is wrong, in the user’s language', () => {
    expect(shown(custom('', '31.2.2026'), 'fi')).toEqual({ from: 'Pakollinen.', to: 'Päivämäärää ei ole olemassa.' });
    expect(shown(custom('31.3.2026', '1.3.2026'), 'sv')).toEqual({ to: 'Slutet är före början.' });
    expect(shown(custom('1.1.2026', '1.1.2030'), 'en')).toEqual({ to: 'The range is too long.' });
  });
});
