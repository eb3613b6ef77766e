import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AlbumPost } from '../../../../shared/checklist/album-index';
import { albumIndex } from '../../../../shared/checklist/album-index';
import { checkAlbumName, DEFAULT_ALBUM_PATTERN, sameAlbumName } from '../../../../shared/checklist/album-name-rule';
import type { RuleOutcome } from '../../../../shared/checklist/checklist-result';
import { post } from './builders';

const pattern = DEFAULT_ALBUM_PATTERN;

/** The rule as it was before the index: every post compared with every album around it. */
function scanned(subject: AlbumPost, others: readonly AlbumPost[]): RuleOutcome {
  const outcome = checkAlbumName(subject, pattern, albumIndex([]));
  const name = subject.albumName.trim();
  if (!name) return outcome;
  const twin = others.find((other) => other.id !== subject.id && other.status !== 'cancelled' && sameAlbumName(other.albumName, name));
  if (!twin) return outcome;
  const findings = [...outcome.findings, { key: 'albumDuplicate', params: { title: twin.title, date: twin.date ?? '' }, severity: 'problem' as const }];
  return { state: 'open', findings };
}

const names = ['2026-06-20 Kesäjuhla', '2026-06-20  KESÄJUHLA ', '2026-06-20 Kesa\u0308juhla', '2026-06-20 Kesajuhla', 'Kesäjuhla', '', '  ', '2026-06-21 Siivous'];
const albumPost = fc.record({
  id: fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5'),
  title: fc.constantFrom('Juhla', 'Talkoot'),
  albumName: fc.constantFrom(...names),
  status: fc.constantFrom('draft' as const, 'cancelled' as const, 'published' as const),
});

describe('the album index a request builds once', () => {
  it('names the same clashing album as comparing with every post around it, in the same order', () => {
    fc.assert(
      fc.property(albumPost, fc.array(albumPost, { maxLength: 12 }), (subject, others) => {
        const posts = others.map((fields, i) => post({ ...fields, date: null, id: `${fields.id}-${i % 3}` }));
        const checked = post({ ...subject, date: null });
        expect(checkAlbumName(checked, pattern, albumIndex(posts))).toEqual(scanned(checked, posts));
      }),
      { numRuns: 400 },
    );
  });

  it('finds the first other post of the same album on a seeded year, as the scan did', () => {
    const year = Array.from({ length: 600 }, (_, i) => post({ id: `y${i}`, title: `Tapahtuma ${i}`, albumName: `2026-01-01 Tapahtuma ${i % 450}` }));
    const index = albumIndex(year);
    const findings = year.map((subject) => checkAlbumName(subject, pattern, index));
    expect(findings).toEqual(year.map((subject) => scanned(subject, year)));
    expect(findings.filter((outcome) => outcome.findings.some((finding) => finding.key === 'albumDuplicate'))).toHaveLength(300);
    expect(findings[450].findings).toContainEqual({ key: 'albumDuplicate', params: { title: 'Tapahtuma 0', date: '' }, severity: 'problem' });
  });

  it('does not count a post’s own album, nor a cancelled post’s, as a clash', () => {
    const own = post({ id: 'p1', albumName: '2026-06-20 Kesäjuhla' });
    const cancelled = post({ id: 'p2', status: 'cancelled', albumName: '2026-06-20 KESÄJUHLA' });
    expect(checkAlbumName(own, pattern, albumIndex([own, cancelled]))).toEqual({ state: 'done', findings: [] });
  });
});
