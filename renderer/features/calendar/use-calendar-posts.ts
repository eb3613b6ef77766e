import { useMutationState } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { DateRange } from '../../../shared/domain/date-range';
import { filterPosts } from '../../../shared/calendar/post-filter';
import type { Move } from '../../../shared/calendar/reschedule';
import { withPendingMoves } from '../../../shared/calendar/reschedule';
import { usePostsBetween, useUndatedPosts } from '../../api/posts-queries';
import { useCalendarUi } from './calendar-ui-store';
import { MOVE_KEY } from './use-move-post';

/**
 * The posts of the visible range (only those are asked for) and the unscheduled
 * ones, with moves on their way already applied and the filters on top. Counts are
 * of what the view shows: visible after filtering, of the total.
 */
export function useCalendarPosts(range: DateRange) {
  const dated = usePostsBetween(range.from, range.to);
  const undated = useUndatedPosts();
  const filter = useCalendarUi((state) => state.filter);
  const moves = useMutationState({ filters: { mutationKey: MOVE_KEY, status: 'pending' }, select: (mutation) => mutation.state.variables as Move });
  return useMemo(() => {
    const allDated = withPendingMoves(dated.data ?? [], moves, range);
    const allUndated = withPendingMoves(undated.data ?? [], moves, 'undated');
    return {
      loading: dated.isLoading,
      error: dated.error ?? undated.error,
      allDated,
      allUndated,
      dated: filterPosts(allDated, filter),
      undated: filterPosts(allUndated, filter),
    };
  }, [dated.data, dated.isLoading, dated.error, undated.data, undated.error, moves, range, filter]);
}
