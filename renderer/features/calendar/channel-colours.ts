import type { Channel } from '../../../shared/domain/channel';

/*
 * Each channel gets a colour by its place in Settings' channel list: distinct
 * neighbours, dark enough to read as a stripe on white, and never the only sign of
 * anything (chips also carry the channel names in their labels).
 */
const palette = ['#1f62b8', '#2a7d4f', '#b3316f', '#b86200', '#6d3fc0', '#0f7c80', '#a52a2a', '#5b6570'];

export function channelColours(channels: Channel[]): Map<string, string> {
  return new Map(channels.map((channel, index) => [channel.id, palette[index % palette.length]]));
}

export const noChannelColour = '#9aa5af';
