import type { Channel, ChannelKind } from '../domain/channel';
import type { CoverImage, Post } from '../domain/post';
import type { Finding, RuleOutcome } from './checklist-result';
import { problem, warning } from './checklist-result';

/*
 * Posts with images get reactions and reach (seed 000): a cover image, described in
 * alt text for those who cannot see it, at a size each channel shows well.
 */

/** The largest image the app copies into its data folder. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

export const imageMimeTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const satisfies readonly CoverImage['mime'][];

export interface ImageSize {
  width: number;
  height: number;
}

/** What each channel shows best (the platforms' own guidance, rounded); null where no single size fits. */
export const recommendedImageSizes: Record<ChannelKind, ImageSize | null> = {
  'facebook-page': { width: 1200, height: 630 },
  'facebook-group': { width: 1200, height: 630 },
  instagram: { width: 1080, height: 1080 },
  x: { width: 1600, height: 900 },
  // Both crop a single image to 16:9 in the timeline.
  bluesky: { width: 1600, height: 900 },
  mastodon: { width: 1280, height: 720 },
  threads: { width: 1080, height: 1350 },
  youtube: { width: 1280, height: 720 },
  tiktok: { width: 1080, height: 1920 },
  linkedin: { width: 1200, height: 627 },
  website: { width: 1200, height: 630 },
  newsletter: { width: 600, height: 300 },
  other: null,
};

/** Below half the recommended width or height an image looks blurred or tiny on that channel. */
export function minimumImageSize(kind: ChannelKind): ImageSize | null {
  const recommended = recommendedImageSizes[kind];
  return recommended ? { width: Math.ceil(recommended.width / 2), height: Math.ceil(recommended.height / 2) } : null;
}

export function isTooSmallFor(image: ImageSize, kind: ChannelKind): boolean {
  const minimum = minimumImageSize(kind);
  return minimum !== null && (image.width < minimum.width || image.height < minimum.height);
}

/** The post's channels on which the image would look too small. */
function channelsTooSmallFor(image: ImageSize, channels: readonly Pick<Channel, 'id' | 'kind' | 'name'>[]): Pick<Channel, 'id' | 'kind' | 'name'>[] {
  return channels.filter((channel) => isTooSmallFor(image, channel.kind));
}

export function checkCoverImage(post: Pick<Post, 'coverImage' | 'channelIds'>, channels: readonly Channel[]): RuleOutcome {
  const image = post.coverImage;
  if (!image) return { state: 'open', findings: [problem('noImage')] };
  const findings: Finding[] = [];
  if (!image.alt.trim()) findings.push(problem('noAlt'));
  const used = channels.filter((channel) => post.channelIds.includes(channel.id));
  for (const channel of channelsTooSmallFor(image, used)) {
    const minimum = minimumImageSize(channel.kind);
    const recommended = recommendedImageSizes[channel.kind];
    findings.push(
      warning('imageTooSmall', {
        channel: channel.name,
        width: image.width,
        height: image.height,
        minWidth: minimum?.width ?? 0,
        minHeight: minimum?.height ?? 0,
        recommendedWidth: recommended?.width ?? 0,
        recommendedHeight: recommended?.height ?? 0,
      }),
    );
  }
  return { state: findings.some((finding) => finding.severity === 'problem') ? 'open' : 'done', findings };
}
