import { create } from 'zustand';
import type { DutyType } from '../../../shared/domain/duty';

/*
 * The roster screen's own UI state (kept out of renderer/state/ui-store.ts, which
 * other screens change): which view, which weeks, whose duties, which dialog.
 */

export const rosterViews = ['grid', 'mine', 'load', 'volunteers'] as const;
type RosterView = (typeof rosterViews)[number];

export type RosterDialog =
  | { kind: 'none' }
  | { kind: 'volunteer'; volunteerId: string | null }
  | { kind: 'generate' }
  | { kind: 'duty'; dutyId: string }
  | { kind: 'new-duty'; type: DutyType; from: string; to: string };

interface RosterState {
  view: RosterView;
  /** Monday of the first week shown, or null for "this week". */
  periodStart: string | null;
  /** Whose duties "My duties" shows; null = the first active volunteer. */
  volunteerId: string | null;
  dialog: RosterDialog;
  showView: (view: RosterView) => void;
  setPeriodStart: (monday: string | null) => void;
  showVolunteer: (volunteerId: string) => void;
  open: (dialog: RosterDialog) => void;
  close: () => void;
}

export const useRosterStore = create<RosterState>()((set) => ({
  view: 'grid',
  periodStart: null,
  volunteerId: null,
  dialog: { kind: 'none' },
  showView: (view) => set({ view }),
  setPeriodStart: (periodStart) => set({ periodStart }),
  showVolunteer: (volunteerId) => set({ volunteerId, view: 'mine' }),
  open: (dialog) => set({ dialog }),
  close: () => set({ dialog: { kind: 'none' } }),
}));
