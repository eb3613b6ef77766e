import { describe, expect, it } from 'vitest';
import { checkContactInfo, contactMentions, phoneDigits } from '../../../../shared/checklist/contact-info-rule';
import { facebook, group, post } from './builders';

const association = { website: 'https://www.kylayhdistys.fi/', email: 'kylayhdistys.hallitus@gmail.com', phone: '+358 40 123 4567' };
const channels = [facebook, group];

describe('contact info or a link to the home page', () => {
  it('finds the home page, the email or the phone number in the text, however they are written', () => {
    expect(contactMentions('Lisätietoja: kylayhdistys.fi/kesajuhla', association)).toEqual(['website']);
    expect(contactMentions('Kysy: KYLAYHDISTYS.hallitus@Gmail.com', association)).toEqual(['email']);
    expect(contactMentions('Soita 040-123 4567!', association)).toEqual(['phone']);
    expect(contactMentions('Tervetuloa kaikki!', association)).toEqual([]);
    expect(phoneDigits('+358 40 123 4567')).toBe(phoneDigits('040 1234567'));
  });

  it('is done when every channel’s text has a contact', () => {
    const outcome = checkContactInfo(post({ text: 'Ilmoittaudu: www.kylayhdistys.fi', channelIds: ['fb', 'group'] }), association, channels, false);
    expect(outcome).toEqual({ state: 'done', findings: [{ key: 'contactFound', params: { kinds: 'website' }, severity: 'info' }] });
  });

  it('is open when a channel’s own text leaves the contact out, naming that channel', () => {
    const outcome = checkContactInfo(post({ text: 'Ilmoittaudu: www.kylayhdistys.fi', variants: { group: 'Tulkaa kaikki!' }, channelIds: ['fb', 'group'] }), association, channels, false);
    expect(outcome).toEqual({ state: 'open', findings: [{ key: 'noContactOnChannels', params: { channels: 'Jäsenryhmä' }, severity: 'problem' }] });
  });

  it('is done when someone ticked it (the post invites nobody), and open before that', () => {
    const plain = post({ text: 'Kiitos kaikille!' });
    expect(checkContactInfo(plain, association, channels, false).state).toBe('open');
    expect(checkContactInfo(plain, association, channels, true)).toEqual({ state: 'done', findings: [{ key: 'contactTicked', params: {}, severity: 'info' }] });
  });

  it('asks for the association’s contact details when Settings has none', () => {
    expect(checkContactInfo(post(), { website: '', email: '', phone: '' }, channels, false)).toMatchObject({ state: 'open', findings: [{ key: 'noContactInSettings' }] });
  });
});
