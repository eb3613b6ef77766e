import type { Channel } from '../domain/channel';
import type { Post } from '../domain/post';
import { ownEntry } from '../domain/ids';

export interface ChannelText {
  /** null for a post without channels: its main text. */
  channelId: string | null;
  channelName: string;
  text: string;
}

/** The text each of the post's channels gets: its own variant, or (when that is absent or blank) the main text. */
export function channelTexts(post: Pick<Post, 'text' | 'variants' | 'channelIds'>, channels: readonly Pick<Channel, 'id' | 'name'>[]): ChannelText[] {
  if (post.channelIds.length === 0) return [{ channelId: null, channelName: '', text: post.text }];
  const names = new Map(channels.map((channel) => [channel.id, channel.name]));
  return post.channelIds.map((channelId) => ({ channelId, channelName: names.get(channelId) ?? channelId, text: ownEntry(post.variants, channelId)?.trim() ? post.variants[channelId] : post.text }));
}

/** Texts compared as a reader sees them: spacing and line breaks do not make a text different. */
export function sameText(a: string, b: string): boolean {
  const key = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ');
  return key(a) === key(b);
}
