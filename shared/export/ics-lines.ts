/*
 * The text layer of RFC 5545: escaping, content lines, folding, CRLF. Kept apart
 * from what goes into the calendar so that each rule can be tested on its own.
 */

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** TEXT values: backslash, semicolon, comma and newlines escaped (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
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
  return foldLine(`${name}${paramText}:${value}`);
}

/** The whole object: every line ends in CRLF, the last one too. */
export function joinLines(lines: string[]): string {
  return lines.join(CRLF) + CRLF;
}
