import type { PostStatus } from '../../shared/domain/post';
import styles from './status-icon.module.css';

/*
 * Status by shape, so that it reads without colour: idea a dashed ring, draft an
 * empty ring, in review a half-filled ring, approved a ring with a tick, published
 * a filled disc with a tick, cancelled a struck-through ring. Decorative: the chip's
 * label says the status in words.
 */
const shapes: Record<PostStatus, React.JSX.Element> = {
  idea: <circle cx="8" cy="8" r="5.5" fill="none" strokeDasharray="2.6 2.2" />,
  draft: <circle cx="8" cy="8" r="5.5" fill="none" />,
  'in-review': (
    <>
      <circle cx="8" cy="8" r="5.5" fill="none" />
      <path d="M8 2.5a5.5 5.5 0 0 0 0 11z" fill="currentColor" stroke="none" />
    </>
  ),
  approved: (
    <>
      <circle cx="8" cy="8" r="5.5" fill="none" />
      <path d="M5.4 8.2l1.8 1.8 3.4-3.6" fill="none" />
    </>
  ),
  published: (
    <>
      <circle cx="8" cy="8" r="6.2" fill="currentColor" stroke="none" />
      <path d="M5.2 8.2l2 2 3.6-3.8" fill="none" stroke="#fff" />
    </>
  ),
  cancelled: (
    <>
      <circle cx="8" cy="8" r="5.5" fill="none" />
      <path d="M4.2 11.8l7.6-7.6" fill="none" />
    </>
  ),
};

export function StatusIcon({ status, size = 14, className }: { status: PostStatus; size?: number; /** Where a view places the icon. */ className?: string }) {
  return (
    <svg className={className ? `${styles.statusIcon} ${className}` : styles.statusIcon} data-status={status} width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round">
      {shapes[status]}
    </svg>
  );
}
