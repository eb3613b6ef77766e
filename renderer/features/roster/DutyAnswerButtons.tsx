import { useTranslation } from 'react-i18next';
import type { Duty } from '../../../shared/domain/duty';
import { useDutyMutations } from '../../api/roster-queries';
import { useFailureText } from '../../components/forms/use-contract-form';
import { useUiStore } from '../../state/ui-store';
import styles from './my-duties.module.css';

/**
 * The holder's answer to a duty (issue 16 item 6): accepted, or declined — which makes
 * it a gap in response-duty coverage and drops it from their calendar's reminders.
 * Pressing the chosen answer again takes it back.
 */
export function DutyAnswerButtons({ duty, name }: { duty: Duty; name: string }) {
  const { t } = useTranslation('results');
  const { update } = useDutyMutations();
  const notify = useUiStore((state) => state.notify);
  const failureText = useFailureText();
  const answer = (next: 'accepted' | 'declined') => {
    const chosen = duty.answer === next ? undefined : next;
    update.mutate(
      { id: duty.id, changes: { answer: chosen ?? null } },
      {
        onSuccess: () => notify(t('dutyAnswer.answered', { answer: t(`dutyAnswer.${chosen ?? 'noAnswer'}`), duty: name })),
        onError: (error) => notify(failureText(error)),
      },
    );
  };
  return (
    <span className={styles.dutyAnswer} role="group" aria-label={t('dutyAnswer.label', { duty: name })}>
      <span className={duty.answer === 'declined' ? styles.declined : 'muted'}>{t(`dutyAnswer.${duty.answer ?? 'noAnswer'}`)}</span>
      <button type="button" aria-pressed={duty.answer === 'accepted'} disabled={update.isPending} onClick={() => answer('accepted')}>
        {t('dutyAnswer.accept')}
      </button>
      <button type="button" aria-pressed={duty.answer === 'declined'} disabled={update.isPending} onClick={() => answer('declined')}>
        {t('dutyAnswer.decline')}
      </button>
    </span>
  );
}
