import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/domain/channel';
import type { Post } from '../../../shared/domain/post';
import { usePublishAccounts, usePublishMutations } from '../../api/publish-queries';
import { useSettings } from '../../api/settings-queries';
import { useFailureText } from '../../components/forms/use-contract-form';
import { useFormatters } from '../../components/use-formatters';
import styles from './publish.module.css';

/**
 * "Post now" and (Mastodon) "Schedule on the server" for an approved post, per connected channel.
 * The share kit (issue 17 item 1) shows it in its per-channel slot; until then the post editor does.
 */
export function DirectPostActions({ post, channel }: { post: Post; channel: Channel }) {
  const { t } = useTranslation('publish');
  const failureText = useFailureText();
  const { stamp } = useFormatters();
  const timeZone = useSettings().data?.timeZone ?? 'Europe/Helsinki';
  const connected = usePublishAccounts().data?.accounts.some((account) => account.channelId === channel.id);
  const { post: send } = usePublishMutations();
  if (!connected || (post.status !== 'approved' && post.status !== 'published')) return null;
  const run = (onServer: boolean) => send.mutate({ postId: post.id, channelId: channel.id, onServer });
  const result = send.data;
  return (
    <div className={styles.actions}>
      <button type="button" onClick={() => run(false)} disabled={send.isPending}>
        {t('postNow')} · {channel.name}
      </button>
      {channel.kind === 'mastodon' && post.date && post.time ? (
        <button type="button" onClick={() => run(true)} disabled={send.isPending}>
          {t('scheduleOnServer')} · {channel.name}
        </button>
      ) : null}
      <span role="status">
        {send.isPending ? t('posting') : null}
        {result?.kind === 'published' ? (
          <>
            {t('posted', { channel: channel.name })}{' '}
            <a href={result.url} target="_blank" rel="noreferrer">
              {t('openPost')} ↗
            </a>
          </>
        ) : null}
        {result?.kind === 'scheduled' ? t('scheduled', { time: stamp(result.at, timeZone) }) : null}
      </span>
      {send.error ? <p role="alert">{failureText(send.error)}</p> : null}
    </div>
  );
}
