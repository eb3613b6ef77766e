import { describe, expect, it } from 'vitest';
import { albumPatternProblem, checkAlbumName, DEFAULT_ALBUM_PATTERN, followsAlbumPattern, proposeAlbumName, sameAlbumName } from '../../../../shared/checklist/album-name-rule';
import { albumIndex } from '../../../../shared/checklist/album-index';
import { localDate } from '../../../../shared/domain/local-time';
import { post } from './builders';

const pattern = DEFAULT_ALBUM_PATTERN;
const summer = post({ title: 'Kesäjuhla Äijälässä', date: localDate('2026-06-20') });

describe('album names by the association’s convention', () => {
  it('proposes a name from the post’s date and title, keeping ä and ö as they are', () => {
    expect(proposeAlbumName(pattern, summer)).toBe('2026-06-20 Kesäjuhla Äijälässä');
    expect(proposeAlbumName('{d}.{M}.{yyyy} – {event}', post({ title: 'Syysmöte', date: localDate('2026-09-05') }))).toBe('5.9.2026 – Syysmöte');
  });

  it('proposes nothing when the pattern needs a date the post does not have', () => {
    expect(proposeAlbumName(pattern, post({ title: 'Idea', date: null }))).toBeNull();
  });

  it('accepts a name with ä and ö that follows the pattern', () => {
    expect(followsAlbumPattern(pattern, '2026-06-20 Kesäjuhla Äijälässä')).toBe(true);
    expect(followsAlbumPattern(pattern, '2026-10-03 Höstmöte')).toBe(true);
    // The same name typed with a combining diaeresis (as some phones do) is the same name.
    expect(followsAlbumPattern(pattern, '2026-06-20 Kesa\u0308juhla')).toBe(true);
  });

  it('flags names that break the pattern: no date, a wrong date, or no event name', () => {
    expect(followsAlbumPattern(pattern, 'Kesäjuhla 2026')).toBe(false);
    expect(followsAlbumPattern(pattern, '2026-13-20 Kesäjuhla')).toBe(false);
    expect(followsAlbumPattern(pattern, '2026-06-20')).toBe(false);
    expect(followsAlbumPattern(pattern, '20.6.2026 Kesäjuhla')).toBe(false);
  });

  it('treats case, spacing and the way ä was typed as the same album, but ä and a as different letters', () => {
    expect(sameAlbumName('2026-06-20 Kesäjuhla', '2026-06-20  KESÄJUHLA ')).toBe(true);
    expect(sameAlbumName('2026-06-20 Kesäjuhla', '2026-06-20 Kesa\u0308juhla')).toBe(true);
    expect(sameAlbumName('2026-06-20 Kesäjuhla', '2026-06-20 Kesajuhla')).toBe(false);
    expect(sameAlbumName('', '')).toBe(false);
  });

  it('is done for a name that follows the pattern and no other post uses', () => {
    const named = { ...summer, albumName: '2026-06-20 Kesäjuhla Äijälässä' };
    expect(checkAlbumName(named, pattern, albumIndex([named, post({ id: 'p2', albumName: '2026-06-21 Siivous' })]))).toEqual({ state: 'done', findings: [] });
  });

  it('is open without a name, offering the proposal', () => {
    expect(checkAlbumName(summer, pattern, albumIndex([]))).toEqual({ state: 'open', findings: [{ key: 'noAlbum', params: { proposal: '2026-06-20 Kesäjuhla Äijälässä' }, severity: 'problem' }] });
  });

  it('is open for a name against the pattern, and when two posts would make albums of the same name', () => {
    const other = post({ id: 'p2', title: 'Juhlan kuvat', date: localDate('2026-06-22'), albumName: '2026-06-20 KESÄJUHLA äijälässä' });
    const outcome = checkAlbumName({ ...summer, albumName: '2026-06-20 Kesäjuhla Äijälässä' }, pattern, albumIndex([other]));
    expect(outcome).toEqual({ state: 'open', findings: [{ key: 'albumDuplicate', params: { title: 'Juhlan kuvat', date: '2026-06-22' }, severity: 'problem' }] });
    expect(checkAlbumName({ ...summer, albumName: 'Kesäjuhla' }, pattern, albumIndex([])).findings.map((finding) => finding.key)).toEqual(['albumPattern']);
  });

  it('ignores a cancelled post’s album when looking for clashes', () => {
    const cancelled = post({ id: 'p2', status: 'cancelled', albumName: '2026-06-20 Kesäjuhla Äijälässä' });
    expect(checkAlbumName({ ...summer, albumName: '2026-06-20 Kesäjuhla Äijälässä' }, pattern, albumIndex([cancelled])).state).toBe('done');
  });

  it('knows which patterns are usable', () => {
    expect(albumPatternProblem('{yyyy}-{MM}-{dd} {event}')).toBeNull();
    expect(albumPatternProblem('{vuosi} {event}')).toBe('{vuosi}');
    expect(albumPatternProblem('{yyyy} {event')).toBe('{');
  });
});
