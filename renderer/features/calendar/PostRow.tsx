import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/domain/channel';
import type { Post } from '../../../shared/domain/post';
import { Icon } from '../../components/Icon';
import { useFormatters } from '../../components/use-formatters';
import { useUiStore } from '../../state/ui-store';
import { CoverageFlag } from '../roster/CoverageFlag';
import { useDeletePostWithUndo } from './use-delete-post';

export function PostRow({ post, channels, today }: { post: Post; channels: Map<string, Channel>; today: string }) {
  const { t } = useTranslation('calendar');
  const { t: tDomain } = useTranslation('domain');
  const format = useFormatters();
  const openPost = useUiStore((state) => state.openPost);
  const deletePost = useDeletePostWithUndo();
  const channelNames = post.channelIds.map((id) => channels.get(id)?.name).filter((name): name is string => Boolean(name));
  return (
    <li className={`post-row status-${post.status}`} data-today={post.date === today ? 'true' : undefined}>
      <span className="post-when">
        {post.date ? <span className="post-day">{format.shortDay(post.date)}</span> : null}
        <span className="post-time">{post.time ? format.time(post.time) : '–'}</span>
      </span>
      <button type="button" className="post-title" onClick={() => openPost(post.id)} aria-label={t('editPost', { title: post.title })}>
        {post.title}
      </button>
      <span className="post-channels">
        {channelNames.length ? channelNames.map((name) => <span className="chip" key={name}>{name}</span>) : <span className="muted">{t('noChannel')}</span>}
        {post.marketing ? <span className="chip chip-marketing">{t('marketing')}</span> : null}
        <CoverageFlag post={post} />
      </span>
      <span className={`status-badge status-${post.status}`}>{tDomain(`status.${post.status}`)}</span>
      <button type="button" className="icon-button" onClick={() => deletePost(post)} aria-label={t('deletePost', { title: post.title })} title={t('deletePost', { title: post.title })}>
        <Icon name="trash" />
      </button>
    </li>
  );
}

