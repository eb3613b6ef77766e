import { describe, expect, it } from 'vitest';
import { checkUnfinished, placeholderMarkers } from '../../../../shared/checklist/unfinished-rule';
import { facebook, instagram, post } from './builders';

describe('nothing unfinished', () => {
  it('finds placeholder markers people leave while writing', () => {
    expect(placeholderMarkers('Aika: TODO, paikka ???')).toEqual(['TODO', '???']);
    expect(placeholderMarkers('Hinta XXX € [...]')).toEqual(['XXX', '[...]']);
    expect(placeholderMarkers('Teksti KESKEN')).toEqual(['KESKEN']);
  });

  it('leaves ordinary text alone: lowercase words, one question mark, words containing the letters', () => {
    expect(placeholderMarkers('Mitä todo tarkoittaa? Tule katsomaan XXXL-paitoja ja TODOlla-näytöstä!')).toEqual([]);
  });

  it('is open with a marker in the title, the text, a channel’s own text, the alt text or the album name', () => {
    const outcome = checkUnfinished(post({ title: 'Kesäjuhla TODO', variants: { ig: 'Kuvat ???' }, albumName: 'XXX' }), [facebook, instagram]);
    expect(outcome.state).toBe('open');
    expect(outcome.findings.map((finding) => [finding.params.marker, finding.params.where, finding.params.channel])).toEqual([
      ['TODO', 'title', ''],
      ['???', 'channelText', 'Instagram'],
      ['XXX', 'album', ''],
    ]);
  });

  it('is open with an empty title', () => {
    expect(checkUnfinished(post({ title: ' ' }), [])).toMatchObject({ state: 'open', findings: [{ key: 'emptyTitle' }] });
  });

  it('is done for a finished post; an empty text is only a warning', () => {
    expect(checkUnfinished(post({ title: 'Kesäjuhla', text: 'Tervetuloa la 20.6. klo 12!' }), [])).toEqual({ state: 'done', findings: [] });
    expect(checkUnfinished(post({ text: '' }), [])).toEqual({ state: 'done', findings: [{ key: 'emptyText', params: {}, severity: 'warning' }] });
  });
});
