import { create } from 'zustand';
import { COMING_WEEKS } from '../../../shared/checklist/attention';

/** How many weeks ahead the checklist screen (and so the navigation's badge) looks. */
export const useChecklistUiStore = create<{ weeks: number; setWeeks: (weeks: number) => void }>()((set) => ({
  weeks: COMING_WEEKS,
  setWeeks: (weeks) => set({ weeks }),
}));
