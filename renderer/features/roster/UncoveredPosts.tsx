import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePostsBetween } from '../../api/posts-queries';
import { useCoverageBetween, useUpdateResponseWindow } from '../../api/roster-queries';
import { useChannels, useSettings } from '../../api/settings-queries';
import { Field } from '../../components/Field';
import { useFormatters } from '../../components/use-formatters';
import { useUiStore } from '../../state/ui-store';
import { Icon } from '../../components/Icon';
import type { RosterPeriod } from './use-roster-period';
import styles from './roster.module.css';

/** Posts in the weeks shown that go out with nobody answering on some channel, and the window that decides it. */
export function UncoveredPosts({ period }: { period: RosterPeriod }) {
  const { t } = useTranslation('roster');
  const format = useFormatters();
  const coverage = useCoverageBetween(period.from, period.to);
  const posts = new Map((usePostsBetween(period.from, period.to).data ?? []).map((post) => [post.id, post]));
  const channels = new Map((useChannels().data ?? []).map((channel) => [channel.id, channel.name]));
  const openPost = useUiStore((state) => state.openPost);
  const hours = useSettings().data?.responseWindowHours ?? 48;
  const [draft, setDraft] = useState<string | null>(null);
  const updateWindow = useUpdateResponseWindow();
  const uncovered = coverage.data?.gaps ?? [];
  const goingOut = coverage.data?.goingOut ?? 0;

  const saveWindow = () => {
    const value = Number(draft);
    if (draft !== null && Number.isInteger(value) && value >= 1 && value <= 336 && value !== hours) updateWindow.mutate(value);
    setDraft(null);
  };

  return (
    <section className={`panel ${styles.coveragePanel}`} aria-labelledby="coverage-title">
      <div className={styles.panelHeader}>
        <h2 id="coverage-title">{t('coverage.title')}</h2>
        <Field label={t('coverage.window')} hint={t('coverage.windowHint')} className={styles.windowField}>
          {(props) => (
            <input
              {...props}
              type="number"
              min={1}
              max={336}
              value={draft ?? String(hours)}
              onChange={(event) => setDraft(event.target.value)}
              onBlur={saveWindow}
              onKeyDown={(event) => {
                if (event.key === 'Enter') saveWindow();
              }}
            />
          )}
        </Field>
      </div>
      {coverage.isLoading ? null : uncovered.length === 0 ? (
        <p className={styles.allCovered}>{goingOut ? t('coverage.allCovered', { count: goingOut }) : t('coverage.noPosts')}</p>
      ) : (
        <ul className={styles.uncoveredList}>
          {uncovered.map((item) => {
            const post = posts.get(item.postId);
            return (
              <li key={item.postId}>
                <Icon name="alert" size={15} />
                <button type="button" className="post-title" onClick={() => openPost(item.postId)}>
                  {post?.title ?? item.postId}
                </button>
                <span className="muted">{post?.date ? `${format.dayHeader(post.date)} ${format.time(post.time)}` : null}</span>
                <span className={styles.uncoveredDetail}>
                  {item.uncovered
                    .map((gap) => t('coverage.missing', { channel: gap.channelId ? (channels.get(gap.channelId) ?? '?') : t('coverage.anyChannel'), days: gap.days.map((day) => format.dayMonth(day)).join(', ') }))
                    .join('; ')}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <p className="muted">{t('coverage.explain', { hours })}</p>
    </section>
  );
}
