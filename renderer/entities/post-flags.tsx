import type { ReactNode } from 'react';
import { createContext, useContext, useState } from 'react';
import type { DateRange } from '../../shared/domain/date-range';
import type { Post } from '../../shared/domain/post';
import type { IconName } from '../components/Icon';
import { Icon } from '../components/Icon';
import styles from './post-flags.module.css';

/*
 * The extension point for small badges on a post in every calendar view (chips in
 * the month and week, rows in the agenda and the review list). A feature writes a
 * provider; app/post-flag-providers.ts lists them (the app composes, so no feature imports
 * another) and App hands the list down with PostFlagProviders. See renderer/README.md.
 */

type FlagTone = 'neutral' | 'info' | 'warning' | 'danger' | 'success';
export type FlagIcon = Extract<IconName, 'megaphone' | 'comment' | 'alert' | 'person' | 'check' | 'link' | 'checklist'>;

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
   * A React hook, called once per view with every post the view shows and the view's days
   * (null: not yet asked for), so a provider reads its own queries once for the view, not
   * once per post. Keyed by the days, not the posts: the request goes out beside the posts'
   * own, and a filter or an edit that moves a post asks for nothing new. Returns the flags of one post.
   * `live` false: only what the cache holds for those days, never asked for nor refetched when a save makes
   * it stale (a month kept off screen beside the shown one: it asks when it is shown).
   */
  useFlags: (posts: Post[], range: DateRange | null, live: boolean) => (post: Post) => PostFlag[];
}

type FlagsOf = (post: Post) => PostFlag[];
const none: FlagsOf = () => [];
const PostFlagsContext = createContext<FlagsOf>(none);
const ProvidersContext = createContext<readonly PostFlagProvider[]>([]);

/** The app's list of providers, given once at the top of the tree. */
export const PostFlagProviders = ProvidersContext.Provider;

/** Wraps a view: runs every provider once for the posts it shows, over the view's days. */
export function PostFlagsScope({ posts, range, live = true, children }: { posts: Post[]; range: DateRange | null; live?: boolean; children: ReactNode }) {
  // The provider list is the app's module constant, so the hooks run in the same order on every render.
  const postFlagProviders = useContext(ProvidersContext);
  const perProvider = postFlagProviders.map((provider) => provider.useFlags(posts, range, live));
  const flagsOf = useSteadyFlags(perProvider);
  return <PostFlagsContext.Provider value={flagsOf}>{children}</PostFlagsContext.Provider>;
}

const functionIds = new WeakMap<FlagsOf, number>();
let lastFunctionId = 0;
function idOf(flags: FlagsOf): number {
  let id = functionIds.get(flags);
  if (id === undefined) functionIds.set(flags, (id = ++lastFunctionId));
  return id;
}

/**
 * One function while every provider returns the same one (each keeps its function while its data
 * stays: useKeptFlags), each post's flags worked out once. Every chip and row reads the context, and
 * the calendar renders whenever one of its requests starts or ends: a new function on each render
 * rendered every chip again.
 */
function useSteadyFlags(perProvider: FlagsOf[]): FlagsOf {
  const key = perProvider.map(idOf).join(' ');
  const [steady, setSteady] = useState(() => ({ key, read: remembered(perProvider) }));
  if (steady.key === key) return steady.read;
  // Adjusting state while rendering (React's pattern for state derived from props): the new function goes out in this render.
  const read = remembered(perProvider);
  setSteady({ key, read });
  return read;
}

function remembered(perProvider: FlagsOf[]): FlagsOf {
  const known = new WeakMap<Post, PostFlag[]>();
  return (post) => {
    let flags = known.get(post);
    if (!flags) known.set(post, (flags = perProvider.flatMap((flagsOf) => flagsOf(post))));
    return flags;
  };
}

/**
 * A provider's function, kept while `keys` (its data, its words' language) stay the same by identity,
 * so that the calendar's chips are not rendered again for nothing. For providers whose helpers are new
 * objects on each render but give the same words for the same language.
 */
export function useKeptFlags(keys: readonly unknown[], flagsOf: FlagsOf): FlagsOf {
  const [kept, setKept] = useState({ keys, flagsOf });
  if (kept.keys.length === keys.length && kept.keys.every((key, index) => key === keys[index])) return kept.flagsOf;
  setKept({ keys, flagsOf });
  return flagsOf;
}

export function usePostFlags(post: Post): PostFlag[] {
  return useContext(PostFlagsContext)(post);
}

export function FlagIconSvg({ icon }: { icon: FlagIcon }) {
  return <Icon name={icon} size={12} className="flag-icon" />;
}

/** Most urgent first: a compact chip shows the icon of the first. */
const toneOrder: FlagTone[] = ['danger', 'warning', 'info', 'neutral', 'success'];

function flagText(flag: PostFlag): string {
  return flag.detail ? `${flag.label}: ${flag.detail}` : flag.label;
}

/** The flags in words, one a line: the chip's hover title, and its tooltip on keyboard focus. */
export function flagsTooltip(flags: PostFlag[]): string | undefined {
  return flags.length ? flags.map(flagText).join('\n') : undefined;
}

/**
 * The flags of one post. `compact` (chips): one icon, the most urgent flag's, with how many
 * flags there are (or the one flag's own count), its labels on hover; hidden from screen
 * readers because the chip's label already says them. Otherwise small labelled badges.
 */
export function PostFlags({ flags, compact = false, className }: { flags: PostFlag[]; compact?: boolean; /** Where a view places the flags. */ className?: string }) {
  if (flags.length === 0) return null;
  if (compact) {
    const first = [...flags].sort((a, b) => toneOrder.indexOf(a.tone) - toneOrder.indexOf(b.tone))[0];
    const count = flags.length > 1 ? flags.length : first.count;
    return (
      <span className={[styles.postFlags, styles.compact, className].filter(Boolean).join(' ')} aria-hidden="true">
        <span className={styles.flag} data-tone={first.tone} title={flagsTooltip(flags)} data-count={count} data-flags={flags.length}>
          <FlagIconSvg icon={first.icon} />
        </span>
      </span>
    );
  }
  return (
    <span className={className ? `${styles.postFlags} ${className}` : styles.postFlags}>
      {flags.map((flag) => (
        <span key={flag.key} className={styles.flag} data-tone={flag.tone} title={flag.detail}>
          <FlagIconSvg icon={flag.icon} />
          {flag.label}
          {flag.detail ? <span className="visually-hidden">: {flag.detail}</span> : null}
        </span>
      ))}
    </span>
  );
}
