import { describe, expect, it } from 'vitest';
import { channelsSharingText, checkAdaptedText } from '../../../../shared/checklist/adapted-text-rule';
import { facebook, group, instagram, post } from './builders';

const channels = [facebook, group, instagram];

describe('text adapted to each channel', () => {
  it('warns when the same text goes to several channels unchanged, naming them', () => {
    const outcome = checkAdaptedText(post({ text: 'Kesäjuhla la 20.6.', channelIds: ['fb', 'group', 'ig'], variants: { ig: 'Kesäjuhla! 📸 #kesä' } }), channels);
    expect(outcome).toEqual({ state: 'open', findings: [{ key: 'sameText', params: { channels: 'Facebook-sivu, Jäsenryhmä' }, severity: 'problem' }] });
  });

  it('counts a copy that differs only in spacing or line breaks as the same text', () => {
    expect(channelsSharingText(post({ text: 'Tervetuloa!\nKlo 12', channelIds: ['fb', 'ig'], variants: { ig: 'Tervetuloa!  Klo 12 ' } }), channels)).toEqual([['Facebook-sivu', 'Instagram']]);
  });

  it('is done when every channel has its own text', () => {
    expect(checkAdaptedText(post({ text: 'Pitkä kuvaus sivulle', channelIds: ['fb', 'ig'], variants: { ig: 'Lyhyt kuvateksti #kesä' } }), channels)).toEqual({ state: 'done', findings: [] });
  });

  it('does not apply to a post for one channel', () => {
    expect(checkAdaptedText(post({ channelIds: ['fb'] }), channels).state).toBe('not-applicable');
  });
});
