import type { IsoWeek } from '../../../shared/calendar/calendar-dates';
import type { Post } from '../../../shared/domain/post';
import { Icon } from '../../components/Icon';
import type { RowContext } from './PostRow';
import { PostRow } from './PostRow';
import type { WeekRows } from './use-agenda-window';
import { filled, kept } from '../../i18n/kept-words';
import styles from './agenda.module.css';

/** One ISO week of the agenda ("Viikko 48 · 23.11.–29.11."), empty weeks included: gaps in the plan show. */
export function AgendaWeek({ week, posts, context, onAdd, rows, measure }: {
  week: IsoWeek;
  posts: Post[];
  context: RowContext;
  onAdd: () => void;
  /** Which rows are mounted; the others keep their height as space (aria-hidden), so the scroll bar and positions stay true. */
  rows: WeekRows;
  measure?: (row: HTMLLIElement | null) => void;
}) {
  const { t, format, today } = context;
  const titleId = `week-${week.start}`;
  const isCurrent = week.start <= today && today <= week.end;
  // Worded once for the list (kept-words.ts), as the rows' labels are.
  const number = { week: String(week.week) };
  const addLabel = filled(t, 'addToWeek', number, (values) => t('addToWeek', values));
  return (
    <section className={[styles.agendaWeek, isCurrent && styles.currentWeek, posts.length === 0 && styles.emptyWeek].filter(Boolean).join(' ')} aria-labelledby={titleId} aria-current={isCurrent ? 'date' : undefined}>
      <header className={styles.weekHeader}>
        <h2 id={titleId}>
          {filled(t, 'week', number, (values) => t('week', values))}
          <span className={styles.weekDates}>{filled(t, 'weekRange', { from: format.dayMonth(week.start), to: format.date(week.end) }, (values) => t('weekRange', values))}</span>
        </h2>
        {isCurrent ? <span className="today-badge">{kept(t, 'today', () => t('today'))}</span> : null}
        {posts.length ? null : <span className="empty">{kept(t, 'nothingPlanned', () => t('nothingPlanned'))}</span>}
        <span className={`muted ${styles.weekCount}`}>{kept(t, `postCount ${posts.length}`, () => t('postCount', { count: posts.length }))}</span>
        <button type="button" className="icon-button" onClick={onAdd} aria-label={addLabel} title={addLabel}>
          <Icon name="plus" />
        </button>
      </header>
      {posts.length ? (
        <ul className={styles.postList}>
          {rows.spaceBefore ? <li aria-hidden="true" style={{ height: rows.spaceBefore }} /> : null}
          {posts.slice(rows.from, rows.to).map((post, offset) => (
            <PostRow key={post.id} post={post} context={context} index={rows.itemIndex(rows.from + offset)} measure={measure} position={rows.from + offset + 1} setSize={posts.length} />
          ))}
          {rows.spaceAfter ? <li aria-hidden="true" style={{ height: rows.spaceAfter }} /> : null}
        </ul>
      ) : null}
    </section>
  );
}
