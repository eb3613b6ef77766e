import { describe, expect, it } from 'vitest';
import { channelTextCounts, graphemeCount, networkLength, titleCutIn } from '../../../../shared/domain/channel-limits';

describe('text length per channel, as the network counts it', () => {
  it('counts an emoji with skin tone, a flag and a decomposed ä as one character each', () => {
    expect(graphemeCount('👍🏽🇫🇮a\u0308')).toBe(3);
  });

  it('counts every web address as 23 characters on X and Mastodon, as written elsewhere', () => {
    const text = 'Ilmoittaudu: https://www.mantylankyla.fi/tapahtumat/joulumyyjaiset-2026?lahde=somevuoro';
    expect(networkLength(text, 'x')).toBe('Ilmoittaudu: '.length + 23);
    expect(networkLength(text, 'mastodon')).toBe('Ilmoittaudu: '.length + 23);
    expect(networkLength(text, 'bluesky')).toBe(text.length);
  });

  it('gives X 280, Bluesky 300, Mastodon 500 and Instagram 2,200, and no network limit to a website', () => {
    const channels = [
      { id: 'x', kind: 'x' },
      { id: 'sky', kind: 'bluesky' },
      { id: 'toot', kind: 'mastodon' },
      { id: 'ig', kind: 'instagram' },
      { id: 'fb', kind: 'facebook-page' },
      { id: 'web', kind: 'website' },
    ] as const;
    const counts = channelTextCounts('a'.repeat(290), channels);
    expect(counts.map((count) => [count.channelId, count.max, count.length > count.max])).toEqual([
      ['x', 280, true],
      ['sky', 300, false],
      ['toot', 500, false],
      ['ig', 2_200, false],
      ['fb', 63_206, false],
    ]);
  });

  it('warns that a long title is cut in the month view, and in a subject line only when the post goes to a newsletter', () => {
    expect(titleCutIn('Joulumyyjäiset', ['newsletter'])).toEqual({ chip: false, subjectLine: false });
    const long = 'Kylätalon joulumyyjäiset ja glögitarjoilu lauantaina koulun salissa kello 12–15';
    expect(titleCutIn(long, ['facebook-page'])).toEqual({ chip: true, subjectLine: false });
    expect(titleCutIn(long, ['newsletter'])).toEqual({ chip: true, subjectLine: true });
  });
});
