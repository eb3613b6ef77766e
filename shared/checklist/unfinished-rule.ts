import type { Channel } from '../domain/channel';
import type { Post } from '../domain/post';
import type { Finding, RuleOutcome } from './checklist-result';
import { problem, warning } from './checklist-result';

/*
 * Do not publish unfinished content (seed 004). Placeholders people leave while
 * writing — TODO, XXX, FIXME, TBD, KESKEN, "???", "[...]" — in the title, the text,
 * a channel's own text, the image's alt text or the album name, and an empty title,
 * mean the post is not ready. An empty text is only a warning: a photo may speak for
 * itself. Markers are matched in capitals only: "xxx" or "todo" in running text is
 * left alone.
 */

const markers: { label: string; pattern: RegExp }[] = [
  { label: 'TODO', pattern: /(?<![\p{L}\d])TODO(?![\p{L}\d])/u },
  { label: 'XXX', pattern: /(?<![\p{L}\d])XXX(?![\p{L}\d])/u },
  { label: 'FIXME', pattern: /(?<![\p{L}\d])FIXME(?![\p{L}\d])/u },
  { label: 'TBD', pattern: /(?<![\p{L}\d])TBD(?![\p{L}\d])/u },
  { label: 'KESKEN', pattern: /(?<![\p{L}\d])KESKEN(?![\p{L}\d])/u },
  { label: '???', pattern: /\?{3,}/ },
  { label: '[...]', pattern: /\[\s*(?:\.{3}|…)\s*\]/ },
];

/** The placeholder markers found in a text, in the order of the list above. */
export function placeholderMarkers(text: string): string[] {
  return markers.filter((marker) => marker.pattern.test(text)).map((marker) => marker.label);
}

export function checkUnfinished(post: Pick<Post, 'title' | 'text' | 'variants' | 'channelIds' | 'coverImage' | 'albumName'>, channels: readonly Pick<Channel, 'id' | 'name'>[]): RuleOutcome {
  const findings: Finding[] = [];
  if (!post.title.trim()) findings.push(problem('emptyTitle'));
  const hasVariant = Object.values(post.variants).some((text) => text.trim());
  if (!post.text.trim() && !hasVariant) findings.push(warning('emptyText'));
  const names = new Map(channels.map((channel) => [channel.id, channel.name]));
  const places: { where: string; channel: string; text: string }[] = [
    { where: 'title', channel: '', text: post.title },
    { where: 'text', channel: '', text: post.text },
    ...Object.entries(post.variants).map(([channelId, text]) => ({ where: 'channelText', channel: names.get(channelId) ?? channelId, text })),
    { where: 'alt', channel: '', text: post.coverImage?.alt ?? '' },
    { where: 'album', channel: '', text: post.albumName },
  ];
  for (const place of places) {
    for (const marker of placeholderMarkers(place.text)) findings.push(problem('placeholder', { marker, where: place.where, channel: place.channel }));
  }
  return { state: findings.some((finding) => finding.severity === 'problem') ? 'open' : 'done', findings };
}
