import { todayIn } from '../../../shared/calendar/calendar-dates';
import { comingWeeks } from '../../../shared/checklist/attention';
import { useChecklistAttention, useChecklistOverview } from '../../api/checklist-queries';
import { useSettings } from '../../api/settings-queries';
import { useChecklistUiStore } from './checklist-ui-store';

/** Today through the weeks chosen on the checklist screen: the range the screen and the badge look at. */
function useComingWeeks() {
  const weeks = useChecklistUiStore((state) => state.weeks);
  const timeZone = useSettings().data?.timeZone ?? 'Europe/Helsinki';
  return { weeks, ...comingWeeks(todayIn(timeZone, new Date()), weeks) };
}

/** The overview of the coming weeks, for the checklist screen. */
export function useComingWeeksOverview() {
  const { weeks, from, to } = useComingWeeks();
  return { weeks, overview: useChecklistOverview(from, to) };
}

/** The badge's count of the same weeks, counted in main (the overview is the screen's, not every screen's). */
export function useComingWeeksAttention(): number {
  const { from, to } = useComingWeeks();
  return useChecklistAttention(from, to).data?.count ?? 0;
}
