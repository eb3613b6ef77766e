import type { z } from 'zod';

/** One API channel: what a caller may send, and what it gets back. */
export interface ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
}

/** The header that carries the web bridge's token on every API call (bridge and renderer agree through this one constant). */
export const TOKEN_HEADER = 'x-somevuoro-token';

export function channel<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): ChannelSpec<I, O> {
  return { input, output };
}

export const apiErrorCodes = [
  /** The payload did not match the channel's input schema. */
  'invalid-input',
  /** The payload was well formed but breaks a rule of the domain. */
  'rejected',
  'not-found',
  /** The request did not come from the app's own window (or carried no valid token). */
  'forbidden',
  'unknown-channel',
  /** The data folder could not be read or written. */
  'storage',
  /** The services could not be reached at all (the web bridge stopped). */
  'unavailable',
  'internal',
] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];

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

export interface ApiError {
  code: ApiErrorCode;
  message: string;
  issues: ApiIssue[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function failure(code: ApiErrorCode, message: string, issues: ApiIssue[] = []): { ok: false; error: ApiError } {
  return { ok: false, error: { code, message, issues } };
}

/** 'posts:listUndated' → 'postsListUndated': the name of the preload/client method for a channel. */
export type MethodName<K extends string> = K extends `${infer Domain}:${infer Action}`
  ? `${Domain}${Capitalize<Action>}`
  : never;

export function methodName<K extends string>(channelName: K): MethodName<K> {
  const [domain, action] = channelName.split(':');
  return `${domain}${action.charAt(0).toUpperCase()}${action.slice(1)}` as MethodName<K>;
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
