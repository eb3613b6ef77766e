import { useTranslation } from 'react-i18next';
import { useFailureText } from '../../components/forms/use-contract-form';
import { usePostMutations, useTrashedPosts } from '../../api/posts-queries';
import { useSettings } from '../../api/settings-queries';
import { useFormatters } from '../../components/use-formatters';
import { useUiStore } from '../../state/ui-store';
import styles from './settings.module.css';

/** Settings › Deleted posts: the trash, newest deletion first, each post brought back with one click. */
export function TrashSettings() {
  const { t } = useTranslation('settings');
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
          {trashed.data.map(({ post, deletedAt }) => (
            <li key={post.id}>
              <span>
                <strong>{post.title}</strong> <span className="muted">{t('trash.deletedAt', { when: format.stamp(deletedAt, timeZone) })}</span>
              </span>
              <button
                type="button"
                aria-label={t('trash.restoreNamed', { title: post.title })}
                disabled={restore.isPending}
                onClick={() =>
                  restore.mutate(post.id, {
                    onSuccess: (restored) => notify(t('trash.restored', { title: restored.title })),
                    onError: (failure) => notify(failureText(failure)),
                  })
                }
              >
                {t('trash.restore')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
