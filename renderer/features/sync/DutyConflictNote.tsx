import { usePlanConflicts } from '../../api/plan-queries';
import { useSyncText } from './use-sync-text';

/** On a duty in the roster: two laptops gave it to two people at once (choosing someone in the duty settles it everywhere). */
export function DutyConflictNote({ dutyId, className }: { dutyId: string; className?: string }) {
  const text = useSyncText();
  const fields = usePlanConflicts().data?.duties.find((entry) => entry.dutyId === dutyId)?.fields ?? [];
  const volunteer = fields.find((field) => field.field === 'volunteerId');
  if (!volunteer) return null;
  return (
    <span className={className} data-severity="warning">
      {text.t('twoVersions.duty', { values: volunteer.values.map((entry) => text.t('twoVersions.value', { value: text.value('volunteerId', entry.value), name: text.name(entry) })).join(', ') })}
    </span>
  );
}
