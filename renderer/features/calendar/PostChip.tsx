import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/domain/channel';
import type { Post } from '../../../shared/domain/post';
import { useUiStore } from '../../state/ui-store';
import { isStandIn } from '../../api/posts-cache';
import { useCalendarUi } from './calendar-ui-store';
import { useChipDrag } from './chip-drag';
import { kept } from '../../i18n/kept-words';
import { noChannelColour } from './channel-colours';
import type { PostFlag } from '../../entities/post-flags';
import { flagsTooltip, PostFlags, usePostFlags } from '../../entities/post-flags';
import { StatusIcon } from '../../entities/StatusIcon';
import { isOccurrence, SeriesMark } from '../../entities/SeriesMark';
import type { Formatters } from '../../components/use-formatters';
import styles from './calendar-grids.module.css';

export interface ChipContext {
  channels: Map<string, Channel>;
  colours: Map<string, string>;
  format: Formatters;
  /** Looked up once for the screen: four translation hooks a chip were a good part of mounting a month's chips. */
  words: ChipWords;
}

export interface ChipWords {
  calendar: ReturnType<typeof useTranslation<'calendar'>>['t'];
  domain: ReturnType<typeof useTranslation<'domain'>>['t'];
  recurrence: ReturnType<typeof useTranslation<'recurrence'>>['t'];
}

/** The same object while the language is the same. */
export function useChipWords(): ChipWords {
  const { t: calendar } = useTranslation('calendar');
  const { t: domain } = useTranslation('domain');
  const { t: recurrence } = useTranslation('recurrence');
  return useMemo(() => ({ calendar, domain, recurrence }), [calendar, domain, recurrence]);
}

/** What the chip says to a screen reader: time, title, status, channels, flags; "saving" until main has stored a new post. */
export function chipLabel(post: Post, { channels, format, words }: ChipContext, flags: PostFlag[]): string {
  const { calendar: t, domain: tDomain, recurrence: tRecurrence } = words;
  const names = post.channelIds.map((id) => channels.get(id)?.name).filter(Boolean);
  return [
    `${post.time ? `${format.time(post.time)} ` : ''}${post.title}`,
    kept(words, `status.${post.status}`, () => tDomain(`status.${post.status}`)),
    ...(isOccurrence(post.id) ? [kept(words, 'mark', () => tRecurrence('mark'))] : []),
    names.length ? names.join(', ') : kept(words, 'noChannel', () => t('noChannel')),
    ...flags.map((flag) => flag.label),
    ...(isStandIn(post.id) ? [kept(words, 'savingPost', () => t('savingPost'))] : []),
  ].join(', ');
}

function ChipBody({ post, context, flags, showTime }: { post: Post; context: ChipContext; flags: PostFlag[]; showTime: boolean }) {
  return (
    // Flags (floated right), status and time share the first line with the title, so its second line has the chip's whole width.
    <span className={styles.chipText}>
      <PostFlags flags={flags} compact className={styles.chipFlags} />
      <StatusIcon status={post.status} size={12} className={styles.chipStatus} />
      <SeriesMark postId={post.id} className={styles.chipStatus} />
      {post.time && showTime ? <span className={styles.chipTime}>{context.format.time(post.time)} </span> : null}
      <span className={styles.chipTitle} data-part="title">
        {post.title}
      </span>
    </span>
  );
}

const stripes = new Map<string, React.CSSProperties>();

/**
 * The chip's colours as custom properties: its first channel's (border and background) and, with more than one
 * channel, the stripe's bands as a gradient. The stripe is the chip's ::before, not an element a channel: the
 * same object for the same colours, so React sets no style on a chip again for nothing.
 */
function chipColours(post: Post, context: ChipContext): React.CSSProperties {
  const colours = post.channelIds.map((id) => context.colours.get(id)).filter((colour): colour is string => Boolean(colour));
  const key = colours.join(' ');
  let style = stripes.get(key);
  if (!style) {
    const first = colours[0] ?? noChannelColour;
    const band = 100 / colours.length;
    const stripe = colours.length > 1 ? `linear-gradient(${colours.map((colour, index) => `${colour} ${index * band}% ${(index + 1) * band}%`).join(', ')})` : undefined;
    // React sets no property for undefined: a one-channel chip has no --chip-stripe.
    style = { '--channel-colour': first, '--chip-stripe': stripe } as React.CSSProperties;
    stripes.set(key, style);
  }
  return style;
}

/**
 * A moved post's chip takes the focus when it appears on its new day (the move set the target before the
 * post moved: use-move-post.ts). Checked as the chip's element is attached, not by a store subscription a
 * chip: a month change mounts a hundred chips.
 */
function takeFocusIfMoved(node: HTMLButtonElement | null, post: Post) {
  if (!node) return;
  const target = useCalendarUi.getState().focusTarget;
  if (target === null || target.postId !== post.id || target.date !== post.date) return;
  node.focus();
  useCalendarUi.getState().setFocusTarget(null);
}

/**
 * A post on a day: opens with a click or Enter, moves by dragging, by Space and the
 * arrow keys (dnd-kit's keyboard sensor, through the calendar's one draggable: chip-drag.tsx),
 * or by M to a typed date. Rendered again only when its post (by identity), context or tab
 * stop change: a month change or a request starting re-renders the grid, and a month has a
 * hundred chips. No hook here subscribes to anything that changes.
 */
export const PostChip = memo(function PostChip({
  post,
  context,
  showTime = true,
  tabbable,
}: {
  post: Post;
  context: ChipContext;
  /** The week view's rows already say the time. */
  showTime?: boolean;
  /** In a grid with one tab stop (the month): whether this chip holds it. */
  tabbable?: boolean;
}) {
  // A new post main has not stored yet is not moved (main does not know its id); a click opens it once stored (PostEditorDialog).
  const saving = isStandIn(post.id);
  const chipDrag = useChipDrag();
  const drag = saving ? null : chipDrag;
  const flags = usePostFlags(post);
  const label = chipLabel(post, context, flags);
  return (
    <button
      type="button"
      // Only the chip on the new day takes the focus: the one on the old day is about to go.
      ref={(node) => takeFocusIfMoved(node, post)}
      aria-roledescription={drag?.roleDescription}
      aria-describedby={drag?.describedBy}
      tabIndex={tabbable === false ? -1 : 0}
      data-grid-key={`post:${post.id}`}
      className={styles.postChip}
      data-status={post.status}
      style={chipColours(post, context)}
      data-post-id={post.id}
      aria-label={label}
      aria-busy={saving || undefined}
      title={post.title}
      data-tooltip={flagsTooltip(flags)}
      onClick={() => useUiStore.getState().openPost(post.id)}
      onPointerDown={drag ? (event) => drag.pickUp(event, post) : undefined}
      onKeyDown={(event) => {
        if (!saving && event.key.toLowerCase() === 'm' && !event.ctrlKey && !event.metaKey && !event.altKey) {
          event.preventDefault();
          useCalendarUi.getState().openMove(post.id);
          return;
        }
        drag?.pickUp(event, post);
      }}
    >
      <ChipBody post={post} context={context} flags={flags} showTime={showTime} />
    </button>
  );
});

/** The copy that follows the pointer while dragging; not focusable, not announced. */
export function PostChipPreview({ post, context }: { post: Post; context: ChipContext }) {
  const flags = usePostFlags(post);
  return (
    <div className={`${styles.postChip} ${styles.postChipPreview}`} data-status={post.status} style={chipColours(post, context)} aria-hidden="true">
      <ChipBody post={post} context={context} flags={flags} showTime />
    </div>
  );
}
