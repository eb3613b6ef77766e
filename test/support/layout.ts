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
  return page.locator('table button[data-post-id]').evaluateAll((chips) =>
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
