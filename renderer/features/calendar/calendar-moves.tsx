import type { ReactNode } from 'react';
import { createContext, useCallback, useContext } from 'react';
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
  const { mutate, flush } = useUpdatePreferences({ saveAfterMs: SAVE_POSITION_AFTER_MS });
  // Only day steps come in runs. A view chosen is one click, saved at once (with a step still waiting): what is sent as
  // the page is left may reach main after a reload has read the saved view (posts.e2e lost its agenda so under load).
  const move = useCallback<CalendarMoves>(
    (changes) => {
      mutate(changes);
      if (Object.keys(changes).some((key) => key !== 'calendarDate')) flush();
    },
    [mutate, flush],
  );
  return <MovesContext.Provider value={move}>{children}</MovesContext.Provider>;
}

/** Moves the calendar (shown at once, saved behind): the same function for the screen's life. */
export function useCalendarMoves(): CalendarMoves {
  const move = useContext(MovesContext);
  if (!move) throw new Error('useCalendarMoves outside CalendarMovesProvider');
  return move;
}
