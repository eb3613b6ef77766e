import { describe, expect, it } from 'vitest';
import { composeLink, composeUrlMax, firstLink, overLimit } from '../../../../shared/share/share-links';

const text = 'Tervetuloa myyjäisiin!\nÄänestä ja syö 🍩 ÅÖ';
const base = { text, channelUrl: '', title: 'Joulumyyjäiset' };

/** What the network's page reads back from the address: the decoded text parameter. */
function param(url: string, name: string): string | null {
  return new URL(url).searchParams.get(name);
}

describe('compose links of the share kit', () => {
  it('prefills X, Bluesky and Threads with the text, ä/ö/å, emoji and line breaks intact', () => {
    for (const [kind, prefix] of [
      ['x', 'https://x.com/intent/tweet?text='],
      ['bluesky', 'https://bsky.app/intent/compose?text='],
      ['threads', 'https://www.threads.net/intent/post?text='],
    ] as const) {
      const link = composeLink({ ...base, kind });
      expect(link).toMatchObject({ ok: true, carries: 'text' });
      if (!link.ok) continue;
      expect(link.url.startsWith(prefix)).toBe(true);
      expect(param(link.url, 'text')).toBe(text);
    }
  });

  it('percent-encodes as UTF-8: ä is %C3%A4, a line break %0A, a space %20, an emoji its four bytes', () => {
    const link = composeLink({ ...base, kind: 'x', text: 'ä å\n🍩 &#=' });
    expect(link).toEqual({ ok: true, carries: 'text', url: 'https://x.com/intent/tweet?text=%C3%A4%20%C3%A5%0A%F0%9F%8D%A9%20%26%23%3D' });
  });

  it('sends a decomposed ä (a + ¨) as the one letter and CRLF as one line break', () => {
    const link = composeLink({ ...base, kind: 'bluesky', text: 'Pa\u0308iva\u0308\r\nkaksi' });
    expect(link.ok && param(link.url, 'text')).toBe('Päivä\nkaksi');
    expect(link.ok && link.url).toContain('P%C3%A4iv%C3%A4%0Akaksi');
  });

  it("opens Mastodon's share page on the channel's own server, and says when the channel has no address", () => {
    const link = composeLink({ ...base, kind: 'mastodon', channelUrl: 'https://mastodon.social/@mantylankyla' });
    expect(link.ok && link.url.startsWith('https://mastodon.social/share?text=')).toBe(true);
    expect(link.ok && param(link.url, 'text')).toBe(text);
    expect(composeLink({ ...base, kind: 'mastodon', channelUrl: '' })).toEqual({ ok: false, reason: 'needsInstance' });
    expect(composeLink({ ...base, kind: 'mastodon', channelUrl: 'http://mastodon.social/@x' })).toEqual({ ok: false, reason: 'needsInstance' });
  });

  it('shares the first link of the text on Facebook and LinkedIn, and says when there is none', () => {
    const withLink = 'Lue lisää: https://mantylankyla.fi/tapahtumat/joulu?x=1&y=ä. Tervetuloa!';
    const facebook = composeLink({ ...base, kind: 'facebook-group', text: withLink });
    expect(facebook).toMatchObject({ ok: true, carries: 'link' });
    expect(facebook.ok && param(facebook.url, 'u')).toBe('https://mantylankyla.fi/tapahtumat/joulu?x=1&y=ä');
    const linkedin = composeLink({ ...base, kind: 'linkedin', text: withLink });
    expect(linkedin.ok && linkedin.url.startsWith('https://www.linkedin.com/sharing/share-offsite/?url=')).toBe(true);
    expect(composeLink({ ...base, kind: 'facebook-page' })).toEqual({ ok: false, reason: 'needsLink' });
  });

  it('opens the mail program for a newsletter, the title as subject and CRLF line breaks (RFC 6068)', () => {
    const link = composeLink({ ...base, kind: 'newsletter' });
    expect(link).toMatchObject({ ok: true, carries: 'mail' });
    expect(link.ok && link.url).toBe(`mailto:?subject=Joulumyyj%C3%A4iset&body=${encodeURIComponent(text.replace('\n', '\r\n'))}`);
    expect(link.ok && link.url).toContain('%0D%0A');
  });

  it('offers no compose page where the network has none (Instagram, TikTok, YouTube, a website)', () => {
    for (const kind of ['instagram', 'tiktok', 'youtube', 'website', 'other'] as const) expect(composeLink({ ...base, kind })).toEqual({ ok: false, reason: 'none' });
  });

  it('refuses an address too long to arrive whole: over 8,000 characters on the web, 2,000 in a mail link', () => {
    const long = 'ä'.repeat(1_300); // 6 characters each when encoded: 7,800
    expect(composeLink({ ...base, kind: 'x', text: long })).toMatchObject({ ok: true });
    expect(composeLink({ ...base, kind: 'x', text: long.repeat(2) })).toEqual({ ok: false, reason: 'tooLong' });
    expect(composeLink({ ...base, kind: 'newsletter', text: 'ä'.repeat(300) })).toMatchObject({ ok: true });
    expect(composeLink({ ...base, kind: 'newsletter', text: 'ä'.repeat(340) })).toEqual({ ok: false, reason: 'tooLong' });
    expect(composeUrlMax).toEqual({ web: 8_000, mail: 2_000 });
  });
});

describe("the channel's limit in the share kit", () => {
  it('warns when the text is over what the network takes, counted as the network counts (graphemes, links 23 on X)', () => {
    expect(overLimit('🇫🇮'.repeat(280), 'x')).toBeNull();
    expect(overLimit('🇫🇮'.repeat(281), 'x')).toEqual({ length: 281, max: 280 });
    expect(overLimit(`${'a'.repeat(256)} https://example.fi/${'x'.repeat(100)}`, 'x')).toBeNull();
    expect(overLimit('ö'.repeat(301), 'bluesky')).toEqual({ length: 301, max: 300 });
    expect(overLimit('å'.repeat(501), 'mastodon')).toEqual({ length: 501, max: 500 });
    expect(overLimit('å'.repeat(501), 'threads')).toEqual({ length: 501, max: 500 });
    expect(overLimit('a'.repeat(30_000), 'newsletter')).toBeNull();
  });

  it('finds the link to share without the sentence punctuation after it', () => {
    expect(firstLink('Katso https://a.fi/b. Ja http://c.fi')).toBe('https://a.fi/b');
    expect(firstLink('ei linkkiä http://c.fi')).toBeNull();
  });
});
