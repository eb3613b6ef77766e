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

const networkNames: Record<Network, string> = { mastodon: 'Mastodon', bluesky: 'Bluesky' };

export function publishingRefusal(network: Network, message: string, params: Record<string, string> = {}, log = message): DomainError {
  const issue: ApiIssue = { path: '', message, params: { network: networkNames[network], ...params } };
  return new DomainError('rejected', `${networkNames[network]}: ${log}`, [issue]);
}

/**
 * A failure of a call to a network, described by the client that made it (the libraries are
 * loaded only when an account is used, so this file names none of their classes).
 */
export class NetworkFailure extends Error {
  constructor(
    readonly status: number | null,
    /** The server's words, or the error's. */
    readonly text: string,
    /** When the rate limit ends, if the server said. */
    readonly retryAt: Date | null,
    /** An XRPC error name (ExpiredToken, RateLimitExceeded…), or ''. */
    readonly errorName: string,
    /** No answer in time, or no connection at all. */
    readonly unreachable: boolean,
  ) {
    super(text);
  }
}

export function validDate(date: Date): Date | null {
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A network's failure as a worded refusal. */
export function publishingFailure(error: unknown, network: Network, timeZone: string): DomainError {
  if (error instanceof DomainError) return error;
  // Anything not described by a client is a fault of the app's own, not the network's: let it be reported as one.
  if (!(error instanceof NetworkFailure)) throw error;
  const failure = error;
  const says = (key: string, params: Record<string, string> = {}) => publishingRefusal(network, key, params, failure.text);
  const { status, text, errorName: name } = failure;
  if (status === 401 || status === 403 || ['ExpiredToken', 'InvalidToken', 'AuthenticationRequired', 'AccountTakedown'].includes(name)) return says('v.publishSignedOut');
  if (status === 429 || name === 'RateLimitExceeded') {
    if (!failure.retryAt) return says('v.publishRateLimitedLater');
    const { date, time } = wallClockOf(failure.retryAt.toISOString(), timeZone);
    return says('v.publishRateLimited', { time: `${date}T${time}` });
  }
  if (status === 413 || name === 'BlobTooLarge' || /too large|file size/i.test(text)) return says('v.publishImageRefused');
  if (/character limit|longer than|too long/i.test(text)) return says('v.publishTextRefused');
  if (failure.unreachable || status === null || status >= 500) return says('v.publishUnreachable');
  return says('v.publishRefused', { reason: text.slice(0, 200) });
}
