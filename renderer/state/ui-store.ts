import { create } from 'zustand';

/*
 * Renderer-only state: which screen, which weeks, which dialog, which notices.
 * Anything that lives in main (posts, settings…) belongs to react-query instead.
 */

export const screens = ['calendar', 'checklist', 'roster', 'ideas', 'campaigns', 'results', 'export', 'settings'] as const;
export type Screen = (typeof screens)[number];

/** `focus`: a checklist item whose field the editor moves to when it opens (the checklist screen's links). */
type EditorState = { mode: 'closed' } | { mode: 'new'; date: string | null } | { mode: 'edit'; postId: string; focus?: string };

export interface Toast {
  id: number;
  message: string;
  /** An undo (or similar) action offered with the notice. */
  action?: { label: string; run: () => void };
}

interface NavigationSlice {
  screen: Screen;
  showScreen: (screen: Screen) => void;
}

interface AgendaSlice {
  /** Monday of the first week shown, or null for "this week". */
  agendaStart: string | null;
  setAgendaStart: (monday: string | null) => void;
}

interface EditorSlice {
  editor: EditorState;
  openNewPost: (date?: string | null) => void;
  openPost: (postId: string, focus?: string) => void;
  closeEditor: () => void;
}

interface ToastSlice {
  toasts: Toast[];
  /** Shows a notice; its id (to take it back). */
  notify: (message: string, action?: Toast['action']) => number;
  dismiss: (id: number) => void;
}

let nextToastId = 1;
const TOAST_MS = 10_000;

export const useUiStore = create<NavigationSlice & AgendaSlice & EditorSlice & ToastSlice>()((set, get) => ({
  screen: 'calendar',
  showScreen: (screen) => set({ screen }),

  agendaStart: null,
  setAgendaStart: (agendaStart) => set({ agendaStart }),

  editor: { mode: 'closed' },
  openNewPost: (date = null) => set({ editor: { mode: 'new', date } }),
  openPost: (postId, focus) => set({ editor: { mode: 'edit', postId, focus } }),
  closeEditor: () => set({ editor: { mode: 'closed' } }),

  toasts: [],
  notify: (message, action) => {
    const id = nextToastId++;
    set({ toasts: [...get().toasts.slice(-2), { id, message, action }] });
    setTimeout(() => get().dismiss(id), TOAST_MS);
    return id;
  },
  dismiss: (id) => set({ toasts: get().toasts.filter((toast) => toast.id !== id) }),
}));

/** The newest notice that offers an undo, for Ctrl+Z. */
export function latestUndo(): Toast | undefined {
  return [...useUiStore.getState().toasts].reverse().find((toast) => toast.action);
}
