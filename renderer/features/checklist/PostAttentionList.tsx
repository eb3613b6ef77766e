import { useTranslation } from 'react-i18next';
import type { PostAttention } from '../../../shared/api/checklist-contract';
import { heldBackBy, postsNeedingFix, postsWithAdvice } from '../../../shared/checklist/attention';
import { openItems } from '../../../shared/checklist/evaluate-checklist';
import type { Channel } from '../../../shared/domain/channel';
import { useUiStore } from '../../state/ui-store';
import { StatusIcon } from '../../entities/StatusIcon';
import { useFormatters } from '../../components/use-formatters';
import { useIdentityPrompt } from '../../entities/identity/use-identity-prompt';
import { ChecklistItems } from './ChecklistItems';
import { Icon } from '../../components/Icon';
import { OverrideNote } from '../../entities/OverrideNote';
import items from './checklist-items.module.css';
import screen from './checklist-screen.module.css';

/** One post with open items: when, what, its status, and each open item linking to the field that fixes it. */
function PostAttentionCard({ entry, channels, withIdentity }: { entry: PostAttention; channels: Map<string, Channel>; withIdentity: (then: () => void) => void }) {
  const { t } = useTranslation('checklist');
  const { t: tDomain } = useTranslation('domain');
  const format = useFormatters();
  const openPost = useUiStore((state) => state.openPost);
  const { post, checklist } = entry;
  // Items that hold the post back come first.
  const holding = new Set(heldBackBy(entry).map((item) => item.id));
  const open = openItems(checklist).sort((a, b) => Number(holding.has(b.id)) - Number(holding.has(a.id)));
  const channelNames = post.channelIds.map((id) => channels.get(id)?.name).filter(Boolean);
  return (
    <li className={holding.size ? screen.attentionCard : `${screen.attentionCard} ${screen.advice}`}>
      <div className="attention-head">
        <p className={screen.attentionWhen}>
          {post.date ? format.dayLabel(post.date) : t('noDate')}
          {post.time ? ` · ${format.time(post.time)}` : ''}
        </p>
        <h3>
          <button type="button" className="post-title" onClick={() => openPost(post.id)} aria-label={t('openPost', { title: post.title })}>
            {post.title}
          </button>
        </h3>
        <p className={screen.attentionMeta}>
          <span className={`status-badge status-${post.status}`}>
            <StatusIcon status={post.status} size={12} /> {tDomain(`status.${post.status}`)}
          </span>
          {channelNames.length ? <span>{channelNames.join(', ')}</span> : null}
          <span className={screen.openCount}>{t('openCount', { count: open.length })}</span>
        </p>
      </div>
      {post.checklistOverride ? <OverrideNote override={post.checklistOverride} /> : null}
      <ChecklistItems checklist={{ ...checklist, items: open }} postId={post.id} withIdentity={withIdentity} compact onFix={(item) => openPost(post.id, item.id)} />
    </li>
  );
}

export function PostAttentionList({ posts, channels }: { posts: PostAttention[]; channels: Map<string, Channel> }) {
  const { t } = useTranslation('checklist');
  const { withIdentity, prompt } = useIdentityPrompt();
  const toFix = postsNeedingFix({ posts });
  const advice = postsWithAdvice({ posts });
  const list = (entries: PostAttention[], labelledBy: string) => (
    <ul className={items.attentionList} aria-labelledby={labelledBy}>
      {entries.map((entry) => (
        <PostAttentionCard key={entry.post.id} entry={entry} channels={channels} withIdentity={withIdentity} />
      ))}
    </ul>
  );
  return (
    <section className={`panel ${screen.checklistPanel}`} aria-labelledby="checklist-posts-title">
      <h2 id="checklist-posts-title">{t('postsTitle')}</h2>
      <p className="muted">
        {posts.length === 0 ? t('noPosts') : toFix.length + advice.length === 0 ? t('postsAllDone') : t('postsSummary', { fix: toFix.length, advice: advice.length, count: posts.length })}
      </p>
      {toFix.length ? (
        <>
          <h3 className={screen.attentionGroup} data-tone="blocking" id="checklist-to-fix">
            <Icon name="alert" size={16} /> {t('toFixTitle', { count: toFix.length })}
          </h3>
          {list(toFix, 'checklist-to-fix')}
        </>
      ) : null}
      {advice.length ? (
        <>
          <h3 className={screen.attentionGroup} data-tone="advice" id="checklist-advice">
            <Icon name="info" size={16} /> {t('adviceTitle', { count: advice.length })}
          </h3>
          {list(advice, 'checklist-advice')}
        </>
      ) : null}
      {prompt}
    </section>
  );
}
