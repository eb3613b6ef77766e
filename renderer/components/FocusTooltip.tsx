import { useEffect, useRef } from 'react';
import styles from './focus-tooltip.module.css';

/**
 * What `title` shows on hover, shown also when the keyboard reaches an element with
 * `data-tooltip` (a month chip's flags: "Checklist blocks approval: cover image"), since
 * browsers show a title only to the mouse. One for the app, a manual popover so that it
 * lies above a modal dialog too; hidden from screen readers, which read the element's name.
 */
export function FocusTooltip() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const tip = ref.current;
    if (!tip) return;
    let owner: HTMLElement | null = null;
    const hide = () => {
      owner = null;
      if (tip.matches(':popover-open')) tip.hidePopover();
    };
    const show = (target: HTMLElement, text: string) => {
      owner = target;
      tip.textContent = text;
      if (!tip.matches(':popover-open')) tip.showPopover();
      const box = target.getBoundingClientRect();
      const width = tip.offsetWidth;
      tip.style.left = `${Math.max(4, Math.min(box.left, window.innerWidth - width - 4))}px`;
      const below = box.bottom + 4;
      tip.style.top = `${below + tip.offsetHeight > window.innerHeight ? Math.max(4, box.top - tip.offsetHeight - 4) : below}px`;
    };
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      const text = target?.dataset.tooltip;
      if (target && text && target.matches(':focus-visible')) show(target, text);
      else hide();
    };
    const onFocusOut = (event: FocusEvent) => {
      if (event.target === owner) hide();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') hide();
    };
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
    document.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('scroll', hide, true);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('scroll', hide, true);
    };
  }, []);
  return <div ref={ref} popover="manual" className={styles.focusTooltip} aria-hidden="true" />;
}
