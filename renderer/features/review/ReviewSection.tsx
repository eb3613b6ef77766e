import { useTranslation } from 'react-i18next';
import type { Post } from '../../../shared/domain/post';
import { ApprovalLine } from './ApprovalLine';
import { CommentThread } from './CommentThread';
import { useUserNamePrompt } from '../../entities/use-user-name-prompt';
import styles from './review.module.css';

/** The review part of the post editor: approval (who and when) and the comments. */
export function ReviewSection({ post }: { post: Post }) {
  const { t } = useTranslation('review');
  const { withName, prompt } = useUserNamePrompt();
  return (
    <section className={styles.reviewSection} aria-labelledby="review-section-title">
      <h3 id="review-section-title">{t('reviewSection')}</h3>
      <ApprovalLine post={post} withName={withName} />
      <CommentThread post={post} withName={withName} />
      {prompt}
    </section>
  );
}
