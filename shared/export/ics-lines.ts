/*
 * The text layer of RFC 5545: escaping, content lines, folding, CRLF. Kept apart
 * from what goes into the calendar so that each rule can be tested on its own.
 */

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/**
 * What some parser reads as the end of a line: CR and LF, and also VT, FF, the
 * separators FS/GS/RS, NEL and U+2028/2029, on which Python's str.splitlines (used
 * by python-icalendar) splits. None of them may reach a content line raw.
 */
const LINE_BREAK = /\r\n|[\n\r\v\f\u001C-\u001E\u0085\u2028\u2029]/;
/** Control characters TEXT cannot carry (§3.3.11 allows only HTAB among them). */
const OTHER_CONTROL = /[\u0000-\u0008\u000E-\u001B\u001F\u007F-\u0084\u0086-\u009F]/g;

/**
 * TEXT values (§3.3.11): backslash, semicolon and comma escaped, every kind of line
 * break written as \n, other control characters dropped, so that no text of any
 * record can end a line and start a property of its own.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(new RegExp(LINE_BREAK, 'g'), '\\n')
    .replace(OTHER_CONTROL, '');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line so that no line is longer than 75 octets (§3.1), breaking
 * only between characters, never inside a multi-byte UTF-8 sequence. A
 * continuation line starts with a space, which counts towards its 75.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

export type IcsParams = Record<string, string>;

/** NAME;PARAM=value:value, folded. Parameter values here are our own tokens (TZID, VALUE), never user text. */
export function contentLine(name: string, value: string, params: IcsParams = {}): string {
  const paramText = Object.entries(params)
    .map(([key, param]) => `;${key}=${param}`)
    .join('');
  const line = `${name}${paramText}:${value}`;
  // The last guard: a value that skipped escaping fails the export instead of adding lines.
  if (LINE_BREAK.test(line)) throw new Error(`A line break in the ${name} property of a calendar file.`);
  return foldLine(line);
}

/** The whole object: every line ends in CRLF, the last one too. */
export function joinLines(lines: string[]): string {
  return lines.join(CRLF) + CRLF;
}
