import { useTranslation } from 'react-i18next';
import type { LocalDate } from '../../../shared/domain/local-time';
import type { AwayPeriod } from '../../../shared/domain/volunteer';
import { useFormatters } from '../../components/use-formatters';

/** "7.12.–13.12.2026" for a one-off period, "every year 1.7.–31.7." for a yearly one. */
export function useAwayText() {
  const { t } = useTranslation('roster');
  const format = useFormatters();
  return (period: AwayPeriod) => {
    const dates = period.yearly ? `${format.dayMonth(period.from)}–${format.dayMonth(period.to)}` : `${format.dayMonth(period.from)}–${format.date(period.to)}`;
    const text = period.yearly ? t('volunteer.everyYear', { dates }) : dates;
    return period.note ? `${text} (${period.note})` : text;
  };
}

/** Periods still relevant from today on: current and future one-offs, and every yearly one. */
export function currentAway(away: readonly AwayPeriod[], today: LocalDate): AwayPeriod[] {
  return away.filter((period) => period.yearly || period.to >= today).sort((a, b) => a.from.localeCompare(b.from));
}
