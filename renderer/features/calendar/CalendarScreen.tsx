import type { ReactNode } from 'react';
import { memo, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { tagsOf } from '../../../shared/calendar/post-filter';
import type { Channel } from '../../../shared/domain/channel';
import type { CalendarView } from '../../../shared/domain/preferences';
import { calendarViews } from '../../../shared/domain/preferences';
import { awaitingReview } from '../../../shared/review/review-rules';
import { useChannels } from '../../api/settings-queries';
import { Icon } from '../../components/Icon';
import { lazyPart, usePreloadSoon } from '../../components/lazy-part';
import { useFormatters } from '../../components/use-formatters';
import { useFeatureSlots } from '../../entities/feature-slots';
import { PostFlagsScope } from '../../entities/post-flags';
import { useUiStore } from '../../state/ui-store';
import { AskAhead } from './AskAhead';
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
import { UnscheduledDrawer } from './UnscheduledDrawer';
import { CalendarMovesProvider, useCalendarMoves } from './calendar-moves';
import { useCalendarView, useShownRange } from './use-calendar-position';
import { useCalendarPosts } from './use-calendar-posts';
import { WeekView } from './WeekView';

/*
 * The calendar screen reads the view, not the day: each part that shows the day reads it itself (the toolbar, the
 * month or the week, the filters' counts, the marketing summary, the asking ahead), so that a step to another month
 * renders those and leaves the rest of the screen (its header, the drawer, the drag context, the dialogs) as it is
 * (issue 14, a month change in one frame).
 */

/**
 * The agenda and its virtual list are not on the first screen of a month or a week (the first screen's code is held
 * under 250 KB gzip, renderer-build.spec): fetched at the user's first move or a moment after the calendar shows,
 * as the editor is (usePreloadSoon), or when the agenda is asked for first.
 */
const AgendaView = lazyPart(() => import('./AgendaView').then((module) => module.AgendaView));
const agendaCode = [AgendaView];

const noChannels: Channel[] = [];

/** The filters, counting the posts of the days on screen (in the review, those awaiting review) and offering their tags. */
const ShownFilterBar = memo(function ShownFilterBar() {
  const { view, today, reviewWeeks, range } = useShownRange();
  const posts = useCalendarPosts(range);
  const { allDated, allUndated, dated, undated } = posts;
  const tags = useMemo(() => tagsOf([...allDated, ...allUndated]), [allDated, allUndated]);
  const review = view === 'review';
  const total = review ? awaitingReview([...allDated, ...allUndated], today, reviewWeeks).length : allDated.length + allUndated.length;
  const visible = review ? awaitingReview([...dated, ...undated], today, reviewWeeks).length : dated.length + undated.length;
  return <FilterBar tags={tags} visible={visible} total={total} />;
});

/**
 * The calendar's busy region and the badges of the week, the agenda and the review (over their days). The month has
 * both per month (MonthPanes.tsx) and reads no day here. The same element in every view, so that a switch between the
 * month and the week keeps the drag context and the drawer inside it.
 */
function ShownRangeScope({ view, children, aside }: { view: CalendarView; children: ReactNode; aside: ReactNode }) {
  const month = view === 'month';
  const { range } = useShownRange(!month);
  const posts = useCalendarPosts(month ? null : range);
  const shown = useMemo(() => [...posts.dated, ...posts.undated], [posts.dated, posts.undated]);
  return (
    <PostFlagsScope posts={shown} range={month ? null : range}>
      <div aria-busy={month ? undefined : posts.loading}>{children}</div>
      {aside}
    </PostFlagsScope>
  );
}

function ShownWeek({ context }: { context: ChipContext }) {
  const format = useFormatters();
  const { view, date, today, reviewWeeks, range } = useShownRange();
  const posts = useCalendarPosts(range);
  return <WeekView date={date} today={today} posts={posts.dated} context={context} label={format.period(view, date, today, reviewWeeks)} />;
}

function ShownAgenda({ channels }: { channels: Map<string, Channel> }) {
  const { date, today, range } = useShownRange();
  const posts = useCalendarPosts(range);
  return <AgendaView date={date} today={today} posts={posts.dated} undated={posts.undated} undatedTotal={posts.allUndated.length} channels={channels} />;
}

function ShownReview({ channels }: { channels: Map<string, Channel> }) {
  const { ReviewView } = useFeatureSlots();
  const move = useCalendarMoves();
  const { today, reviewWeeks, range } = useShownRange();
  const posts = useCalendarPosts(range);
  const waiting = awaitingReview([...posts.dated, ...posts.undated], today, reviewWeeks);
  return <ReviewView posts={waiting} weeks={reviewWeeks} onWeeks={(weeks) => move({ reviewWeeks: weeks })} channels={channels} />;
}

/** The marketing rule under the month, judged on the shown month's posts. */
function ShownMarketingSummary({ channels }: { channels: Map<string, Channel> }) {
  const { MarketingSummary } = useFeatureSlots();
  const { date, range } = useShownRange();
  const posts = useCalendarPosts(range);
  return <MarketingSummary month={date} posts={posts.allDated} channels={channels} />;
}

/** The calendar: month, week, agenda and review views of the same posts, with the same filters. */
export function CalendarScreen() {
  return (
    <CalendarMovesProvider>
      <CalendarParts />
    </CalendarMovesProvider>
  );
}

function CalendarParts() {
  const { WelcomePanel } = useFeatureSlots();
  const { t } = useTranslation('calendar');
  const move = useCalendarMoves();
  const { ready, view } = useCalendarView();
  usePreloadSoon(agendaCode);
  const format = useFormatters();
  const openNewPost = useUiStore((state) => state.openNewPost);
  const channelList = useChannels().data ?? noChannels;
  const channels = useMemo(() => new Map(channelList.map((channel) => [channel.id, channel])), [channelList]);
  const colours = useMemo(() => channelColours(channelList), [channelList]);
  const words = useChipWords();
  const chipContext: ChipContext = useMemo(() => ({ channels, colours, format, words }), [channels, colours, format, words]);

  return (
    <div className="screen">
      <header className="screen-header">
        <h1>{t('title')}</h1>
        <div className="view-switch" role="group" aria-label={t('views.label')}>
          {calendarViews.map((name) => (
            <button key={name} type="button" aria-pressed={view === name} onClick={() => move({ calendarView: name })}>
              {t(`views.${name}`)}
            </button>
          ))}
        </div>
        <button type="button" className="primary" onClick={() => openNewPost(null)}>
          <Icon name="plus" /> {t('newPost')}
        </button>
      </header>
      <WelcomePanel />
      <CalendarToolbar />
      <ShownFilterBar />
      {ready ? (
        <ShownRangeScope
          view={view}
          aside={
            <>
              <AskAhead view={view} />
              <DayPostsDialog context={chipContext} />
              <MoveToDialog />
            </>
          }
        >
          {view === 'month' || view === 'week' ? (
            <CalendarDnd chipContext={chipContext}>
              <UnscheduledDrawer context={chipContext} />
              {view === 'month' ? <MonthPanes context={chipContext} channels={channelList} /> : <ShownWeek context={chipContext} />}
            </CalendarDnd>
          ) : view === 'agenda' ? (
            <Suspense fallback={null}>
              <ShownAgenda channels={channels} />
            </Suspense>
          ) : (
            <ShownReview channels={channels} />
          )}
        </ShownRangeScope>
      ) : (
        <p className="muted">{t('loading')}</p>
      )}
      {view === 'month' ? <ShownMarketingSummary channels={channels} /> : null}
      {view === 'month' || view === 'week' ? <CalendarLegend channels={channelList} colours={colours} /> : null}
    </div>
  );
}
