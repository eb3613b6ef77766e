import type { Page } from 'playwright-core';

export interface ChipTitleSeen {
  title: string;
  /** Characters of the title a person can read (the one an ellipsis covers not counted). */
  visible: number;
}

/**
 * How much of each month chip's title shows, measured from the glyphs' boxes: a character
 * counts when its box lies inside every box that clips it (the chip, its clamped text); a
 * cut title loses one more to the ellipsis drawn over its last visible character.
 */
export function chipTitlesSeen(page: Page): Promise<ChipTitleSeen[]> {
  return page.locator('[aria-busy] table button[data-post-id]').evaluateAll((chips) =>
    chips.map((chip) => {
      const title = chip.getAttribute('title') ?? '';
      const box = chip.querySelector('[data-part="title"]');
      const text = box?.firstChild;
      if (!box || !text || text.nodeType !== Node.TEXT_NODE) return { title, visible: 0 };
      const clip = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
      for (let element: Element | null = box; element; element = element === chip ? null : element.parentElement) {
        if (element !== chip && getComputedStyle(element).overflow === 'visible') continue;
        const rect = element.getBoundingClientRect();
        clip.left = Math.max(clip.left, rect.left);
        clip.top = Math.max(clip.top, rect.top);
        clip.right = Math.min(clip.right, rect.right);
        clip.bottom = Math.min(clip.bottom, rect.bottom);
      }
      const range = document.createRange();
      const length = text.textContent?.length ?? 0;
      let visible = 0;
      for (let index = 0; index < length; index++) {
        range.setStart(text, index);
        range.setEnd(text, index + 1);
        const glyph = range.getBoundingClientRect();
        if (glyph.width === 0 && glyph.height === 0) continue;
        if (glyph.left >= clip.left - 0.5 && glyph.right <= clip.right + 0.5 && glyph.top >= clip.top - 0.5 && glyph.bottom <= clip.bottom + 0.5) visible++;
      }
      return { title, visible: visible < length ? Math.max(0, visible - 1) : visible };
    }),
  );
}

export interface TextClash {
  container: string;
  problem: 'overflows' | 'overlaps';
  text: string;
  other?: string;
}

/**
 * Text that leaves its box or lies over other text, inside every element `selector`
 * finds: each text's line boxes (clipped where an element between it and the box
 * clips, as an ellipsis does; visually hidden text left out) must lie inside the
 * box and must not cross, or come within 2 px of, the line boxes of another element's text.
 */
export function textClashes(page: Page, selector: string): Promise<TextClash[]> {
  return page.locator(selector).evaluateAll((containers, name) => {
    const clashes: { container: string; problem: 'overflows' | 'overlaps'; text: string; other?: string }[] = [];
    for (const container of containers) {
      const box = container.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const pieces: { owner: Element; text: string; rects: DOMRect[] }[] = [];
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim() ?? '';
        const owner = node.parentElement;
        if (!text || !owner) continue;
        let hidden = false;
        const clip = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
        for (let element: Element | null = owner; element && element !== container; element = element.parentElement) {
          const style = getComputedStyle(element);
          if (style.clipPath !== 'none' || style.visibility === 'hidden' || style.display === 'none' || style.opacity === '0') hidden = true;
          if (style.overflow !== 'visible') {
            const rect = element.getBoundingClientRect();
            clip.left = Math.max(clip.left, rect.left);
            clip.top = Math.max(clip.top, rect.top);
            clip.right = Math.min(clip.right, rect.right);
            clip.bottom = Math.min(clip.bottom, rect.bottom);
          }
        }
        if (hidden) continue;
        // The words only, not the spaces around them, so that two texts with no room between them run together.
        const raw = node.textContent ?? '';
        const range = document.createRange();
        range.setStart(node, raw.length - raw.trimStart().length);
        range.setEnd(node, raw.trimEnd().length);
        const rects = [...range.getClientRects()]
          .map((rect) => new DOMRect(Math.max(rect.left, clip.left), Math.max(rect.top, clip.top), Math.min(rect.right, clip.right) - Math.max(rect.left, clip.left), Math.min(rect.bottom, clip.bottom) - Math.max(rect.top, clip.top)))
          .filter((rect) => rect.width > 0.5 && rect.height > 0.5);
        if (rects.length) pieces.push({ owner, text, rects });
      }
      const label = `${name} «${(container.textContent ?? '').trim().slice(0, 40)}»`;
      for (const piece of pieces) {
        if (piece.rects.some((rect) => rect.left < box.left - 1 || rect.right > box.right + 1 || rect.top < box.top - 1 || rect.bottom > box.bottom + 1)) {
          clashes.push({ container: label, problem: 'overflows', text: piece.text });
        }
      }
      for (const [index, piece] of pieces.entries()) {
        for (const other of pieces.slice(index + 1)) {
          if (other.owner === piece.owner) continue;
          // On one line, texts closer than 2 px read as one ("Mon 30/1112:00").
          const crossing = piece.rects.some((a) => other.rects.some((b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > -2 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1));
          if (crossing) clashes.push({ container: label, problem: 'overlaps', text: piece.text, other: other.text });
        }
      }
    }
    return clashes;
  }, selector);
}
