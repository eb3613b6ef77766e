import type { Announcements, CollisionDetection, DragEndEvent, DragStartEvent, DroppableContainers, KeyboardCoordinateGetter, UniqueIdentifier } from '@dnd-kit/core';
import { closestCenter, DndContext, DragOverlay, KeyboardSensor, PointerSensor, pointerWithin, rectIntersection, useDroppable, useSensor, useSensors } from '@dnd-kit/core';
import type { ReactNode } from 'react';
import { memo, useLayoutEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { firstOfMonth } from '../../../shared/calendar/calendar-range';
import { dayInDirection, isArrowKey } from '../../../shared/calendar/reschedule';
import type { LocalDate } from '../../../shared/domain/local-time';
import type { Post } from '../../../shared/domain/post';
import type { CalendarView } from '../../../shared/domain/preferences';
import type { ChipContext } from './PostChip';
import { PostChipPreview } from './PostChip';
import { kept } from '../../i18n/kept-words';
import { ChipDragSource } from './chip-drag';
import styles from './calendar-grids.module.css';
import { useMovePost } from './use-move-post';
import { useShownRange } from './use-calendar-position';

/*
 * Drag and drop with dnd-kit: a pointer drags a chip onto a day (or Unscheduled);
 * the keyboard picks it up with Space, moves it a day (left/right) or a week
 * (up/down) at a time, and drops it with Space. Each day is a drop target whose data
 * is its date (in the week view, the day's whole column: a post keeps its time).
 */

interface DropData {
  date: LocalDate | null;
  /** A month grid's day: the first day of its month (the kept neighbours' days are no targets while hidden). */
  month?: LocalDate;
}

const UNSCHEDULED_DROP = 'unscheduled';

/** The drop target id of a day, or of a place in a month's grid. */
function dayDropId(date: LocalDate, place?: { month: LocalDate; index: number }): string {
  return place === undefined ? `day:${date}` : `place:${place.month}:${place.index}`;
}

/** The week view's row of a post: its time, or "any time". */
export function rowOf(post: Pick<Post, 'time'>): string {
  return post.time ?? 'any';
}

/**
 * `place`: the day's month and place in that month's grid (0–41). A month's grid is kept while it is a
 * neighbour of the shown one (MonthPanes.tsx), so its targets stay registered as it is shown and hidden:
 * registering 42 targets on a month change was a dnd-kit state update each that rendered every chip again.
 */
export function useDayDrop(date: LocalDate | null, place?: { month: LocalDate; index: number }) {
  return useDroppable({ id: date === null ? UNSCHEDULED_DROP : dayDropId(date, place), data: { date, month: place?.month } satisfies DropData });
}

/** Whether a drop target is on screen: not a day of a kept neighbouring month (they lie under the shown one). */
function onScreen(data: unknown, shownMonth: LocalDate | null): boolean {
  const month = (data as DropData | undefined)?.month;
  return month === undefined || month === shownMonth;
}

/** The drop target showing a day, by its data: a month's targets are named by their place. */
function dropTargetOf(containers: DroppableContainers, date: LocalDate, shownMonth: LocalDate | null): UniqueIdentifier | undefined {
  for (const container of containers.values()) {
    if ((container.data.current as DropData | undefined)?.date === date && onScreen(container.data.current, shownMonth)) return container.id;
  }
  return undefined;
}

const dataOf = (value: unknown) => value as { post?: Post; date?: LocalDate | null } | undefined;

/**
 * The pointer decides where it is over; the keyboard, which has no pointer, by the target the moved chip lies in
 * (a week's day column is tall: its centre can be nearer another target), else the nearest centre.
 */
/** Where the calendar is: read by the sensors and the collision detection when used, so that they stay the same objects. */
interface Where {
  view: CalendarView;
  firstDay: LocalDate;
  shownMonth: LocalDate | null;
}

class Whereabouts {
  current: Where = { view: 'month', firstDay: '' as LocalDate, shownMonth: null };
  set(where: Where) {
    this.current = where;
  }
}

/**
 * Tells the sensors where the calendar is. A leaf that renders nothing: a step to another day renders it, not the drag
 * context (whose render measured and rendered again every drop target and the chips' draggable).
 */
function ShownPlace({ where }: { where: Whereabouts }) {
  const { view, date, today, range } = useShownRange();
  const firstDay = range.from <= today && today <= range.to ? today : range.from;
  const shownMonth = view === 'month' ? firstOfMonth(date) : null;
  useLayoutEffect(() => {
    where.set({ view, firstDay, shownMonth });
  }, [where, view, firstDay, shownMonth]);
  return null;
}

function collisionDetection(where: { current: Where }): CollisionDetection {
  return (all) => {
    const args = { ...all, droppableContainers: all.droppableContainers.filter((container) => onScreen(container.data.current, where.current.shownMonth)) };
    if (args.pointerCoordinates) return pointerWithin(args);
    const inside = rectIntersection(args);
    return inside.length ? inside : closestCenter(args);
  };
}

function keyboardCoordinates(where: { current: Where }): KeyboardCoordinateGetter {
  return (event, { context: { active, over, droppableRects, droppableContainers, collisionRect } }) => {
    const { view, firstDay, shownMonth } = where.current;
    if (!isArrowKey(event.code)) return undefined;
    event.preventDefault();
    const post = dataOf(active?.data.current)?.post;
    if (!post || !collisionRect) return undefined;
    const overData = dataOf(over?.data.current);
    const current = overData ? overData.date : post.date;
    const target = current ? dayInDirection(current, event.code, view) : firstDay;
    const id = dropTargetOf(droppableContainers, target, shownMonth);
    // dnd-kit measures the drop targets a render or two after the pick-up: an arrow pressed before that (a busy
    // machine, a quick hand) measures its own target instead of doing nothing.
    const rect = id === undefined ? undefined : (droppableRects.get(id) ?? droppableContainers.get(id)?.node.current?.getBoundingClientRect());
    if (!rect) return undefined;
    // In the week the chip moves along its own time row (inside the day's column), not to the column's middle.
    const y = view === 'week' ? Math.min(Math.max(collisionRect.top, rect.top), rect.bottom - collisionRect.height) : rect.top + rect.height / 2 - collisionRect.height / 2;
    return { x: rect.left + rect.width / 2 - collisionRect.width / 2, y };
  };
}

/** A few pixels before a drag starts, so that a click still opens the post. */
const pointerOptions = { activationConstraint: { distance: 6 } };

/** Around the month or the week (and the unscheduled drawer): the same for the calendar's life, whatever day it shows. */
export const CalendarDnd = memo(function CalendarDnd({ chipContext, children }: { chipContext: ChipContext; children: ReactNode }) {
  const { t } = useTranslation('calendar');
  const move = useMovePost();
  const [dragged, setDragged] = useState<Post | null>(null);
  // The sensors and the collision detection stay the same objects for the calendar's life (they read where it is
  // when used): new sensors gave dnd-kit new activators, and every drop target of every kept month rendered again
  // on each month change (the first day changes with the month).
  // Kept in state, as chip-drag.tsx keeps what is carried: set by ShownPlace, read only when used.
  const [where] = useState(() => new Whereabouts());
  const keyboardOptions = useMemo(
    () => ({
      coordinateGetter: keyboardCoordinates(where),
      // Enter stays "open the post"; Space picks up and drops.
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
    [where],
  );
  const collisions = useMemo(() => collisionDetection(where), [where]);
  const sensors = useSensors(useSensor(PointerSensor, pointerOptions), useSensor(KeyboardSensor, keyboardOptions));
  const day = (date: LocalDate | null | undefined) => (date ? chipContext.format.dayLabel(date) : '');
  const titleOf = (value: unknown) => dataOf(value)?.post?.title ?? '';
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('dnd.pickedUp', { title: titleOf(active.data.current) }),
    onDragOver: ({ active, over }) => {
      if (!over) return t('dnd.notOver');
      const date = dataOf(over.data.current)?.date;
      // Still over its own day (the drag just started): let "picked up" be heard.
      if (date === dataOf(active.data.current)?.post?.date) return undefined;
      return date ? t('dnd.over', { day: day(date) }) : t('dnd.overUnscheduled');
    },
    onDragEnd: ({ active, over }) => {
      const title = titleOf(active.data.current);
      if (!over) return t('dnd.cancelled', { title });
      const date = dataOf(over.data.current)?.date;
      return date ? t('dnd.dropped', { title, day: day(date) }) : t('dnd.droppedUnscheduled', { title });
    },
    onDragCancel: ({ active }) => t('dnd.cancelled', { title: titleOf(active.data.current) }),
  };

  const onDragStart = ({ active }: DragStartEvent) => setDragged(dataOf(active.data.current)?.post ?? null);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragged(null);
    const post = dataOf(active.data.current)?.post;
    const target = dataOf(over?.data.current);
    if (post && target && target.date !== undefined) move(post, target.date);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisions}
      // Scroll only when the pointer is close to the edge, so that a drag within the visible month stays put.
      autoScroll={{ threshold: { x: 0, y: 0.1 } }}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } }}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragged(null)}
    >
      <ShownPlace where={where} />
      <ChipDragSource roleDescription={kept(chipContext.words, 'dnd.roleDescription', () => t('dnd.roleDescription'))} draggingClass={styles.dragging}>
        {children}
      </ChipDragSource>
      <DragOverlay dropAnimation={null}>{dragged ? <PostChipPreview post={dragged} context={chipContext} /> : null}</DragOverlay>
    </DndContext>
  );
});
