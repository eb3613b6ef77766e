/** Line icons drawn inline (no icon font, nothing fetched), always decorative: the button carries the name. */
const paths = {
  calendar: 'M4 6h16v14H4zM4 10h16M8 3v5M16 3v5',
  checklist: 'M4 6l2 2 3-3M11 7h9M4 13l2 2 3-3M11 14h9M11 20h9',
  roster: 'M8 7a3 3 0 1 0 0 .01M3 20c0-3 2.5-5 5-5s5 2 5 5M16 8a2.5 2.5 0 1 0 0 .01M14.5 14.2c3 .2 5.5 2 5.5 5.8',
  export: 'M12 15V3M7 8l5-5 5 5M5 14v6h14v-6',
  settings: 'M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6zM12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M4.9 19.1L7 17M17 7l2.1-2.1',
  trash: 'M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13M10 11v6M14 11v6',
  plus: 'M12 5v14M5 12h14',
  close: 'M6 6l12 12M18 6L6 18',
  left: 'M15 5l-7 7 7 7',
  right: 'M9 5l7 7-7 7',
  up: 'M5 15l7-7 7 7',
  down: 'M5 9l7 7 7-7',
} as const;

export type IconName = keyof typeof paths;

export function Icon({ name, size = 18 }: { name: IconName; size?: number }) {
  return (
    <svg className="icon" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d={paths[name]} />
    </svg>
  );
}
