import type { ChannelKind } from '../domain/channel';
import { channelTextLimits, networkLength } from '../domain/channel-limits';

/*
 * The share kit's "open the compose page" links: each network's own page that opens
 * prefilled, so publishing by hand is one click and a paste at most. Text goes in as
 * UTF-8 percent-encoding (encodeURIComponent: "ä" is %C3%A4, a space %20, a line break
 * %0A), in NFC so that an "ä" typed as a + ¨ arrives as one letter. Facebook and
 * LinkedIn take only a link to share, not text; a newsletter opens the mail program
 * (RFC 6068: line breaks as CRLF). Instagram, TikTok, YouTube and a website have no
 * such page: the share kit offers the text to copy instead.
 */

/** Longer addresses are cut or refused by browsers, servers or mail programs before the text arrives. */
export const composeUrlMax = { web: 8_000, mail: 2_000 } as const;

export type ComposeLink =
  | { ok: true; url: string; carries: 'text' | 'link' | 'mail' }
  /** none: the network has no compose page; needsLink: it shares only a link and the text has none; needsInstance: a Mastodon channel without its server's address; tooLong: the address would be cut. */
  | { ok: false; reason: 'none' | 'needsLink' | 'needsInstance' | 'tooLong' };

export interface ComposeInput {
  kind: ChannelKind;
  /** The channel's own text. */
  text: string;
  /** The channel's address (a Mastodon account's page names its server). */
  channelUrl: string;
  /** The post's title: a newsletter's subject. */
  title: string;
}

const textPages: Partial<Record<ChannelKind, (text: string, channelUrl: string) => string | null>> = {
  mastodon: (text, channelUrl) => {
    const origin = httpsOrigin(channelUrl);
    return origin && `${origin}/share?text=${encodeURIComponent(text)}`;
  },
  bluesky: (text) => `https://bsky.app/intent/compose?text=${encodeURIComponent(text)}`,
  x: (text) => `https://x.com/intent/tweet?text=${encodeURIComponent(text)}`,
  threads: (text) => `https://www.threads.net/intent/post?text=${encodeURIComponent(text)}`,
};

const linkPages: Partial<Record<ChannelKind, (link: string) => string>> = {
  'facebook-page': (link) => `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(link)}`,
  'facebook-group': (link) => `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(link)}`,
  linkedin: (link) => `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(link)}`,
};

/** The text as it is sent: one form of each letter, line breaks as \n. */
export function shareText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').trim();
}

/** The channel's compose page with its text (or link) filled in, where the network offers one. */
export function composeLink({ kind, text, channelUrl, title }: ComposeInput): ComposeLink {
  const body = shareText(text);
  const textPage = textPages[kind];
  if (textPage) {
    const url = textPage(body, channelUrl);
    if (url === null) return { ok: false, reason: 'needsInstance' };
    return url.length <= composeUrlMax.web ? { ok: true, url, carries: 'text' } : { ok: false, reason: 'tooLong' };
  }
  const linkPage = linkPages[kind];
  if (linkPage) {
    const link = firstLink(body);
    return link ? { ok: true, url: linkPage(link), carries: 'link' } : { ok: false, reason: 'needsLink' };
  }
  if (kind === 'newsletter') {
    const subject = encodeURIComponent(shareText(title));
    const url = `mailto:?subject=${subject}&body=${encodeURIComponent(body.replace(/\n/g, '\r\n'))}`;
    return url.length <= composeUrlMax.mail ? { ok: true, url, carries: 'mail' } : { ok: false, reason: 'tooLong' };
  }
  return { ok: false, reason: 'none' };
}

/** How far the text is over what the network takes (counted as it counts), or null when it fits or the network has no limit. */
export function overLimit(text: string, kind: ChannelKind): { length: number; max: number } | null {
  const limit = channelTextLimits[kind];
  if (!limit) return null;
  const length = networkLength(shareText(text), kind);
  return length > limit.max ? { length, max: limit.max } : null;
}

/** The first https address in the text: what Facebook and LinkedIn share. */
export function firstLink(text: string): string | null {
  return /https:\/\/[^\s<>"]+[^\s<>".,;:!?)]/u.exec(text)?.[0] ?? null;
}

function httpsOrigin(address: string): string | null {
  try {
    const url = new URL(address.trim());
    return url.protocol === 'https:' && url.hostname.includes('.') ? `https://${url.hostname}` : null;
  } catch {
    return null;
  }
}
