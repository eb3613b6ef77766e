import type { Post } from '../../../shared/domain/post';
import { usePlanConflicts, useResolveConflict } from '../../api/plan-queries';
import { useSyncText } from './use-sync-text';
import styles from './sync.module.css';

/**
 * The editor's "two versions": each field two laptops set at once, every value with who
 * wrote it; keeping one writes it as a new change, which clears the marker on every laptop.
 */
export function PostConflicts({ post }: { post: Post }) {
  const text = useSyncText();
  const conflicts = usePlanConflicts().data;
  const resolve = useResolveConflict();
  const fields = conflicts?.posts.find((entry) => entry.postId === post.id)?.fields ?? [];
  if (fields.length === 0) return null;
  return (
    <section className={styles.conflicts} aria-labelledby={`two-versions-${post.id}`} data-severity="warning">
      <h3 id={`two-versions-${post.id}`}>{text.t('twoVersions.title')}</h3>
      <p>{text.t('twoVersions.intro')}</p>
      {fields.map((conflict) => (
        <fieldset key={conflict.field} className={styles.conflictField}>
          <legend>{text.field(conflict.field)}</legend>
          <ul>
            {conflict.values.map((entry) => (
              <li key={entry.choice}>
                <span className={styles.conflictValue}>{text.value(conflict.field, entry.value)}</span>{' '}
                <span className={styles.conflictWho}>
                  {text.writtenBy(entry)}
                  {entry.shown ? ` · ${text.t('twoVersions.shown')}` : ''}
                </span>{' '}
                <button
                  type="button"
                  className="small"
                  disabled={resolve.isPending}
                  aria-label={`${entry.shown ? text.t('twoVersions.keepShown') : text.t('twoVersions.keep')}: ${text.field(conflict.field)} “${text.value(conflict.field, entry.value)}”`}
                  onClick={() => resolve.mutate({ target: { postId: post.id }, field: conflict.field, choice: entry.choice })}
                >
                  {entry.shown ? text.t('twoVersions.keepShown') : text.t('twoVersions.keep')}
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
    </section>
  );
}
