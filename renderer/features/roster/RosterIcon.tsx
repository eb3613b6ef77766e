/** The roster's own line icons, drawn like components/Icon (decorative; the control carries the name). */
const paths = {
  alert: 'M12 3l10 18H2zM12 10v5M12 18v.01',
  swap: 'M7 4l-4 4 4 4M3 8h14M17 12l4 4-4 4M21 16H7',
  person: 'M12 8a4 4 0 1 0 0 .01M4 21c0-4 3.6-7 8-7s8 3 8 7',
} as const;

export function RosterIcon({ name, size = 16 }: { name: keyof typeof paths; size?: number }) {
  return (
    <svg className="icon" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d={paths[name]} />
    </svg>
  );
}
