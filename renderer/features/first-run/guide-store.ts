import { create } from 'zustand';

/** The guided start's steps after the name and channels; each can be skipped. */
export const guideSteps = ['contact', 'volunteers', 'channels'] as const;
type GuideStep = (typeof guideSteps)[number];

interface GuideState {
  step: GuideStep | null;
  begin: () => void;
  next: () => void;
}

/** Renderer-only: the guide goes on while the app is open (the steps are in Settings for later). */
export const useGuide = create<GuideState>((set, get) => ({
  step: null,
  begin: () => set({ step: guideSteps[0] }),
  next: () => {
    const step = get().step;
    const index = step ? guideSteps.indexOf(step) : -1;
    set({ step: guideSteps[index + 1] ?? null });
  },
}));
