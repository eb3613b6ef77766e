import { create } from 'zustand';

/** How many weeks ahead the checklist screen (and so the navigation's badge) looks. */
export const useChecklistUiStore = create<{ weeks: number; setWeeks: (weeks: number) => void }>()((set) => ({
  weeks: 4,
  setWeeks: (weeks) => set({ weeks }),
}));
