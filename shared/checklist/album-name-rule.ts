import type { LocalDate } from '../domain/local-time';
import type { Post } from '../domain/post';
import type { AlbumIndex, AlbumPost } from './album-index';
import { albumNameKey, albumTwin } from './album-index';
import type { Finding, RuleOutcome } from './checklist-result';
import { problem } from './checklist-result';

/*
 * Named albums (seed 000): photos go into albums named by the association's own
 * convention, so they are easy to find later. The convention is a pattern with
 * placeholders; the app proposes a name from the post's date and title, flags names
 * that break the pattern, and warns when two posts would make albums of the same name.
 */

export const DEFAULT_ALBUM_PATTERN = '{yyyy}-{MM}-{dd} {event}';

const TOKEN = /\{([^{}]*)\}/g;

/** What each placeholder matches, and what it becomes for a post. */
const tokens: Record<string, { pattern: string; value: (date: LocalDate | null, title: string) => string | null }> = {
  yyyy: { pattern: '\\d{4}', value: (date) => date?.slice(0, 4) ?? null },
  yy: { pattern: '\\d{2}', value: (date) => date?.slice(2, 4) ?? null },
  MM: { pattern: '(?:0[1-9]|1[0-2])', value: (date) => date?.slice(5, 7) ?? null },
  M: { pattern: '(?:[1-9]|1[0-2])', value: (date) => (date ? String(Number(date.slice(5, 7))) : null) },
  dd: { pattern: '(?:0[1-9]|[12]\\d|3[01])', value: (date) => date?.slice(8, 10) ?? null },
  d: { pattern: '(?:[1-9]|[12]\\d|3[01])', value: (date) => (date ? String(Number(date.slice(8, 10))) : null) },
  // Any text with at least one letter, in any alphabet: "Kesäjuhla", "Höstmöte", "Joulu 🎄".
  event: { pattern: '.*\\p{L}.*', value: (_date, title) => title.trim().replace(/\s+/g, ' ') || null },
};

/** null for a usable pattern, otherwise the first unknown placeholder. */
export function albumPatternProblem(pattern: string): string | null {
  for (const match of pattern.matchAll(TOKEN)) if (!Object.hasOwn(tokens, match[1])) return match[0];
  if (/[{}]/.test(pattern.replace(TOKEN, ''))) return '{';
  return null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function patternRegExp(pattern: string): RegExp {
  let source = '';
  let last = 0;
  for (const match of pattern.matchAll(TOKEN)) {
    source += escapeRegExp(pattern.slice(last, match.index)) + `(?:${tokens[match[1]].pattern})`;
    last = (match.index ?? 0) + match[0].length;
  }
  source += escapeRegExp(pattern.slice(last));
  // Whitespace in the pattern matches any run of whitespace in a name.
  return new RegExp(`^${source.replace(/( |\\ )+/g, '\\s+')}$`, 'u');
}

// A request checks many posts against one pattern: compile it once, not once a post.
let compiled: { pattern: string; regExp: RegExp } | null = null;

function cachedPatternRegExp(pattern: string): RegExp {
  if (compiled?.pattern !== pattern) compiled = { pattern, regExp: patternRegExp(pattern) };
  return compiled.regExp;
}

/** Whether a name follows the pattern (names are compared in Unicode NFC, so ä typed either way counts). */
export function followsAlbumPattern(pattern: string, name: string): boolean {
  if (albumPatternProblem(pattern) !== null) return true;
  return cachedPatternRegExp(pattern).test(name.normalize('NFC').trim());
}

/** The name the pattern gives this post, or null when the post lacks what the pattern needs (a date). */
export function proposeAlbumName(pattern: string, post: Pick<Post, 'date' | 'title'>): string | null {
  if (albumPatternProblem(pattern) !== null) return null;
  let missing = false;
  const name = pattern.replace(TOKEN, (_whole, token: string) => {
    const value = tokens[token].value(post.date, post.title.normalize('NFC'));
    if (value === null) missing = true;
    return value ?? '';
  });
  return missing ? null : name.trim();
}

/**
 * Two names for the same album: Finnish letters are letters of their own (Kesäjuhla
 * is not Kesajuhla), but case, spacing and the way ä was typed do not matter.
 */
export function sameAlbumName(a: string, b: string): boolean {
  return albumNameKey(a) !== '' && albumNameKey(a) === albumNameKey(b);
}

export function checkAlbumName(post: AlbumPost, pattern: string, albums: AlbumIndex): RuleOutcome {
  const proposal = proposeAlbumName(pattern, post) ?? '';
  const name = post.albumName.trim();
  if (!name) return { state: 'open', findings: [problem('noAlbum', { proposal })] };
  const findings: Finding[] = [];
  if (!followsAlbumPattern(pattern, name)) findings.push(problem('albumPattern', { pattern, proposal }));
  const twin = albumTwin(albums, post, name);
  if (twin) findings.push(problem('albumDuplicate', { title: twin.title, date: twin.date ?? '' }));
  return { state: findings.length ? 'open' : 'done', findings };
}
