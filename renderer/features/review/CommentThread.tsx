import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Post } from '../../../shared/domain/post';
import { useReviewMutations } from '../../api/review-queries';
import { useSettings } from '../../api/settings-queries';
import { Icon } from '../../components/Icon';
import { useUiStore } from '../../state/ui-store';
import { useCalendarFormatters } from '../../entities/use-calendar-formatters';
import { SubmitForm } from '../../components/SubmitForm';

/** Board members' remarks on a post: who, when, what; the newest last. */
export function CommentThread({ post, withIdentity }: { post: Post; withIdentity: (then: () => void) => void }) {
  const { t } = useTranslation('review');
  const { t: tCommon } = useTranslation();
  const format = useCalendarFormatters();
  const timeZone = useSettings().data?.timeZone ?? 'Europe/Helsinki';
  const { comment, deleteComment } = useReviewMutations();
  const notify = useUiStore((state) => state.notify);
  const [text, setText] = useState('');
  const id = useId();
  const failed = (error: Error) => notify(tCommon('errors.generic', { message: error.message }));
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
    <div className="comment-thread">
      <h4 id={`${id}-title`}>{t('comments')}</h4>
      {post.comments.length ? (
        <ul className="comments" aria-labelledby={`${id}-title`}>
          {post.comments.map((entry) => (
            <li key={entry.id}>
              <p className="comment-meta">
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
              <p className="comment-text">{entry.text}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('noComments')}</p>
      )}
      <SubmitForm
        className="add-comment"
        onSubmit={() => {
          if (text.trim()) send();
        }}
      >
        <label htmlFor={`${id}-text`} className="sr-only">
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
