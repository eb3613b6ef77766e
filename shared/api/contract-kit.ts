import type { z } from 'zod';
import type { ApiIssue } from '../domain/issues';

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

export type ApiErrorCode =
  /** The payload did not match the channel's input schema. */
  | 'invalid-input'
  /** The payload was well formed but breaks a rule of the domain. */
  | 'rejected'
  | 'not-found'
  /** The request did not come from the app's own window (or carried no valid token). */
  | 'forbidden'
  | 'unknown-channel'
  /** The data folder could not be read or written. */
  | 'storage'
  /** The services could not be reached at all (the web bridge stopped). */
  | 'unavailable'
  | 'internal';

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
