import { useTranslation } from 'react-i18next';
import { useFailureText } from '../../components/forms/use-contract-form';
import { usePlanConflicts } from '../../api/plan-queries';
import { usePostMutations, useTrashedPosts } from '../../api/posts-queries';
import { useSettings } from '../../api/settings-queries';
import { useFormatters } from '../../components/use-formatters';
import { monthInSentence } from '../../entities/month-words';
import { useUiStore } from '../../state/ui-store';
import type { Language } from '../../../shared/domain/settings';
import styles from './settings.module.css';

/**
 * Settings › Deleted posts: the trash, newest deletion first, each post brought back with one
 * click. A post moved on another laptop while deleted here is also in the calendar: bringing
 * it back keeps that one as it is (no second copy), so the button says so.
 */
export function TrashSettings() {
  const { t, i18n } = useTranslation('settings');
  const shown = new Map((usePlanConflicts().data?.movedWhileDeleted ?? []).map((entry) => [entry.postId, entry.month]));
  const where = (bucket: string) => monthInSentence(bucket, (i18n.resolvedLanguage ?? 'en') as Language) ?? t('trash.undated');
  const failureText = useFailureText();
  const format = useFormatters();
  const timeZone = useSettings().data?.timeZone ?? 'Europe/Helsinki';
  const trashed = useTrashedPosts();
  const { restore } = usePostMutations();
  const notify = useUiStore((state) => state.notify);
  return (
    <section className="panel" aria-labelledby="trash-title">
      <h2 id="trash-title">{t('trash.title')}</h2>
      <p className="muted">{t('trash.hint')}</p>
      {trashed.error ? <p role="alert">{failureText(trashed.error)}</p> : null}
      {trashed.data?.length === 0 ? <p>{t('trash.empty')}</p> : null}
      {trashed.data?.length ? (
        <ul className={styles.trashList}>
          {trashed.data.map(({ post, deletedAt }) => {
            const month = shown.get(post.id);
            return (
              <li key={post.id}>
                <span>
                  <strong>{post.title}</strong> <span className="muted">{t('trash.deletedAt', { when: format.stamp(deletedAt, timeZone) })}</span>
                  {month === undefined ? null : <span className={styles.alsoShown}>{t('trash.alsoShown', { where: where(month) })}</span>}
                </span>
                <button
                  type="button"
                  aria-label={t(month === undefined ? 'trash.restoreNamed' : 'trash.keepNamed', { title: post.title })}
                  disabled={restore.isPending}
                  onClick={() =>
                    restore.mutate(post.id, {
                      onSuccess: (restored) => notify(t(month === undefined ? 'trash.restored' : 'trash.kept', { title: restored.title })),
                      onError: (failure) => notify(failureText(failure)),
                    })
                  }
                >
                  {t(month === undefined ? 'trash.restore' : 'trash.keep')}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
