import { useMemo } from 'react';
import { isoWeeksFrom, plusDays, todayIn } from '../../../shared/calendar/calendar-dates';
import type { IsoWeek } from '../../../shared/calendar/calendar-dates';
import type { LocalDate } from '../../../shared/domain/local-time';
import { daysInMonth, localDate } from '../../../shared/domain/local-time';
import { useSettings } from '../../api/settings-queries';
import { useRosterStore } from './roster-store';

const WEEKS_SHOWN = 8;

export interface RosterPeriod {
  today: LocalDate;
  weeks: IsoWeek[];
  from: LocalDate;
  to: LocalDate;
  /** The whole months around the weeks: monthly limits are counted over whole months. */
  monthsFrom: LocalDate;
  monthsTo: LocalDate;
  shift: (weeks: number) => void;
}

export function useRosterPeriod(): RosterPeriod {
  const timeZone = useSettings().data?.timeZone ?? 'Europe/Helsinki';
  const today = todayIn(timeZone, new Date());
  const periodStart = useRosterStore((state) => state.periodStart);
  const setPeriodStart = useRosterStore((state) => state.setPeriodStart);
  return useMemo(() => {
    const weeks = isoWeeksFrom(localDate(periodStart ?? today), WEEKS_SHOWN);
    const from = weeks[0].start;
    const to = weeks[weeks.length - 1].end;
    const lastDay = daysInMonth(Number(to.slice(0, 4)), Number(to.slice(5, 7)));
    return {
      today,
      weeks,
      from,
      to,
      monthsFrom: localDate(`${from.slice(0, 7)}-01`),
      monthsTo: localDate(`${to.slice(0, 7)}-${String(lastDay).padStart(2, '0')}`),
      shift: (count: number) => setPeriodStart(plusDays(from, count * 7)),
    };
  }, [periodStart, today, setPeriodStart]);
}
