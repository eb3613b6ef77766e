import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Post } from '../../../shared/domain/post';
import { useReviewMutations } from '../../api/review-queries';
import { useSettings } from '../../api/settings-queries';
import { Icon } from '../../components/Icon';
import { useUiStore } from '../../state/ui-store';
import { useFormatters } from '../../components/use-formatters';
import { SubmitForm } from '../../components/SubmitForm';
import { useFailureText } from '../../components/forms/use-contract-form';
import styles from './review.module.css';

/** Board members' remarks on a post: who, when, what; the newest last. */
export function CommentThread({ post, withIdentity }: { post: Post; withIdentity: (then: () => void) => void }) {
  const { t } = useTranslation('review');
  const failureText = useFailureText();
  const format = useFormatters();
  const timeZone = useSettings().data?.timeZone ?? 'Europe/Helsinki';
  const { comment, deleteComment } = useReviewMutations();
  const notify = useUiStore((state) => state.notify);
  const [text, setText] = useState('');
  const id = useId();
  const failed = (error: Error) => notify(failureText(error));
  const send = () =>
    withIdentity(() =>
      comment.mutate(
        { id: post.id, text },
        {
          onSuccess: () => {
            setText('');
            notify(t('commented'));
          },
          onError: failed,
        },
      ),
    );
  return (
    <div className={styles.commentThread}>
      <h4 id={`${id}-title`}>{t('comments')}</h4>
      {post.comments.length ? (
        <ul className={styles.comments} aria-labelledby={`${id}-title`}>
          {post.comments.map((entry) => (
            <li key={entry.id}>
              <p className={styles.commentMeta}>
                <strong>{entry.author}</strong> <span className="muted">{format.stamp(entry.at, timeZone)}</span>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('deleteComment', { author: entry.author })}
                  title={t('deleteComment', { author: entry.author })}
                  onClick={() => deleteComment.mutate({ id: post.id, commentId: entry.id }, { onError: failed })}
                >
                  <Icon name="close" size={14} />
                </button>
              </p>
              <p className={styles.commentText}>{entry.text}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('noComments')}</p>
      )}
      <SubmitForm
        className={styles.addComment}
        onSubmit={() => {
          if (text.trim()) send();
        }}
      >
        <label htmlFor={`${id}-text`} className="visually-hidden">
          {t('commentLabel', { title: post.title })}
        </label>
        <textarea id={`${id}-text`} rows={2} value={text} placeholder={t('comment')} onChange={(event) => setText(event.target.value)} />
        <button type="submit" disabled={!text.trim() || comment.isPending}>
          {t('addComment')}
        </button>
      </SubmitForm>
    </div>
  );
}
