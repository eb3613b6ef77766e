import { create } from 'zustand';
import type { PostFilter } from '../../../shared/calendar/post-filter';
import { emptyFilter } from '../../../shared/calendar/post-filter';

/*
 * The calendar's renderer-only state: filters (they apply to every view and last
 * while the app runs), the open small dialogs, and which post should get the focus
 * after a move re-renders it on another day. The view and day live in main
 * (preferences), so that they survive a restart. Posts are held by id: their data is
 * read through react-query, so a dialog never shows a stale copy.
 */

interface CalendarUiState {
  filter: PostFilter;
  setFilter: (filter: PostFilter) => void;
  drawerOpen: boolean;
  toggleDrawer: () => void;
  /** The id of the post whose "Move to…" dialog is open. */
  movingId: string | null;
  openMove: (postId: string | null) => void;
  /** The day whose "+N more" list is open. */
  dayOpen: string | null;
  openDay: (date: string | null) => void;
  /** A post moved by keyboard keeps the focus on its new day (the chip there takes it). */
  focusTarget: { postId: string; date: string | null } | null;
  setFocusTarget: (target: { postId: string; date: string | null } | null) => void;
}

export const useCalendarUi = create<CalendarUiState>()((set) => ({
  filter: emptyFilter,
  setFilter: (filter) => set({ filter }),
  drawerOpen: true,
  toggleDrawer: () => set((state) => ({ drawerOpen: !state.drawerOpen })),
  movingId: null,
  openMove: (movingId) => set({ movingId }),
  dayOpen: null,
  openDay: (dayOpen) => set({ dayOpen }),
  focusTarget: null,
  setFocusTarget: (focusTarget) => set({ focusTarget }),
}));
