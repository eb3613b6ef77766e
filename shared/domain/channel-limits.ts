import type { ChannelKind } from './channel';

/*
 * How much text each network takes, counted as the network counts it, closely enough
 * to warn before publishing: characters are graphemes (an emoji with skin tone or a
 * flag is one, "ä" is one however it was typed), and on X and Mastodon every web
 * address counts as 23 characters whatever its length (X's t.co link and Mastodon's
 * fixed count). What we leave out on purpose: X weighs CJK characters and emoji double,
 * and Bluesky shortens a link it shows; a text near those limits gets a warning anyway.
 * Facebook's limit is 63,206 characters; its advice to keep posts short is not a limit.
 * Kinds without a limit of their own (a website, a newsletter) have only the app's.
 */

interface TextLimit {
  max: number;
  /** What one web address counts; absent: its own length. */
  linkCounts?: number;
}

export const channelTextLimits: Partial<Record<ChannelKind, TextLimit>> = {
  x: { max: 280, linkCounts: 23 },
  bluesky: { max: 300 },
  mastodon: { max: 500, linkCounts: 23 },
  threads: { max: 500 },
  instagram: { max: 2_200 },
  tiktok: { max: 2_200 },
  linkedin: { max: 3_000 },
  'facebook-page': { max: 63_206 },
  'facebook-group': { max: 63_206 },
};

/*
 * Where a title is shown cut: a month-view chip shows about two short lines (the
 * browser test of issue 15 sees at least 14 characters at 1366 px), and an e-mail
 * subject line shows about 60 characters in most inboxes before it is cut.
 */
export const titleFits = { chip: 40, subjectLine: 60 } as const;

const LINK = /https?:\/\/[^\s]+/giu;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Characters as a reader counts them: "👍🏽" and a decomposed "ä" are one each. */
export function graphemeCount(text: string): number {
  return Array.from(segmenter.segment(text)).length;
}

/** The text's length as the channel kind's network counts it. */
export function networkLength(text: string, kind: ChannelKind): number {
  const linkCounts = channelTextLimits[kind]?.linkCounts;
  if (linkCounts === undefined) return graphemeCount(text);
  let links = 0;
  const withoutLinks = text.replace(LINK, () => {
    links += 1;
    return '';
  });
  return graphemeCount(withoutLinks) + links * linkCounts;
}

export interface ChannelTextCount {
  channelId: string;
  length: number;
  max: number;
}

/** For each channel with a network limit: how long the text is there and what it may be. */
export function channelTextCounts(text: string, channels: readonly { id: string; kind: ChannelKind }[]): ChannelTextCount[] {
  return channels.flatMap((channel) => {
    const limit = channelTextLimits[channel.kind];
    return limit ? [{ channelId: channel.id, length: networkLength(text, channel.kind), max: limit.max }] : [];
  });
}

/** Where a title will be shown cut: in the month view, and in a newsletter's subject line. */
export function titleCutIn(title: string, channelKinds: readonly ChannelKind[]): { chip: boolean; subjectLine: boolean } {
  const length = graphemeCount(title.trim());
  return { chip: length > titleFits.chip, subjectLine: channelKinds.includes('newsletter') && length > titleFits.subjectLine };
}
