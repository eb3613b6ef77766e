import { defaultRangeExtractor, useWindowVirtualizer } from '@tanstack/react-virtual';
import type { FocusEvent } from 'react';
import { useCallback, useEffect, useRef, useState } from 'react';

/** An agenda this short mounts every row: nothing to gain, and every row stays findable in the page. */
const MOUNT_ALL_UP_TO = 40;
/**
 * A row as most are laid out (title on one line, channels and flags on two); others are measured
 * once mounted. Near the common height, measuring seldom moves the rows after the first paint.
 */
const ROW_PX = 55;
/** A week's heading, padding and the gap after it. */
const WEEK_PX = 78;
/**
 * Rows mounted beyond each edge of the window: Tab and Shift+Tab always find the next row mounted
 * (focus scrolls the row it lands on into view, which mounts the rows after it). Each row mounted
 * beyond the window is paid for when the agenda opens.
 */
const OVERSCAN = 4;

/** Which rows of one week are mounted, and the height kept for the ones that are not. */
export interface WeekRows {
  from: number;
  to: number;
  spaceBefore: number;
  spaceAfter: number;
  /** The position of a row (of this week) among all the agenda's items, for measuring it. */
  itemIndex: (row: number) => number;
}

/** Where each week's heading is among the agenda's items (each heading counts as one item before its rows), and how many items there are. */
function itemsOf(rowCounts: number[]): { firstItems: number[]; count: number } {
  const firstItems: number[] = [];
  let count = 0;
  for (const rows of rowCounts) {
    firstItems.push(count);
    count += 1 + rows;
  }
  return { firstItems, count };
}

/** Whether the agenda is short enough to mount every row (then it has no virtual list at all). */
export function mountsEveryRow(rowCounts: number[]): boolean {
  return rowCounts.reduce((sum, rows) => sum + rows, 0) <= MOUNT_ALL_UP_TO;
}

/** Every row of every week mounted (a short agenda), each row numbered among the items as a windowed list numbers it. */
export function everyRow(rowCounts: number[]): (week: number) => WeekRows {
  const { firstItems } = itemsOf(rowCounts);
  return (week) => ({ from: 0, to: rowCounts[week], spaceBefore: 0, spaceAfter: 0, itemIndex: (row) => firstItems[week] + 1 + row });
}

/**
 * The agenda's rows in one window-scrolled list (each week's heading counts as one item
 * before its rows): only the rows near the window are mounted, and the focused row stays
 * mounted while it is scrolled away (with the rows between it and the window). Sections and headings are always mounted.
 * Only for an agenda longer than MOUNT_ALL_UP_TO rows: a short one mounts every row without a virtualizer (everyRow),
 * whose setting up and first commit were a fifth of the click's script on a fresh page at 1,000 posts.
 */
export function useAgendaWindow(rowCounts: number[]) {
  const { firstItems, count } = itemsOf(rowCounts);
  const [top, setTop] = useState(0);
  const [focused, setFocused] = useState<number | null>(null);
  const isWeekItem = (index: number) => firstItems.includes(index);
  const virtualizer = useWindowVirtualizer<HTMLLIElement>({
    count,
    estimateSize: (index) => (isWeekItem(index) ? WEEK_PX : ROW_PX),
    overscan: OVERSCAN,
    scrollMargin: top,
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    rangeExtractor: (range) => {
      const indexes = defaultRangeExtractor(range);
      return focused === null || indexes.includes(focused) ? indexes : [...indexes, focused].sort((a, b) => a - b);
    },
  });
  // Where the list starts in the page (what is above it is fixed while the agenda is shown), measured when the
  // window first scrolls, when layout is fresh anyway. Measured as the list mounted, it forced a layout in the
  // click's commit and rendered every row again. Until then the list is placed as if it began at the top of the
  // page: a few rows more than the window shows are mounted, and nothing changes on screen until the user scrolls.
  const list = useRef<HTMLElement | null>(null);
  const listStart = useCallback((node: HTMLElement | null) => {
    list.current = node;
  }, []);
  useEffect(() => {
    const measure = () => {
      if (list.current) setTop(list.current.getBoundingClientRect().top + window.scrollY);
    };
    // Opened scrolled down (rare): the rows in the window are not the first ones, so measure now.
    if (window.scrollY > 0) return measure();
    window.addEventListener('scroll', measure, { once: true, passive: true });
    return () => window.removeEventListener('scroll', measure);
  }, []);
  const shown = new Set(virtualizer.getVirtualItems().map((item) => item.index));
  const sizes = virtualizer.measurementsCache;
  const spaceBetween = (first: number, last: number) => (last < first ? 0 : sizes[last].end - sizes[first].start);
  const weekRows = (week: number): WeekRows => {
    const rows = rowCounts[week];
    const firstRow = firstItems[week] + 1;
    const itemIndex = (row: number) => firstRow + row;
    // Everything from the first to the last mounted row of the week (the focused row far away included).
    let from = 0;
    while (from < rows && !shown.has(firstRow + from)) from++;
    let to = rows;
    while (to > from && !shown.has(firstRow + to - 1)) to--;
    return { from, to, spaceBefore: spaceBetween(firstRow, firstRow + from - 1), spaceAfter: spaceBetween(firstRow + to, firstRow + rows - 1), itemIndex };
  };
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const index = Number(event.target.closest('[data-index]')?.getAttribute('data-index') ?? NaN);
    setFocused(Number.isNaN(index) ? null : index);
  };
  return {
    listStart,
    weekRows,
    onFocus,
    /** Given to each mounted row with its `data-index`: a row taller than one line keeps its height. */
    measure: virtualizer.measureElement,
  };
}
