import { useTranslation } from 'react-i18next';
import type { Duty } from '../../../shared/domain/duty';
import type { Volunteer } from '../../../shared/domain/volunteer';
import { useDutyMutations } from '../../api/roster-queries';
import { useUiStore } from '../../state/ui-store';
import { useRosterText } from './use-roster-text';

/**
 * Swap and delete, each with an undo in the notice (button or Ctrl+Z). Promises
 * rather than mutate() callbacks: the dialog that asked is closed by the time the
 * answer comes, and the notice must still appear.
 */
export function useDutyActions(volunteers: readonly Volunteer[]) {
  const { t } = useTranslation('roster');
  const { t: tCommon } = useTranslation();
  const text = useRosterText(volunteers);
  const { swap, remove, restore } = useDutyMutations();
  const notify = useUiStore((state) => state.notify);
  const failed = (error: Error) => notify(text.error(error));

  const swapDuties = (first: Duty, second: Duty) => {
    const ids = { firstId: first.id, secondId: second.id };
    const names = { first: text.name(first.volunteerId), second: text.name(second.volunteerId) };
    // A swap is its own inverse: doing it again puts both back.
    const undo = () => swap.mutateAsync(ids).then(() => notify(t('swap.undone', names)), failed);
    return swap.mutateAsync(ids).then(
      () => notify(t('swap.done', names), { label: tCommon('toast.undo'), run: () => void undo() }),
      (error: Error) => {
        failed(error);
        throw error;
      },
    );
  };

  const deleteDuty = (duty: Duty) =>
    remove.mutateAsync(duty.id).then(
      (removed) =>
        notify(t('duty.deleted', { name: text.name(duty.volunteerId), dates: text.dates(duty.from, duty.to) }), {
          label: tCommon('toast.undo'),
          run: () => void restore.mutateAsync(removed).then(() => notify(t('duty.restored')), failed),
        }),
      failed,
    );

  return { swapDuties, deleteDuty, swapping: swap.isPending };
}
