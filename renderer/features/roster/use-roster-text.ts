import { useTranslation } from 'react-i18next';
import type { IsoWeek } from '../../../shared/calendar/calendar-dates';
import type { Volunteer } from '../../../shared/domain/volunteer';
import type { DutyConflict } from '../../../shared/roster/duty-rules';
import { roleForDutyType } from '../../../shared/roster/duty-rules';
import type { DutyType } from '../../../shared/domain/duty';
import type { LocalDate } from '../../../shared/domain/local-time';
import type { GapReason } from '../../../shared/roster/rota-generator';
import { useFormatters } from '../../components/use-formatters';
import { useFailureText } from '../../components/forms/use-contract-form';

/** The roster's recurring sentences: conflicts, gap reasons, week labels, errors from main. */
export function useRosterText(volunteers: readonly Volunteer[]) {
  const { t } = useTranslation('roster');
  const format = useFormatters();
  const failureText = useFailureText();
  const names = new Map(volunteers.map((volunteer) => [volunteer.id, volunteer.name]));
  const name = (id: string | null) => (id === null ? t('gap') : (names.get(id) ?? t('removedPerson')));

  const conflict = (item: DutyConflict): string => {
    switch (item.kind) {
      case 'away':
        return t('conflict.away', { dates: item.periods.map((period) => `${format.dayMonth(period.from)}–${format.date(period.to)}`).join(', ') });
      case 'inactive':
        return t('conflict.inactive');
      case 'over-limit':
        return t('conflict.overLimit', { count: item.limit });
      case 'unknown-volunteer':
        return t('conflict.unknown');
    }
  };

  const gap = (reason: GapReason | null, type: DutyType): string => {
    if (reason === null || reason.kind === 'nobody-eligible') return t('gapReason.nobodyEligible', { role: t(`roles.${roleForDutyType[type]}`) });
    return t('gapReason.allBlocked', {
      who: reason.blocked.map((blocked) => `${name(blocked.volunteerId)} (${t(`blocked.${blocked.reason}`)})`).join(', '),
    });
  };

  return {
    name,
    conflict,
    gap,
    week: (week: IsoWeek) => t('weekShort', { week: week.week }),
    weekDates: (week: IsoWeek) => `${format.dayMonth(week.start)}–${format.dayMonth(week.end)}`,
    dates: (from: LocalDate, to: LocalDate) => (from === to ? format.date(from) : `${format.dayMonth(from)}–${format.date(to)}`),
    error: failureText,
  };
}
