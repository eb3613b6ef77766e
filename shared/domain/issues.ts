/** What is wrong with one field of a payload, a file or a record: a value, never a thrown error. */
export interface ApiIssue {
  /** Dotted path of the offending field, "" for the payload as a whole. */
  path: string;
  /** A validation message key (v.dateInvalid…) or an English sentence from zod. */
  message: string;
  /** The offending value, when it is short enough to quote. */
  received?: string;
  /** Values the message names ({{next}} in v.timeInGap), for validationMessage. */
  params?: Record<string, string>;
}

const QUOTE_MAX = 80;

/**
 * The offending value as short JSON, or undefined when it is longer than a message can
 * quote. Walks at most QUOTE_MAX characters' worth, so a huge or deeply nested payload
 * costs nothing to describe (JSON.stringify of it could overflow the stack).
 */
export function quoteInput(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value.length <= QUOTE_MAX ? value : undefined;
  try {
    const text = shortJson(value, QUOTE_MAX);
    return text !== undefined && text.length <= QUOTE_MAX ? text : undefined;
  } catch {
    // A value with getters that throw, or some other exotic object: not worth quoting.
    return undefined;
  }
}

function isPlain(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return Array.isArray(value) || prototype === Object.prototype || prototype === null;
}

function shortJson(value: unknown, budget: number): string | undefined {
  if (budget <= 0) return undefined;
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(JSON.stringify(value));
  if (typeof value === 'string') return value.length + 2 <= budget ? JSON.stringify(value) : undefined;
  if (typeof value !== 'object' || !isPlain(value)) return undefined;
  const entries = Array.isArray(value) ? Array.from(value, (item: unknown) => [null, item] as const) : Object.entries(value).map(([key, item]) => [key, item] as const);
  if (entries.length > budget / 2) return undefined;
  let text = '';
  for (const [key, item] of entries) {
    const prefix = `${text ? ',' : ''}${key === null ? '' : `${JSON.stringify(key)}:`}`;
    const inner = shortJson(item, budget - text.length - prefix.length - 2);
    if (inner === undefined) return undefined;
    text += prefix + inner;
  }
  return Array.isArray(value) ? `[${text}]` : `{${text}}`;
}
