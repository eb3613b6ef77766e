import { useTranslation } from 'react-i18next';
import type { Post } from '../../../shared/domain/post';
import { canApprove } from '../../../shared/review/review-rules';
import { useReviewMutations } from '../../api/review-queries';
import { useSettings } from '../../api/settings-queries';
import { useUiStore } from '../../state/ui-store';
import { useCalendarFormatters } from '../calendar/use-calendar-formatters';

/** "Approved by Maija Virtanen on 25.11.2026 12.05", or the Approve button (asking for your name first if needed). */
export function ApprovalLine({ post, withName }: { post: Post; withName: (then: () => void) => void }) {
  const { t } = useTranslation('review');
  const { t: tCommon } = useTranslation();
  const format = useCalendarFormatters();
  const timeZone = useSettings().data?.timeZone ?? 'Europe/Helsinki';
  const { approve } = useReviewMutations();
  const notify = useUiStore((state) => state.notify);
  const approveNow = () =>
    withName(() =>
      approve.mutate(post.id, {
        onSuccess: () => notify(t('approved', { title: post.title })),
        onError: (error) => notify(tCommon('errors.generic', { message: error.message })),
      }),
    );
  return (
    <div className="approval-line">
      {post.approval ? (
        <p className="approved-by">{t('approvedBy', { name: post.approval.by, when: format.stamp(post.approval.at, timeZone) })}</p>
      ) : (
        <p className="muted">{t('notApproved')}</p>
      )}
      {canApprove(post) ? (
        <button type="button" className="primary" aria-label={t('approveTitle', { title: post.title })} onClick={approveNow} disabled={approve.isPending}>
          {t('approve')}
        </button>
      ) : null}
    </div>
  );
}
