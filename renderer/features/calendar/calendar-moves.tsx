import type { ReactNode } from 'react';
import { createContext, useContext } from 'react';
import { useUpdatePreferences } from '../../api/preferences-queries';

/** Stepping shows at once; where the calendar was left is written once the stepping pauses. */
export const SAVE_POSITION_AFTER_MS = 300;

type CalendarMoves = ReturnType<typeof useUpdatePreferences>['mutate'];

const MovesContext = createContext<CalendarMoves | null>(null);

/**
 * The one writer of where the calendar is (view, day, review weeks), so that a run of steps waits in one queue and is
 * saved once. Held by a provider of its own: the save's progress renders it, and what it wraps is left as it is.
 */
export function CalendarMovesProvider({ children }: { children: ReactNode }) {
  // A view chosen waits with the steps: saved at once, its request was in flight in the view's first frames (the week
  // and the agenda settled 5–8 ms later at 10,000 posts). A reload before the save has reached main shows it all the same.
  const { mutate } = useUpdatePreferences({ saveAfterMs: SAVE_POSITION_AFTER_MS });
  return <MovesContext.Provider value={mutate}>{children}</MovesContext.Provider>;
}

/** Moves the calendar (shown at once, saved behind): the same function for the screen's life. */
export function useCalendarMoves(): CalendarMoves {
  const move = useContext(MovesContext);
  if (!move) throw new Error('useCalendarMoves outside CalendarMovesProvider');
  return move;
}
