import { useTranslation } from 'react-i18next';
import { weekDays } from '../../../shared/calendar/calendar-range';
import type { LocalDate, LocalTime } from '../../../shared/domain/local-time';
import type { Post } from '../../../shared/domain/post';
import { Icon } from '../../components/Icon';
import { useUiStore } from '../../state/ui-store';
import { rowOf, useDayDrop } from './calendar-dnd';
import type { ChipContext } from './PostChip';
import { PostChip } from './PostChip';

function WeekCell({ date, row, posts, today, context }: { date: LocalDate; row: string; posts: Post[]; today: LocalDate; context: ChipContext }) {
  const openNewPost = useUiStore((state) => state.openNewPost);
  const { setNodeRef, isOver } = useDayDrop(date, row);
  return (
    <td
      ref={setNodeRef}
      className={['week-cell', date === today ? 'today' : '', isOver ? 'drop-over' : ''].filter(Boolean).join(' ')}
      data-date={date}
      onClick={(event) => {
        if (event.target === event.currentTarget || (event.target as HTMLElement).classList.contains('day-posts')) openNewPost(date);
      }}
    >
      <ul className="day-posts">
        {posts.map((post) => (
          <li key={post.id}>
            <PostChip post={post} context={context} showTime={false} />
          </li>
        ))}
      </ul>
    </td>
  );
}

/**
 * The week: seven days side by side, posts without a time on top, then one row per
 * time of day that some post of the week has, so that posts line up by time.
 */
export function WeekView({ date, today, posts, context, label }: { date: LocalDate; today: LocalDate; posts: Post[]; context: ChipContext; label: string }) {
  const { t } = useTranslation('calendar');
  const openNewPost = useUiStore((state) => state.openNewPost);
  const days = weekDays(date);
  const times = [...new Set(posts.map((post) => post.time).filter((time): time is LocalTime => time !== null))].sort();
  const rows = ['any', ...times];
  const cell = (day: LocalDate, row: string) => posts.filter((post) => post.date === day && rowOf(post) === row);
  return (
    <table className="week-grid" aria-label={label}>
      <colgroup>
        <col className="time-col" />
        {days.map((day) => (
          <col key={day} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th scope="col" className="time-head">
            {t('time')}
          </th>
          {days.map((day) => (
            <th scope="col" key={day} className={day === today ? 'today' : undefined} aria-current={day === today ? 'date' : undefined}>
              <div className="week-day-head">
                <span className="weekday">{context.format.weekdayShort(day)}</span>
                <span className="day-date">{context.format.dayMonth(day)}</span>
                <button type="button" className="icon-button add-on-day" aria-label={t('addOnDay', { day: context.format.dayLabel(day) })} title={t('addOnDay', { day: context.format.dayLabel(day) })} onClick={() => openNewPost(day)}>
                  <Icon name="plus" size={14} />
                </button>
              </div>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row} className={row === 'any' ? 'any-time-row' : 'time-row'}>
            <th scope="row" className="time-label">
              {row === 'any' ? t('anyTime') : context.format.time(row as LocalTime)}
            </th>
            {days.map((day) => (
              <WeekCell key={day} date={day} row={row} posts={cell(day, row)} today={today} context={context} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
