import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Post } from '../../../shared/domain/post';
import { canApprove } from '../../../shared/review/review-rules';
import { usePostMutations } from '../../api/posts-queries';
import { useReviewMutations } from '../../api/review-queries';
import { useSettings } from '../../api/settings-queries';
import { useUiStore } from '../../state/ui-store';
import { useFormatters } from '../../components/use-formatters';
import { useFeatureSlots } from '../../entities/feature-slots';
import { OverrideNote } from '../../entities/OverrideNote';
import { useFailureText } from '../../components/forms/use-contract-form';
import styles from './review.module.css';

/** "Approved by Maija Virtanen on 25.11.2026 12.05", or the Approve button (asking for your name first if needed). */
export function ApprovalLine({ post, withIdentity }: { post: Post; withIdentity: (then: () => void) => void }) {
  const { isChecklistGate, OverrideDialog } = useFeatureSlots();
  const { t } = useTranslation('review');
  const failureText = useFailureText();
  const format = useFormatters();
  const timeZone = useSettings().data?.timeZone ?? 'Europe/Helsinki';
  const { approve } = useReviewMutations();
  const { update } = usePostMutations();
  const notify = useUiStore((state) => state.notify);
  // Required checklist items open: main refuses, and the person may approve anyway with a reason.
  const [gate, setGate] = useState(false);
  // The button is disabled while main answers, which drops its focus: the dialog cannot give it back by itself.
  const approveButton = useRef<HTMLButtonElement>(null);
  const closeGate = () => {
    setGate(false);
    requestAnimationFrame(() => approveButton.current?.focus());
  };
  const approveNow = () =>
    withIdentity(() =>
      approve.mutate(post.id, {
        onSuccess: () => notify(t('approved', { title: post.title })),
        onError: (error) => (isChecklistGate(error) ? setGate(true) : notify(failureText(error))),
      }),
    );
  return (
    <div className={styles.approvalLine}>
      {post.approval ? (
        <p className={styles.approvedBy}>{t('approvedBy', { name: post.approval.by, when: format.stamp(post.approval.at, timeZone) })}</p>
      ) : (
        <p className="muted">{t('notApproved')}</p>
      )}
      {post.checklistOverride ? <OverrideNote override={post.checklistOverride} /> : null}
      {gate ? <OverrideDialog post={post} onClose={closeGate} /> : null}
      {post.status === 'idea' || post.status === 'draft' ? (
        <button
          type="button"
          onClick={() =>
            update.mutate(
              { id: post.id, changes: { status: 'in-review' } },
              { onSuccess: () => notify(t('sentToReview', { title: post.title })), onError: (error) => notify(failureText(error)) },
            )
          }
          disabled={update.isPending}
        >
          {t('sendToReview')}
        </button>
      ) : null}
      {/* Approving is the step after review; before it, approving says that it skips the review. */}
      {post.status === 'in-review' ? (
        <button ref={approveButton} type="button" className="primary" aria-label={t('approveTitle', { title: post.title })} onClick={approveNow} disabled={approve.isPending}>
          {t('approve')}
        </button>
      ) : canApprove(post) ? (
        <button ref={approveButton} type="button" aria-label={t('approveWithoutReviewTitle', { title: post.title })} onClick={approveNow} disabled={approve.isPending}>
          {t('approveWithoutReview')}
        </button>
      ) : null}
    </div>
  );
}
