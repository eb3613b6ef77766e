import { describe, expect, it } from 'vitest';
import { checkCoverImage, isTooSmallFor, minimumImageSize, recommendedImageSizes } from '../../../../shared/checklist/cover-image-rule';
import type { CoverImage } from '../../../../shared/domain/post';
import { facebook, instagram, post } from './builders';

const image = (fields: Partial<CoverImage> = {}): CoverImage => ({ file: 'a.jpg', alt: 'Lapset juoksevat niityllä', mime: 'image/jpeg', width: 1200, height: 630, bytes: 100_000, ...fields });
const channels = [facebook, instagram];

describe('the cover image item', () => {
  it('is done with an image described in alt text, large enough for every channel', () => {
    expect(checkCoverImage(post({ coverImage: image({ width: 1080, height: 1080 }), channelIds: ['fb', 'ig'] }), channels)).toEqual({ state: 'done', findings: [] });
  });

  it('is open without an image, or with one that has no alt text', () => {
    expect(checkCoverImage(post({ coverImage: null }), channels)).toMatchObject({ state: 'open', findings: [{ key: 'noImage' }] });
    expect(checkCoverImage(post({ coverImage: image({ alt: '  ' }) }), channels)).toMatchObject({ state: 'open', findings: [{ key: 'noAlt' }] });
  });

  it('warns (without holding the post back) when the image is too small for a channel', () => {
    const outcome = checkCoverImage(post({ coverImage: image({ width: 800, height: 420 }), channelIds: ['fb', 'ig'] }), channels);
    expect(outcome.state).toBe('done');
    expect(outcome.findings).toEqual([
      {
        key: 'imageTooSmall',
        severity: 'warning',
        params: { channel: 'Instagram', width: 800, height: 420, minWidth: 540, minHeight: 540, recommendedWidth: 1080, recommendedHeight: 1080 },
      },
    ]);
  });

  it('recommends a size per kind of channel, and calls an image too small below half of it', () => {
    expect(recommendedImageSizes['facebook-page']).toEqual({ width: 1200, height: 630 });
    expect(minimumImageSize('facebook-page')).toEqual({ width: 600, height: 315 });
    expect(isTooSmallFor({ width: 600, height: 315 }, 'facebook-page')).toBe(false);
    expect(isTooSmallFor({ width: 599, height: 315 }, 'facebook-page')).toBe(true);
    expect(isTooSmallFor({ width: 10, height: 10 }, 'other')).toBe(false);
  });
});
