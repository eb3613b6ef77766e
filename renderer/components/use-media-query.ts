import { useSyncExternalStore } from 'react';

/** The window width below which the sidebar shows only icons (shell.module.css has the same 1100px). */
export const iconSidebarQuery = '(width <= 1100px)';

/** Whether a media query matches now, following changes (a window resized across the line). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
  );
}
