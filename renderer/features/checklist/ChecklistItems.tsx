import { useTranslation } from 'react-i18next';
import type { ChecklistItemResult, PostChecklist } from '../../../shared/checklist/checklist-result';
import { ApiCallError } from '../../api/api-context';
import { useChecklistMutations } from '../../api/checklist-queries';
import { useSettings } from '../../api/settings-queries';
import { useUiStore } from '../../state/ui-store';
import { useCalendarFormatters } from '../../entities/use-calendar-formatters';
import { useChecklistText } from './use-checklist-text';

const stateMarks: Record<ChecklistItemResult['state'], string> = { done: '✓', open: '!', 'not-applicable': '–' };

/**
 * The items of one post's checklist: state, name, whether it is required before a
 * status, what the rule found, and a tick box for items a person ticks (saved at once,
 * with who and when). `onFix` makes each name a link to the thing to fix.
 */
export function ChecklistItems({
  checklist,
  postId,
  withIdentity,
  onFix,
  only,
  compact = false,
}: {
  checklist: PostChecklist;
  /** The stored post; without one (a new post) nothing can be ticked yet. */
  postId: string | null;
  withIdentity: (then: () => void) => void;
  onFix?: (item: ChecklistItemResult) => void;
  /** Show only these items (the open ones, on the checklist screen). */
  only?: (item: ChecklistItemResult) => boolean;
  /** One line per item (the checklist screen): findings inline, the tick box at the end. */
  compact?: boolean;
}) {
  const { t } = useTranslation('checklist');
  const { t: tDomain } = useTranslation('domain');
  const { t: tCommon } = useTranslation();
  const text = useChecklistText();
  const format = useCalendarFormatters();
  const timeZone = useSettings().data?.timeZone ?? 'Europe/Helsinki';
  const { tick } = useChecklistMutations();
  const notify = useUiStore((state) => state.notify);
  const items = only ? checklist.items.filter(only) : checklist.items;

  const setTick = (item: ChecklistItemResult, done: boolean) =>
    withIdentity(() =>
      tick.mutate(
        { postId: postId ?? '', itemId: item.id, done },
        { onError: (error) => notify(tCommon('errors.generic', { message: error instanceof ApiCallError ? error.error.message : error.message })) },
      ),
    );

  const tickBox = (item: ChecklistItemResult, name: string) => {
    if (!item.tickable || !postId) return null;
    const label = item.kind === 'manual' ? t('tickLabel', { item: name }) : t('confirmContact');
    return (
      <label className={`checkbox checklist-tick${compact ? ' inline' : ''}`} title={compact ? label : undefined}>
        <input type="checkbox" checked={item.tick !== null} disabled={tick.isPending} aria-label={compact ? label : undefined} onChange={(event) => setTick(item, event.target.checked)} />
        {compact ? t(item.kind === 'manual' ? 'tickShort' : 'confirmShort') : label}
      </label>
    );
  };

  return (
    <ul className={`checklist-items${compact ? ' compact' : ''}`}>
      {items.map((item) => {
        const name = text.itemLabel(item);
        const findings = item.findings.map((finding, index) => (
          <li key={`${finding.key}-${index}`} className={`finding finding-${finding.severity}`}>
            {text.findingText(finding)}
          </li>
        ));
        return (
          <li key={item.id} className={`checklist-item state-${item.state}`} data-item={item.id}>
            <span className="checklist-mark" aria-hidden="true">
              {stateMarks[item.state]}
            </span>
            <div className="checklist-body">
              <p className="checklist-name">
                {onFix ? (
                  <button type="button" className="link-button" onClick={() => onFix(item)}>
                    {name}
                  </button>
                ) : (
                  <strong>{name}</strong>
                )}
                <span className="visually-hidden">: {t(`state.${item.state}`)}</span>
                {item.requiredFor && (!compact || item.state === 'open') ? (
                  <span className={`required-badge${item.state === 'open' ? ' blocking' : ''}`}>{t('requiredFor', { status: tDomain(`status.${item.requiredFor}`) })}</span>
                ) : null}
              </p>
              {findings.length ? <ul className="checklist-findings">{findings}</ul> : null}
              {compact ? null : tickBox(item, name)}
              {item.tick && !compact ? <p className="checklist-stamp">{t('tickedBy', { by: item.tick.by, when: format.stamp(item.tick.at, timeZone) })}</p> : null}
            </div>
            {compact ? tickBox(item, name) : null}
          </li>
        );
      })}
    </ul>
  );
}
