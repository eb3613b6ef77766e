import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFailureText } from '../../components/forms/use-contract-form';
import type { Post } from '../../../shared/domain/post';
import type { PostVersion } from '../../../shared/domain/post-history';
import type { LocaleResources } from '../../../shared/locales/locales';
import { usePostHistory, useRestoreVersion } from '../../api/posts-queries';
import { useSettings } from '../../api/settings-queries';
import { Dialog } from '../../components/Dialog';
import { useFormatters } from '../../components/use-formatters';
import { useUiStore } from '../../state/ui-store';
import styles from './post-history.module.css';

/** The fields the history names in words; any other (a field added later) is left out rather than shown raw. */
type Worded = keyof LocaleResources['postEditor']['history']['field'];

/**
 * A post's versions, newest first: when (on the association's clock), who, and which
 * fields changed, in words. Restoring one writes its content as a new change (after a
 * confirmation); the editor then shows it. Undo is restoring the version before.
 */
export function PostHistoryDialog({ post, onClose, onRestored }: { post: Post; onClose: () => void; onRestored: (post: Post) => void }) {
  const { t, i18n } = useTranslation('postEditor');
  const { t: tCommon } = useTranslation();
  const failureText = useFailureText();
  const isWorded = (field: string): field is Worded => i18n.exists(`history.field.${field}`, { ns: 'postEditor' });
  const format = useFormatters();
  const timeZone = useSettings().data?.timeZone ?? 'Europe/Helsinki';
  const history = usePostHistory(post.id);
  const restore = useRestoreVersion();
  const notify = useUiStore((state) => state.notify);
  const [confirming, setConfirming] = useState<PostVersion | null>(null);
  const [error, setError] = useState<string | null>(null);
  const when = (version: PostVersion) => format.stamp(version.at, timeZone);
  const fieldsOf = (version: PostVersion) =>
    version.fields
      .filter(isWorded)
      .map((field) => t(`history.field.${field}`))
      .join(', ');

  const confirm = (version: PostVersion) =>
    restore.mutate(
      { id: post.id, version: version.version },
      {
        onSuccess: (restored) => {
          notify(t('history.restored', { when: when(version) }));
          onRestored(restored);
          onClose();
        },
        onError: (failure) => setError(failureText(failure)),
      },
    );

  return (
    <Dialog title={t('history.title')} onDismiss={onClose} className="small-dialog">
      {history.error ? <p role="alert">{failureText(history.error)}</p> : null}
      {history.data ? (
        history.data.length ? (
          <ol className={`entry-list ${styles.postHistory}`} aria-label={t('history.title')}>
            {history.data.map((version) => (
              <li key={version.version}>
                <p>
                  <strong>{when(version)}</strong> · {version.author?.name ?? t('history.unknownAuthor')}
                </p>
                {fieldsOf(version) ? <p className="muted">{t('history.changed', { fields: fieldsOf(version) })}</p> : null}
                {confirming?.version === version.version ? (
                  <div className="confirm-discard" role="alertdialog" aria-labelledby={`confirm-${version.version}`}>
                    <p id={`confirm-${version.version}`}>{t('history.confirm', { when: when(version) })}</p>
                    <button type="button" className="primary" disabled={restore.isPending} onClick={() => confirm(version)}>
                      {t('history.confirmButton')}
                    </button>
                    <button type="button" autoFocus onClick={() => setConfirming(null)}>
                      {tCommon('actions.cancel')}
                    </button>
                  </div>
                ) : (
                  <button type="button" onClick={() => setConfirming(version)}>
                    {t('history.restore')}
                  </button>
                )}
              </li>
            ))}
          </ol>
        ) : (
          <p>{t('history.empty')}</p>
        )
      ) : (
        <p>{tCommon('loading')}</p>
      )}
      {error ? (
        <p className="form-alert" role="alert">
          {error}
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {tCommon('actions.close')}
        </button>
      </div>
    </Dialog>
  );
}
