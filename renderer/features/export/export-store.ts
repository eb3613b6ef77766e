import { create } from 'zustand';
import type { PostStatus } from '../../../shared/domain/post';
import type { Language } from '../../../shared/domain/settings';
import type { CsvSeparator } from '../../../shared/export/csv-separators';

/*
 * The export screen's own choices (renderer state only): they stay as they were
 * when the user comes back to the screen. Data from main stays in react-query.
 */

export type RangeKind = 'weeks' | 'month' | 'custom';

export interface ExportDraft {
  rangeKind: RangeKind;
  /** "2026-03" when rangeKind is month; null means the current month. */
  month: string | null;
  fromText: string;
  toText: string;
  channelIds: string[];
  statuses: PostStatus[];
  volunteerIds: string[];
  includeDuties: boolean;
  /** null: the app's language. */
  language: Language | null;
  separator: CsvSeparator;
  dutyVolunteerId: string;
}

interface ExportStore {
  draft: ExportDraft;
  change: (changes: Partial<ExportDraft>) => void;
}

export const initialDraft: ExportDraft = {
  rangeKind: 'weeks',
  month: null,
  fromText: '',
  toText: '',
  channelIds: [],
  statuses: [],
  volunteerIds: [],
  includeDuties: true,
  language: null,
  separator: ';',
  dutyVolunteerId: '',
};

export const useExportStore = create<ExportStore>()((set, get) => ({
  draft: initialDraft,
  change: (changes) => set({ draft: { ...get().draft, ...changes } }),
}));
