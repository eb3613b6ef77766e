import { memo, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { firstOfMonth, visibleRange } from '../../../shared/calendar/calendar-range';
import { tagsOf } from '../../../shared/calendar/post-filter';
import type { LocalDate } from '../../../shared/domain/local-time';
import type { CalendarView } from '../../../shared/domain/preferences';
import { calendarViews } from '../../../shared/domain/preferences';
import { awaitingReview } from '../../../shared/review/review-rules';
import type { Channel } from '../../../shared/domain/channel';
import { useChannels } from '../../api/settings-queries';
import { Icon } from '../../components/Icon';
import { useUiStore } from '../../state/ui-store';
import { useFeatureSlots } from '../../entities/feature-slots';
import { lazyPart, usePreloadSoon } from '../../components/lazy-part';
import { CalendarDnd } from './calendar-dnd';
import { CalendarLegend } from './CalendarLegend';
import { CalendarToolbar } from './CalendarToolbar';
import { channelColours } from './channel-colours';
import { DayPostsDialog } from './DayPostsDialog';
import { FilterBar } from './FilterBar';
import { MonthPanes } from './MonthPanes';
import { MoveToDialog } from './MoveToDialog';
import type { ChipContext } from './PostChip';
import { useChipWords } from './PostChip';
import { PostFlagsScope } from '../../entities/post-flags';
import { UnscheduledDrawer } from './UnscheduledDrawer';
import { WeekView } from './WeekView';
import { useFormatters } from '../../components/use-formatters';
import { useCalendarPosition } from './use-calendar-position';
import { useCalendarPosts, useNeighbourPosts } from './use-calendar-posts';

/**
 * The neighbouring ranges' posts and flags, asked for once the screen's own have arrived: stepping there paints
 * from the cache. A component of its own because it watches every request starting and ending (useIsFetching):
 * in the screen, a request started by a month change's own effects rendered the whole calendar a second time
 * in the same task, before the new month could paint.
 */
/**
 * The agenda and its virtual list are not on the first screen of a month or a week (the first screen's code is held
 * under 250 KB gzip, renderer-build.spec): fetched at the user's first move or a moment after the calendar shows,
 * as the editor is (usePreloadSoon), or when the agenda is asked for first.
 */
const AgendaView = lazyPart(() => import('./AgendaView').then((module) => module.AgendaView));
const agendaCode = [AgendaView];

const AskAhead = memo(function AskAhead({ view, date, reviewWeeks, shownHasArrived }: { view: CalendarView; date: LocalDate; reviewWeeks: number; shownHasArrived: boolean }) {
  const [before, after] = useNeighbourPosts(view, date, reviewWeeks, shownHasArrived);
  return (
    <>
      {/* The flags' own requests for the neighbouring ranges, made with their posts'. */}
      <PostFlagsScope posts={before.posts} range={before.range}>
        {null}
      </PostFlagsScope>
      <PostFlagsScope posts={after.posts} range={after.range}>
        {null}
      </PostFlagsScope>
    </>
  );
});

const noChannels: Channel[] = [];

/** The calendar: month, week, agenda and review views of the same posts, with the same filters. */
export function CalendarScreen() {
  const { WelcomePanel, ReviewView, MarketingSummary } = useFeatureSlots();
  const { t } = useTranslation('calendar');
  const position = useCalendarPosition();
  usePreloadSoon(agendaCode);
  const { view, date, today, reviewWeeks } = position;
  const format = useFormatters();
  const openNewPost = useUiStore((state) => state.openNewPost);
  const channelList = useChannels().data;
  const channels = useMemo(() => new Map((channelList ?? []).map((channel) => [channel.id, channel])), [channelList]);
  const colours = useMemo(() => channelColours(channelList ?? []), [channelList]);
  const range = useMemo(() => visibleRange(view, view === 'review' ? today : date, reviewWeeks), [view, date, today, reviewWeeks]);
  const posts = useCalendarPosts(range);
  const title = format.period(position.view, position.date, position.today, position.reviewWeeks);
  const words = useChipWords();
  const chipContext: ChipContext = useMemo(() => ({ channels, colours, format, words }), [channels, colours, format, words]);

  const review = view === 'review';
  const waiting = review ? awaitingReview([...posts.dated, ...posts.undated], today, reviewWeeks) : [];
  const total = review ? awaitingReview([...posts.allDated, ...posts.allUndated], today, reviewWeeks).length : posts.allDated.length + posts.allUndated.length;
  const visible = review ? waiting.length : posts.dated.length + posts.undated.length;
  const tags = useMemo(() => tagsOf([...posts.allDated, ...posts.allUndated]), [posts.allDated, posts.allUndated]);
  const postsOn = (day: LocalDate) => posts.dated.filter((post) => post.date === day);

  return (
    <div className="screen">
      <header className="screen-header">
        <h1>{t('title')}</h1>
        <div className="view-switch" role="group" aria-label={t('views.label')}>
          {calendarViews.map((name) => (
            <button key={name} type="button" aria-pressed={view === name} onClick={() => position.setView(name)}>
              {t(`views.${name}`)}
            </button>
          ))}
        </div>
        <button type="button" className="primary" onClick={() => openNewPost(null)}>
          <Icon name="plus" /> {t('newPost')}
        </button>
      </header>
      <WelcomePanel />
      <CalendarToolbar position={position} title={title} />
      <FilterBar tags={tags} visible={visible} total={total} />
      {position.ready ? (
        <PostFlagsScope posts={[...posts.dated, ...posts.undated]} range={range}>
          {/* In the month view, the shown month is the busy region (MonthPanes.tsx). */}
          <div aria-busy={view === 'month' ? undefined : posts.loading}>
            {view === 'month' || view === 'week' ? (
              <CalendarDnd view={view} firstDay={range.from <= today && today <= range.to ? today : range.from} shownMonth={view === 'month' ? firstOfMonth(date) : null} chipContext={chipContext}>
                <UnscheduledDrawer posts={posts.undated} total={posts.allUndated.length} context={chipContext} />
                {view === 'month' ? (
                  <MonthPanes date={date} today={today} context={chipContext} channels={channelList ?? noChannels} />
                ) : (
                  <WeekView date={date} today={today} posts={posts.dated} context={chipContext} label={title} />
                )}
              </CalendarDnd>
            ) : view === 'agenda' ? (
              <Suspense fallback={null}>
                <AgendaView date={date} today={today} posts={posts.dated} undated={posts.undated} undatedTotal={posts.allUndated.length} channels={channels} />
              </Suspense>
            ) : (
              <ReviewView posts={waiting} weeks={reviewWeeks} onWeeks={position.setReviewWeeks} channels={channels} />
            )}
          </div>
          <AskAhead view={view} date={date} reviewWeeks={reviewWeeks} shownHasArrived={!posts.loading && !posts.placeholder} />
          <DayPostsDialog postsOn={postsOn} context={chipContext} />
          <MoveToDialog />
        </PostFlagsScope>
      ) : (
        <p className="muted">{t('loading')}</p>
      )}
      {view === 'month' ? <MarketingSummary month={date} posts={posts.allDated} channels={channels} /> : null}
      {view === 'month' || view === 'week' ? <CalendarLegend channels={channelList ?? []} colours={colours} /> : null}
    </div>
  );
}
