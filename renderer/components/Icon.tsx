/** Line icons drawn inline (no icon font, nothing fetched), always decorative: the button carries the name. */
const paths = {
  calendar: 'M4 6h16v14H4zM4 10h16M8 3v5M16 3v5',
  checklist: 'M4 6l2 2 3-3M11 7h9M4 13l2 2 3-3M11 14h9M11 20h9',
  roster: 'M8 7a3 3 0 1 0 0 .01M3 20c0-3 2.5-5 5-5s5 2 5 5M16 8a2.5 2.5 0 1 0 0 .01M14.5 14.2c3 .2 5.5 2 5.5 5.8',
  results: 'M4 20h16M7 16v-5M12 16V7M17 16v-8',
  export: 'M12 15V3M7 8l5-5 5 5M5 14v6h14v-6',
  ideas: 'M9 18h6M10 21h4M12 3a6 6 0 0 0-3.5 10.9c.6.5 1 1.2 1 2.1h5c0-.9.4-1.6 1-2.1A6 6 0 0 0 12 3z',
  campaigns: 'M4 5h16v15H4zM4 9h16M8 3v4M16 3v4M12 12v4M10 14h4',
  settings: 'M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6zM12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M4.9 19.1L7 17M17 7l2.1-2.1',
  trash: 'M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13M10 11v6M14 11v6',
  plus: 'M12 5v14M5 12h14',
  close: 'M6 6l12 12M18 6L6 18',
  left: 'M15 5l-7 7 7 7',
  right: 'M9 5l7 7-7 7',
  up: 'M5 15l7-7 7 7',
  down: 'M5 9l7 7 7-7',
  swap: 'M7 4l-4 4 4 4M3 8h14M17 12l4 4-4 4M21 16H7',
  megaphone: 'M3 10v4h3l6 4V6L6 10zM16 9a4 4 0 0 1 0 6',
  comment: 'M4 5h16v11H9l-5 4z',
  alert: 'M12 3l10 18H2zM12 10v5M12 18v.01',
  info: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 11v6M12 7.5v.01',
  person: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21c0-4 4-6 8-6s8 2 8 6',
  check: 'M4 12l5 5L20 6',
  link: 'M10 14l4-4M8 12l-2 2a3 3 0 0 0 4 4l2-2M16 12l2-2a3 3 0 0 0-4-4l-2 2',
} as const;

export type IconName = keyof typeof paths;

/** Small sizes get a heavier line so that they stay legible (post flags are 12 px). */
export function Icon({ name, size = 18, className = 'icon' }: { name: IconName; size?: number; className?: string }) {
  return (
    <svg className={className} width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth={size <= 12 ? 2.4 : 2} strokeLinecap="round" strokeLinejoin="round">
      <path d={paths[name]} />
    </svg>
  );
}
