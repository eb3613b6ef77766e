import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoWeekOf } from '../../../shared/calendar/calendar-dates';
import type { Duty } from '../../../shared/domain/duty';
import { awayAfterSwap } from '../../../shared/roster/duty-swap';
import type { Volunteer } from '../../../shared/domain/volunteer';
import { Field } from '../../components/Field';
import { useRosterStore } from './roster-store';
import { Icon } from '../../components/Icon';
import { useDutyActions } from './use-duty-actions';
import { useRosterText } from './use-roster-text';
import { SubmitForm } from '../../components/SubmitForm';
import styles from './roster.module.css';

/** Pick another duty and exchange holders in one step; duties of the same type come first. */
export function SwapPicker({ duty, duties, volunteers }: { duty: Duty; duties: Duty[]; volunteers: Volunteer[] }) {
  const { t } = useTranslation(['roster', 'domain']);
  const text = useRosterText(volunteers);
  const close = useRosterStore((state) => state.close);
  const { swapDuties, swapping } = useDutyActions(volunteers);
  const others = duties.filter((other) => other.id !== duty.id && other.volunteerId !== duty.volunteerId);
  // A swap that would put someone on days they are away is not offered; the line below says whose.
  const awayIn = new Map(others.map((other) => [other.id, awayAfterSwap(duty, other, volunteers)]));
  const awayNames = [...new Set(others.flatMap((other) => awayIn.get(other.id) ?? []))].map((id) => text.name(id));
  const candidates = others
    .filter((other) => awayIn.get(other.id)?.length === 0)
    .sort((a, b) => Number(b.type === duty.type) - Number(a.type === duty.type) || a.from.localeCompare(b.from));
  const [otherId, setOtherId] = useState(candidates[0]?.id ?? '');
  const other = candidates.find((candidate) => candidate.id === otherId);

  return (
    <SubmitForm
      className={styles.swapPicker}
      onSubmit={() => {
        if (other) void swapDuties(duty, other).then(close, () => undefined);
      }}
    >
      <h3>{t('swap.title')}</h3>
      {awayNames.length ? <p className="muted">{t('swap.awayLeftOut', { count: others.length - candidates.length, names: awayNames.join(', ') })}</p> : null}
      {candidates.length === 0 ? (
        <p className="muted">{t('swap.none')}</p>
      ) : (
        <div className={styles.swapRow}>
          <Field label={t('swap.with')} hint={t('swap.hint', { name: text.name(duty.volunteerId) })}>
            {(props) => (
              <select {...props} value={otherId} onChange={(event) => setOtherId(event.target.value)}>
                {candidates.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {t('swap.option', { week: isoWeekOf(candidate.from).week, type: t(`domain:dutyType.${candidate.type}`), dates: text.dates(candidate.from, candidate.to), name: text.name(candidate.volunteerId) })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit" disabled={!other || swapping}>
            <Icon name="swap" size={16} /> {t('swap.action')}
          </button>
        </div>
      )}
    </SubmitForm>
  );
}
