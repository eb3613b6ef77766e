import { parseDateInput } from '../../../shared/calendar/date-input';
import type { LocalDate } from '../../../shared/domain/local-time';
import type { ExportSelection } from '../../../shared/export/export-selection';
import { monthRange, nextWeeksRange } from '../../../shared/export/export-selection';
import type { ExportDraft } from './export-store';

export type DraftResult = { ok: true; selection: ExportSelection } | { ok: false; errors: { from?: string; to?: string } };

/** The months offered: from three months back to a year ahead. */
export function monthChoices(today: LocalDate): string[] {
  const [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  return Array.from({ length: 16 }, (_, index) => {
    const total = year * 12 + (month - 1) + index - 3;
    return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
  });
}

/** The user's choices as the one selection every format uses; typed dates are checked here. */
export function selectionFromDraft(draft: ExportDraft, today: LocalDate): DraftResult {
  let range: { from: LocalDate; to: LocalDate };
  if (draft.rangeKind === 'weeks') range = nextWeeksRange(today);
  else if (draft.rangeKind === 'month') range = monthRange(draft.month ?? today.slice(0, 7));
  else {
    const from = parseDateInput(draft.fromText);
    const to = parseDateInput(draft.toText);
    const errors: { from?: string; to?: string } = {};
    if (!from.ok || !from.value) errors.from = from.ok ? 'v.required' : from.message;
    if (!to.ok || !to.value) errors.to = to.ok ? 'v.required' : to.message;
    if (from.ok && from.value && to.ok && to.value && to.value < from.value) errors.to = 'v.rangeReversed';
    if (from.ok && from.value && to.ok && to.value && Date.parse(to.value) - Date.parse(from.value) > 1000 * 86_400_000) errors.to = 'v.rangeTooLong';
    if (errors.from || errors.to || !from.ok || !to.ok || !from.value || !to.value) return { ok: false, errors };
    range = { from: from.value, to: to.value };
  }
  return {
    ok: true,
    selection: { ...range, channelIds: draft.channelIds, statuses: draft.statuses, volunteerIds: draft.volunteerIds, includePosts: true, includeDuties: draft.includeDuties },
  };
}
