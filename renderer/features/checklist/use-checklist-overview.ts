import { plusDays, todayIn } from '../../../shared/calendar/calendar-dates';
import { useChecklistOverview } from '../../api/checklist-queries';
import { useSettings } from '../../api/settings-queries';
import { useChecklistUiStore } from './checklist-ui-store';

/** The overview from today through the weeks chosen on the checklist screen: shared by the screen and the badge. */
export function useComingWeeksOverview() {
  const weeks = useChecklistUiStore((state) => state.weeks);
  const timeZone = useSettings().data?.timeZone ?? 'Europe/Helsinki';
  const today = todayIn(timeZone, new Date());
  return { weeks, overview: useChecklistOverview(today, plusDays(today, weeks * 7 - 1)) };
}
