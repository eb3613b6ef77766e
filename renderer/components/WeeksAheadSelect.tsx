import { useId } from 'react';
import { useTranslation } from 'react-i18next';

const weeksAheadChoices = [1, 2, 4, 6, 8, 12] as const;

/** How many weeks ahead a list looks (the checklist screen, the review view). */
export function WeeksAheadSelect({ weeks, onWeeks }: { weeks: number; onWeeks: (weeks: number) => void }) {
  const { t } = useTranslation('common');
  const id = useId();
  return (
    <div className="weeks-ahead">
      <label htmlFor={id}>{t('weeksAhead.label')}</label>
      <select id={id} value={weeks} onChange={(event) => onWeeks(Number(event.target.value))}>
        {weeksAheadChoices.map((count) => (
          <option key={count} value={count}>
            {t('weeksAhead.option', { count })}
          </option>
        ))}
      </select>
    </div>
  );
}
