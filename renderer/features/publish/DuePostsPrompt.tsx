import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api-context';
import { duePostsQuery, usePublishMutations } from '../../api/publish-queries';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { useFailureText } from '../../components/forms/use-contract-form';

/**
 * Bluesky cannot schedule: approved posts whose time passed while the app was closed are
 * asked about once when it opens, and go out only if the volunteer says so.
 */
export function DuePostsPrompt() {
  const { t } = useTranslation('publish');
  const api = useApi();
  const due = useQuery(duePostsQuery(api)).data ?? [];
  const { post } = usePublishMutations();
  const failureText = useFailureText();
  const [dismissed, setDismissed] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  if (dismissed || due.length === 0) return null;
  const postAll = async () => {
    setFailure(null);
    for (const item of due) {
      try {
        await post.mutateAsync({ postId: item.postId, channelId: item.channelId, onServer: false });
      } catch (error) {
        setFailure(failureText(error as Error));
        return;
      }
    }
    setDismissed(true);
  };
  return (
    <Dialog title={t('dueTitle')} onDismiss={() => setDismissed(true)}>
      <p>{t('dueIntro')}</p>
      <ul>
        {due.map((item) => (
          <li key={`${item.postId}-${item.channelId}`}>{item.title}</li>
        ))}
      </ul>
      {failure ? <p role="alert">{failure}</p> : null}
      <DialogActions onCancel={() => setDismissed(true)} cancel={t('notNow')} confirm={t('postDue')} disabled={post.isPending} onConfirm={() => void postAll()} />
    </Dialog>
  );
}
