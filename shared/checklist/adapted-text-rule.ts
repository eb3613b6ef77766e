import type { Channel } from '../domain/channel';
import type { Post } from '../domain/post';
import type { RuleOutcome } from './checklist-result';
import { problem } from './checklist-result';
import { channelTexts, sameText } from './channel-texts';

/*
 * Different content for different channels (seed 004): the same text copied to
 * several channels unchanged is flagged, naming the channels that share it.
 */

/** Groups of channel names that would get the very same text (two or more each). */
export function channelsSharingText(post: Pick<Post, 'text' | 'variants' | 'channelIds'>, channels: readonly Pick<Channel, 'id' | 'name'>[]): string[][] {
  const groups: { text: string; names: string[] }[] = [];
  for (const entry of channelTexts(post, channels)) {
    const group = groups.find((candidate) => sameText(candidate.text, entry.text));
    if (group) group.names.push(entry.channelName);
    else groups.push({ text: entry.text, names: [entry.channelName] });
  }
  return groups.filter((group) => group.names.length > 1).map((group) => group.names);
}

export function checkAdaptedText(post: Pick<Post, 'text' | 'variants' | 'channelIds'>, channels: readonly Pick<Channel, 'id' | 'name'>[]): RuleOutcome {
  if (post.channelIds.length < 2) return { state: 'not-applicable', findings: [] };
  const shared = channelsSharingText(post, channels);
  return shared.length ? { state: 'open', findings: shared.map((names) => problem('sameText', { channels: names.join(', ') })) } : { state: 'done', findings: [] };
}
