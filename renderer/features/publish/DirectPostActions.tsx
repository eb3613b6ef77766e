import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/domain/channel';
import type { Post } from '../../../shared/domain/post';
import { usePublishAccounts, usePublishMutations, useScheduledPosts } from '../../api/publish-queries';
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
  const { post: send, checkScheduled } = usePublishMutations();
  const onServer = useScheduledPosts().data?.find((entry) => entry.postId === post.id && entry.channelId === channel.id);
  const waiting = onServer?.state === 'waiting';
  const check = checkScheduled.mutate;
  // Opening the post asks the server whether its scheduled copy went out meanwhile.
  useEffect(() => {
    if (waiting) check({ postId: post.id });
  }, [waiting, check, post.id]);
  if (!connected || (post.status !== 'approved' && post.status !== 'published')) return null;
  // Until the server has posted it the channel is "scheduled", never "published"; it offers no second posting.
  if (waiting) {
    return (
      <p className={styles.actions} role="status">
        {t('scheduledWaiting', { time: stamp(onServer.at, timeZone) })}
      </p>
    );
  }
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
      </span>
      {onServer?.state === 'deleted' && !send.data ? <p className={styles.warning}>{t('scheduledDeleted', { time: stamp(onServer.at, timeZone) })}</p> : null}
      {send.error ? <p role="alert">{failureText(send.error)}</p> : null}
    </div>
  );
}
