import type { z } from 'zod';
import type { ApiIssue } from '../../shared/domain/issues';
import { quoteInput } from '../../shared/domain/issues';

/**
 * An error the user caused (bad reference, rule broken): answered as a value, never a crash.
 * `message` is for logs and the CLI; the screen words the issues' keys (`v.*` in
 * shared/locales) in the UI language, so a refusal without one does not compile.
 */
export class DomainError extends Error {
  constructor(
    readonly code: 'rejected' | 'not-found' | 'invalid-input',
    message: string,
    readonly issues: ApiIssue[],
  ) {
    super(message);
  }
}

export function notFound(what: string, id: string): DomainError {
  return new DomainError('not-found', `No ${what} with id ${id}.`, [{ path: 'id', message: 'v.notFound', received: id }]);
}

/** Approving records who approved (posts:approve, review:approve); an edit that sets the status would not. */
export function approvalByEdit(path: string): DomainError {
  return new DomainError('rejected', 'An edit cannot approve a post: use posts:approve, which records who approved it.', [{ path, message: 'v.approveWithAction', received: 'approved' }]);
}

export function issuesFrom(error: z.ZodError, prefix: (string | number)[] = []): ApiIssue[] {
  return error.issues.map((issue) => {
    const received = issue.code === 'unrecognized_keys' ? undefined : quoteInput(issue.input);
    const path = [...prefix, ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))].join('.');
    const message = issue.code === 'unrecognized_keys' ? `Unknown field(s): ${issue.keys.join(', ')}` : issue.message;
    return received === undefined ? { path, message } : { path, message, received };
  });
}

export function invalid(what: string, error: z.ZodError, prefix: (string | number)[] = []): DomainError {
  return new DomainError('invalid-input', `Invalid ${what}.`, issuesFrom(error, prefix));
}
