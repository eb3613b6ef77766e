import { XRPCError } from '@atproto/api';
import { MastoHttpError, MastoTimeoutError, MastoUnexpectedError } from 'masto';
import { wallClockOf } from '../../../shared/calendar/zoned-time';
import type { ApiIssue } from '../../../shared/domain/issues';
import { DomainError } from '../domain-error';
import type { Network } from './connected-accounts';

/*
 * What went wrong with a network, as a refusal the volunteer can act on, worded in the UI
 * language from the issue's key (v.publish*): the sign-in expired (connect again), too
 * many posts (try after a time), the text or the image too large, the network or the
 * server down. The server's own sentence is kept for the log and for what has no key.
 */

export const networkNames: Record<Network, string> = { mastodon: 'Mastodon', bluesky: 'Bluesky' };

export function publishingRefusal(network: Network, message: string, params: Record<string, string> = {}, log = message): DomainError {
  const issue: ApiIssue = { path: '', message, params: { network: networkNames[network], ...params } };
  return new DomainError('rejected', `${networkNames[network]}: ${log}`, [issue]);
}

interface Failure {
  status: number | null;
  /** The server's words, or the error's. */
  text: string;
  /** When the rate limit ends, if the server said. */
  retryAt: Date | null;
  timedOut: boolean;
  /** An XRPC error name (ExpiredToken, RateLimitExceeded…). */
  name: string;
}

function describe(error: unknown): Failure {
  const base = { status: null, text: error instanceof Error ? error.message : String(error), retryAt: null, timedOut: false, name: '' };
  if (error instanceof MastoHttpError) {
    const headers = error.cause instanceof Response ? error.cause.headers : null;
    const reset = headers?.get('x-ratelimit-reset');
    return { ...base, status: error.statusCode, text: error.description ?? error.message, retryAt: reset ? validDate(new Date(reset)) : null };
  }
  if (error instanceof MastoTimeoutError) return { ...base, timedOut: true };
  if (error instanceof XRPCError) {
    const reset = error.headers?.['ratelimit-reset'];
    const status = error.status >= 100 ? error.status : null;
    return { ...base, status, name: error.error, retryAt: reset ? validDate(new Date(Number(reset) * 1000)) : null };
  }
  return base;
}

function validDate(date: Date): Date | null {
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Any failure of a client call, as a worded refusal; `limits` names what the text and image may be. */
export function publishingFailure(error: unknown, network: Network, timeZone: string): DomainError {
  const failure = describe(error);
  const says = (key: string, params: Record<string, string> = {}) => publishingRefusal(network, key, params, failure.text);
  const { status, text, name } = failure;
  if (status === 401 || status === 403 || ['ExpiredToken', 'InvalidToken', 'AuthenticationRequired', 'AccountTakedown'].includes(name)) return says('v.publishSignedOut');
  if (status === 429 || name === 'RateLimitExceeded') {
    if (!failure.retryAt) return says('v.publishRateLimitedLater');
    const { date, time } = wallClockOf(failure.retryAt.toISOString(), timeZone);
    return says('v.publishRateLimited', { time: `${date}T${time}` });
  }
  if (status === 413 || name === 'BlobTooLarge' || /too large|file size/i.test(text)) return says('v.publishImageRefused');
  if (/character limit|longer than|too long/i.test(text)) return says('v.publishTextRefused');
  if (status === null || status >= 500 || failure.timedOut || error instanceof MastoUnexpectedError) return says('v.publishUnreachable');
  return says('v.publishRefused', { reason: text.slice(0, 200) });
}
