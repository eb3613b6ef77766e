import type { ReactNode } from 'react';
import { useCallback, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AGENDA_WEEKS } from '../../../shared/calendar/calendar-range';
import { groupByWeek, isoWeeksFrom } from '../../../shared/calendar/calendar-dates';
import type { Channel } from '../../../shared/domain/channel';
import type { LocalDate } from '../../../shared/domain/local-time';
import type { Post } from '../../../shared/domain/post';
import { useDeleteAsking } from '../../entities/use-delete-asking';
import { useUiStore } from '../../state/ui-store';
import { AgendaWeek } from './AgendaWeek';
import { PostRow, useRowContext } from './PostRow';
import type { WeekRows } from './use-agenda-window';
import { everyRow, mountsEveryRow, useAgendaWindow } from './use-agenda-window';
import styles from './agenda.module.css';

/** A long agenda's weeks: only the rows near the window are mounted (use-agenda-window.ts). */
function WindowedWeeks({ rowCounts, weekList }: { rowCounts: number[]; weekList: (weekRows: (week: number) => WeekRows, measure: (row: HTMLLIElement | null) => void) => ReactNode }) {
  const { listStart, weekRows, onFocus, measure } = useAgendaWindow(rowCounts);
  return (
    <div className={styles.agenda} ref={listStart} onFocus={onFocus}>
      {weekList(weekRows, measure)}
    </div>
  );
}

/** Six ISO weeks as lists ("Viikko 48"), empty weeks included so gaps in the plan show; then the unscheduled posts. */
export function AgendaView({ date, today, posts, undated, undatedTotal, channels }: { date: LocalDate; today: LocalDate; posts: Post[]; undated: Post[]; undatedTotal: number; channels: Map<string, Channel> }) {
  const { t } = useTranslation('calendar');
  const openNewPost = (day: LocalDate) => useUiStore.getState().openNewPost(day);
  const { remove, question } = useDeleteAsking();
  // One function for the list's life, so that a memoised row does not render again for a new one.
  const latestRemove = useRef(remove);
  useLayoutEffect(() => {
    latestRemove.current = remove;
  });
  const deletePost = useCallback((post: Post) => latestRemove.current(post), []);
  const context = useRowContext(channels, today, deletePost);
  const weeks = groupByWeek(isoWeeksFrom(date, AGENDA_WEEKS), posts);
  const rowCounts = weeks.map(({ items }) => items.length);
  const weekList = (weekRows: (week: number) => WeekRows, measure?: (row: HTMLLIElement | null) => void) =>
    weeks.map(({ week, items }, index) => (
      <AgendaWeek
        key={week.start}
        week={week}
        posts={items}
        context={context}
        onAdd={() => openNewPost(week.start <= today && today <= week.end ? today : week.start)}
        rows={weekRows(index)}
        measure={measure}
      />
    ));
  return (
    <>
      {mountsEveryRow(rowCounts) ? <div className={styles.agenda}>{weekList(everyRow(rowCounts))}</div> : <WindowedWeeks rowCounts={rowCounts} weekList={weekList} />}
      <section className={`${styles.agendaWeek} ${styles.unscheduled}`} aria-labelledby="agenda-unscheduled-title">
        <header className={styles.weekHeader}>
          <h2 id="agenda-unscheduled-title">{t('unscheduled')}</h2>
          <span className="muted">{t('postCount', { count: undatedTotal })}</span>
        </header>
        {undated.length ? (
          <ul className={styles.postList}>
            {undated.map((post) => (
              <PostRow key={post.id} post={post} context={context} />
            ))}
          </ul>
        ) : (
          <p className="empty">{t('unscheduledEmpty')}</p>
        )}
      </section>
      {question}
    </>
  );
}
