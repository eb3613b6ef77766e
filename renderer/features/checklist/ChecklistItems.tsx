import { useTranslation } from 'react-i18next';
import type { ChecklistItemResult, PostChecklist } from '../../../shared/checklist/checklist-result';
import { useFailureText } from '../../components/forms/use-contract-form';
import { useChecklistMutations } from '../../api/checklist-queries';
import { useSettings } from '../../api/settings-queries';
import { useUiStore } from '../../state/ui-store';
import { useFormatters } from '../../components/use-formatters';
import { useChecklistText } from './use-checklist-text';
import styles from './checklist-items.module.css';

const stateMarks: Record<ChecklistItemResult['state'], string> = { done: '✓', open: '!', 'not-applicable': '–' };
/** An open item that blocks nothing is advice: its own mark and word, not only another colour. */
const ADVICE_MARK = 'i';

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
  const failureText = useFailureText();
  const text = useChecklistText();
  const format = useFormatters();
  const timeZone = useSettings().data?.timeZone ?? 'Europe/Helsinki';
  const { tick } = useChecklistMutations();
  const notify = useUiStore((state) => state.notify);
  const items = only ? checklist.items.filter(only) : checklist.items;

  const setTick = (item: ChecklistItemResult, done: boolean) =>
    withIdentity(() =>
      tick.mutate(
        { postId: postId ?? '', itemId: item.id, done },
        { onError: (error) => notify(failureText(error)) },
      ),
    );

  const tickBox = (item: ChecklistItemResult, name: string) => {
    if (!item.tickable || !postId) return null;
    const label = item.kind === 'manual' ? t('tickLabel', { item: name }) : t('confirmContact');
    return (
      <label className={compact ? `checkbox ${styles.checklistTick} ${styles.inline}` : `checkbox ${styles.checklistTick}`} title={compact ? label : undefined}>
        <input type="checkbox" checked={item.tick !== null} disabled={tick.isPending} aria-label={compact ? label : undefined} onChange={(event) => setTick(item, event.target.checked)} />
        {compact ? t(item.kind === 'manual' ? 'tickShort' : 'confirmShort') : label}
      </label>
    );
  };

  return (
    <ul className={compact ? `${styles.checklistItems} ${styles.compact}` : styles.checklistItems}>
      {items.map((item) => {
        const name = text.itemLabel(item);
        const findings = item.findings.map((finding, index) => (
          <li key={`${finding.key}-${index}`} className={styles.finding} data-severity={finding.severity}>
            {text.findingText(finding)}
          </li>
        ));
        const advice = item.state === 'open' && !item.requiredFor;
        return (
          <li key={item.id} className={styles.checklistItem} data-state={item.state} data-advice={advice || undefined} data-item={item.id}>
            <span className={styles.checklistMark} aria-hidden="true">
              {advice ? ADVICE_MARK : stateMarks[item.state]}
            </span>
            <div className={styles.checklistBody}>
              <p className={styles.checklistName}>
                {onFix ? (
                  <button type="button" className={styles.linkButton} onClick={() => onFix(item)}>
                    {name}
                  </button>
                ) : (
                  <strong>{name}</strong>
                )}
                <span className="visually-hidden">: {t(`state.${item.state}`)}</span>
                {item.requiredFor && (!compact || item.state === 'open') ? (
                  <span className={item.state === 'open' ? `${styles.requiredBadge} ${styles.blocking}` : styles.requiredBadge}>{t('requiredFor', { status: tDomain(`status.${item.requiredFor}`) })}</span>
                ) : null}
                {advice ? <span className={`${styles.requiredBadge} ${styles.adviceBadge}`}>{t('adviceBadge')}</span> : null}
              </p>
              {findings.length ? <ul className={styles.checklistFindings}>{findings}</ul> : null}
              {compact ? null : tickBox(item, name)}
              {item.tick && !compact ? <p className={styles.checklistStamp}>{t('tickedBy', { by: item.tick.by, when: format.stamp(item.tick.at, timeZone) })}</p> : null}
            </div>
            {compact ? tickBox(item, name) : null}
          </li>
        );
      })}
    </ul>
  );
}
