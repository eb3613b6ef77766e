import { describe, expect, it } from 'vitest';
import { WebAddress } from '../../../../shared/domain/text';
import { validationMessage } from '../../../../shared/i18n/validation-messages';

const messages = (value: string) => (WebAddress.safeParse(value).error?.issues ?? []).map((issue) => issue.message);

describe('a web address carries no control character', () => {
  // new URL() drops CR, LF and TAB, so these all parse as valid URLs: the raw text is what would be stored.
  const hostile = {
    'CR LF': 'https://example.fi/\r\nBEGIN:VALARM',
    LF: 'https://example.fi/a\nb',
    CR: 'https://example.fi/a\rb',
    TAB: 'https://example.fi/a\tb',
    NUL: 'https://example.fi/a\u0000b',
    DEL: 'https://example.fi/a\u007fb',
    'C1 (NEL)': 'https://example.fi/a\u0085b',
    'C1 (CSI)': 'https://example.fi/a\u009bb',
    'line separator': 'https://example.fi/a\u2028b',
    'paragraph separator': 'https://example.fi/a\u2029b',
    'trailing CRLF': 'https://example.fi/\r\n',
    'leading LF': '\nhttps://example.fi/',
  };
  for (const [name, value] of Object.entries(hostile)) {
    it(`refuses ${name}, saying why`, () => {
      expect(messages(value)).toEqual(['v.urlControlCharacter']);
    });
  }

  it('accepts ordinary addresses, with their edge spaces trimmed', () => {
    expect(WebAddress.parse('  https://example.fi/tapahtumat?a=1;b=2,3  ')).toBe('https://example.fi/tapahtumat?a=1;b=2,3');
    expect(WebAddress.parse('https://kylä.example.fi/ä ö')).toBe('https://kylä.example.fi/ä ö');
    expect(WebAddress.parse('')).toBe('');
  });

  it('takes an address written without https:// as https (www.example.fi), and still refuses what is no address', () => {
    expect(WebAddress.parse('www.example.fi')).toBe('https://www.example.fi');
    expect(WebAddress.parse(' kyla.example.fi/tapahtumat ')).toBe('https://kyla.example.fi/tapahtumat');
    expect(WebAddress.parse('http://example.fi')).toBe('http://example.fi');
    expect(messages('ftp://example.fi')).toEqual(['v.urlInvalid']);
    expect(messages('not an address')).toEqual(['v.urlInvalid']);
  });

  it('has the message in Finnish, Swedish and English', () => {
    expect(validationMessage('v.urlControlCharacter', 'fi')).toBe('Osoitteessa ei voi olla rivinvaihtoja eikä muita ohjausmerkkejä.');
    expect(validationMessage('v.urlControlCharacter', 'sv')).toBe('En adress kan inte innehålla radbrytningar eller andra styrtecken.');
    expect(validationMessage('v.urlControlCharacter', 'en')).toBe('An address cannot contain line breaks or other control characters.');
  });
});
