import { useDraggable } from '@dnd-kit/core';
import type { KeyboardEvent, PointerEvent, ReactNode } from 'react';
import { createContext, useContext, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Post } from '../../../shared/domain/post';

/*
 * One dnd-kit draggable for every chip of the calendar. A draggable per chip made a month
 * change register and unregister a hundred of them, each with its hooks, and re-render every
 * chip whenever the drag context changed (issue 14: month change in one frame). A chip hands its
 * pointer-down or key-down here with its post: the draggable then points at that chip's element
 * and carries that post, and dnd-kit's sensors take it from there (distance before a pointer
 * drag, Space and the arrows, the announcements, the overlay).
 */

/** What a chip reads to be picked up; the same object for the calendar's life. */
export interface ChipDrag {
  /** Hands a chip's pointer-down or key-down to the sensors, with the post it shows. */
  pickUp: (event: PointerEvent<HTMLElement> | KeyboardEvent<HTMLElement>, post: Post) => void;
  /** The id of dnd-kit's instructions for screen readers ("Press Space to pick up…"). */
  describedBy: string;
  roleDescription: string;
}

const ChipDragContext = createContext<ChipDrag | null>(null);

/** The calendar's chip drag, or null outside a calendar that moves posts (a chip there only opens its post). */
export function useChipDrag(): ChipDrag | null {
  return useContext(ChipDragContext);
}

/** The draggable's id: the post it carries is in its data (`{ post }`), as dnd-kit's data of each chip was. */
const CHIP_DRAG_ID = 'chip';

/** The draggable's data: the post of the chip last picked up (dnd-kit reads it through a ref when a drag starts, so it is set, not replaced). */
class Carried {
  post: Post | null = null;
  carry(post: Post) {
    this.post = post;
  }
}

/** Inside DndContext: the one draggable, and the context the chips read. */
export function ChipDragSource({ roleDescription, draggingClass, children }: { roleDescription: string; /** Put on the chip being dragged. */ draggingClass: string; children: ReactNode }) {
  const [data] = useState(() => new Carried());
  const { listeners, setNodeRef, node, isDragging, active, attributes } = useDraggable({ id: CHIP_DRAG_ID, data });
  const latest = useRef({ listeners, dragging: active !== null });
  useLayoutEffect(() => {
    latest.current = { listeners, dragging: active !== null };
  });
  // The chip being dragged fades; set on its element because no chip renders for a drag (see above).
  useLayoutEffect(() => {
    const element = node.current;
    if (!isDragging || !element) return;
    element.classList.add(draggingClass);
    // What dnd-kit's attributes said of a draggable button being dragged.
    element.setAttribute('aria-pressed', 'true');
    return () => {
      element.classList.remove(draggingClass);
      element.removeAttribute('aria-pressed');
    };
  }, [isDragging, node, draggingClass]);
  const describedBy = attributes['aria-describedby'];
  const value = useMemo<ChipDrag>(
    () => ({
      pickUp: (event, post) => {
        // During a drag the chip moved keeps its place in the draggable (its keys go to the sensor).
        if (latest.current.dragging) return;
        data.carry(post);
        setNodeRef(event.currentTarget);
        const { listeners: now } = latest.current;
        if (event.type === 'pointerdown') now?.onPointerDown?.(event);
        else now?.onKeyDown?.(event);
      },
      describedBy,
      roleDescription,
    }),
    [data, setNodeRef, describedBy, roleDescription],
  );
  return <ChipDragContext.Provider value={value}>{children}</ChipDragContext.Provider>;
}
