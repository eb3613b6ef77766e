import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { groupByWeek, isoWeeksFrom, plusDays, todayIn } from '../../../shared/calendar/calendar-dates';
import { localDate } from '../../../shared/domain/local-time';
import { usePostsBetween, useUndatedPosts } from '../../api/posts-queries';
import { useChannels, useSettings } from '../../api/settings-queries';
import { Icon } from '../../components/Icon';
import { useFormatters } from '../../components/use-formatters';
import { useUiStore } from '../../state/ui-store';
import { AgendaWeek } from './AgendaWeek';
import { PostRow } from './PostRow';

const WEEKS_SHOWN = 6;

export function CalendarScreen() {
  const { t } = useTranslation('calendar');
  const format = useFormatters();
  const timeZone = useSettings().data?.timeZone ?? 'Europe/Helsinki';
  const today = todayIn(timeZone, new Date());
  const agendaStart = useUiStore((state) => state.agendaStart);
  const setAgendaStart = useUiStore((state) => state.setAgendaStart);
  const openNewPost = useUiStore((state) => state.openNewPost);

  const weeks = useMemo(() => isoWeeksFrom(localDate(agendaStart ?? today), WEEKS_SHOWN), [agendaStart, today]);
  const from = weeks[0].start;
  const to = weeks[weeks.length - 1].end;
  const posts = usePostsBetween(from, to);
  const undated = useUndatedPosts();
  const channels = useChannels();
  const channelsById = useMemo(() => new Map((channels.data ?? []).map((channel) => [channel.id, channel])), [channels.data]);
  const grouped = useMemo(() => groupByWeek(weeks, posts.data ?? []), [weeks, posts.data]);
  const shift = (days: number) => setAgendaStart(plusDays(from, days));

  return (
    <div className="screen calendar-screen">
      <header className="screen-header">
        <h1>{t('title')}</h1>
        <div className="view-switch" role="group" aria-label={t('views.label')}>
          <button type="button" aria-pressed="true">
            {t('views.agenda')}
          </button>
          <button type="button" aria-pressed="false" disabled>
            {t('views.month')}
          </button>
          <button type="button" aria-pressed="false" disabled>
            {t('views.week')}
          </button>
        </div>
        <button type="button" className="primary" onClick={() => openNewPost(null)}>
          <Icon name="plus" /> {t('newPost')}
        </button>
      </header>

      <div className="toolbar">
        <button type="button" onClick={() => shift(-7 * WEEKS_SHOWN)}>
          <Icon name="left" size={16} /> {t('earlier')}
        </button>
        <button type="button" onClick={() => setAgendaStart(null)} disabled={agendaStart === null}>
          {t('thisWeek')}
        </button>
        <button type="button" onClick={() => shift(7 * WEEKS_SHOWN)}>
          {t('later')} <Icon name="right" size={16} />
        </button>
        <span className="toolbar-range" aria-live="polite">
          {t('rangeLabel', { from: weeks[0].week, to: weeks[weeks.length - 1].week })} · {format.date(from)} – {format.date(to)}
        </span>
      </div>

      <div className="agenda" aria-busy={posts.isLoading}>
        {grouped.map(({ week, items }) => (
          <AgendaWeek key={week.start} week={week} posts={items} channels={channelsById} today={today} onAdd={() => openNewPost(week.start <= today && today <= week.end ? today : week.start)} />
        ))}
      </div>

      <section className="agenda-week unscheduled" aria-labelledby="unscheduled-title">
        <header className="week-header">
          <h2 id="unscheduled-title">{t('unscheduled')}</h2>
          <span className="muted">{t('postCount', { count: undated.data?.length ?? 0 })}</span>
        </header>
        {undated.data?.length ? (
          <ul className="post-list">
            {undated.data.map((post) => (
              <PostRow key={post.id} post={post} channels={channelsById} today={today} />
            ))}
          </ul>
        ) : (
          <p className="empty">{t('unscheduledEmpty')}</p>
        )}
      </section>
    </div>
  );
}
