import type { ReactNode } from 'react';
import { createContext, useContext } from 'react';
import type { Post } from '../../../shared/domain/post';
import { postFlagProviders } from './post-flag-providers';

/*
 * The extension point for small badges on a post in every calendar view (chips in
 * the month and week, rows in the agenda and the review list). A feature adds a
 * provider to post-flag-providers.ts; it never edits the views. See renderer/README.md.
 */

export type FlagTone = 'neutral' | 'info' | 'warning' | 'danger' | 'success';
export type FlagIcon = 'megaphone' | 'comment' | 'alert' | 'person' | 'check' | 'link' | 'checklist';

export interface PostFlag {
  /** Unique within one post ("marketing", "no-responder"…). */
  key: string;
  /** Said in full: as the badge's text in rows, and in the chip's accessible name. */
  label: string;
  tone: FlagTone;
  icon: FlagIcon;
  /** A number shown next to the icon on compact chips (2 comments). */
  count?: number;
  /** More on hover and for screen readers ("Facebook page: nobody on 29.12."). */
  detail?: string;
}

export interface PostFlagProvider {
  id: string;
  /**
   * A React hook, called once per view with every post the view shows (so a provider
   * can read its own queries once, not once per post). Returns the flags of one post.
   */
  useFlags: (posts: Post[]) => (post: Post) => PostFlag[];
}

type FlagsOf = (post: Post) => PostFlag[];
const none: FlagsOf = () => [];
const PostFlagsContext = createContext<FlagsOf>(none);

/** Wraps a view: runs every provider once for the posts it shows. */
export function PostFlagsScope({ posts, children }: { posts: Post[]; children: ReactNode }) {
  // The provider list is a module constant, so the hooks run in the same order on every render.
  const perProvider = postFlagProviders.map((provider) => provider.useFlags(posts));
  const flagsOf: FlagsOf = (post) => perProvider.flatMap((flags) => flags(post));
  return <PostFlagsContext.Provider value={flagsOf}>{children}</PostFlagsContext.Provider>;
}

export function usePostFlags(post: Post): PostFlag[] {
  return useContext(PostFlagsContext)(post);
}

const iconPaths: Record<FlagIcon, string> = {
  megaphone: 'M3 10v4h3l6 4V6L6 10zM16 9a4 4 0 0 1 0 6',
  comment: 'M4 5h16v11H9l-5 4z',
  alert: 'M12 3l10 18H2zM12 10v5M12 18v.01',
  person: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21c0-4 4-6 8-6s8 2 8 6',
  check: 'M4 12l5 5L20 6',
  link: 'M10 14l4-4M8 12l-2 2a3 3 0 0 0 4 4l2-2M16 12l2-2a3 3 0 0 0-4-4l-2 2',
  checklist: 'M3 6l2 2 3-3M11 7h10M3 14l2 2 3-3M11 15h10',
};

export function FlagIconSvg({ icon }: { icon: FlagIcon }) {
  return (
    <svg className="flag-icon" width="12" height="12" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round">
      <path d={iconPaths[icon]} />
    </svg>
  );
}

/**
 * The flags of one post. `compact` (chips): icons only, hidden from screen readers
 * because the chip's label already says them; otherwise small labelled badges.
 */
export function PostFlags({ flags, compact = false }: { flags: PostFlag[]; compact?: boolean }) {
  if (flags.length === 0) return null;
  if (compact) {
    return (
      <span className="post-flags compact" aria-hidden="true">
        {flags.map((flag) => (
          <span key={flag.key} className={`flag flag-${flag.tone}`} title={flag.detail ? `${flag.label}: ${flag.detail}` : flag.label} data-count={flag.count}>
            <FlagIconSvg icon={flag.icon} />
          </span>
        ))}
      </span>
    );
  }
  return (
    <span className="post-flags">
      {flags.map((flag) => (
        <span key={flag.key} className={`flag flag-${flag.tone}`} title={flag.detail}>
          <FlagIconSvg icon={flag.icon} />
          {flag.label}
          {flag.detail ? <span className="visually-hidden">: {flag.detail}</span> : null}
        </span>
      ))}
    </span>
  );
}
