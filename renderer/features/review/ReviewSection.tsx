import { useTranslation } from 'react-i18next';
import type { Post } from '../../../shared/domain/post';
import { ApprovalLine } from './ApprovalLine';
import { CommentThread } from './CommentThread';
import { useIdentityPrompt } from '../../entities/identity/use-identity-prompt';
import styles from './review.module.css';

/** The review part of the post editor: approval (who and when) and the comments. */
export function ReviewSection({ post }: { post: Post }) {
  const { t } = useTranslation('review');
  const { withIdentity, prompt } = useIdentityPrompt();
  return (
    <section className={styles.reviewSection} aria-labelledby="review-section-title">
      <h3 id="review-section-title">{t('reviewSection')}</h3>
      <ApprovalLine post={post} withIdentity={withIdentity} />
      <CommentThread post={post} withIdentity={withIdentity} />
      {prompt}
    </section>
  );
}
