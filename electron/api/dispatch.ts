import { z } from 'zod';
import type { ApiResult } from '../../shared/api/contract-kit';
import type { ApiIssue } from '../../shared/domain/issues';
import { failure } from '../../shared/api/contract-kit';
import type { ChannelName, Contract } from '../../shared/api/contract';
import { contract, isChannelName } from '../../shared/api/contract';
import { validationMessage } from '../../shared/i18n/validation-messages';
import { DataFolderBusyError } from '../storage/data-lock';
import { StorageError } from '../storage/storage-error';
import { DomainError, issuesFrom } from '../services/domain-error';
import type { HandlersFor } from './handler-types';
import { createRequestQueue, requestOrder } from './request-order';

export type Handlers = HandlersFor<Contract>;
export type Dispatch = (channelName: string, payload: unknown) => Promise<ApiResult<unknown>>;

function describe(issues: ApiIssue[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => {
      const where = issue.path || 'payload';
      const value = issue.received === undefined ? '' : ` (got ${issue.received})`;
      return `${where}: ${validationMessage(issue.message, 'en', issue.params)}${value}`;
    })
    .join('; ');
}

/** A channel name as a caller sent it, cut short: it comes from outside (a URL path, an IPC message). */
function named(channelName: unknown): string {
  const text = typeof channelName === 'string' ? channelName : String(typeof channelName);
  return text.length <= 80 ? text : `${text.slice(0, 80)}…`;
}

/**
 * The single entrance to the services, shared by every transport (Electron IPC, the
 * HTTP bridge, direct calls in tests): checks the channel, validates the payload
 * against the contract, runs the handler, and turns every failure into a value. It
 * never throws: whatever a caller sends (deeply nested, huge, hostile) gets an answer.
 * Mutations run one at a time, in the order requests came; reads run beside them
 * (request-order.ts says which is which, and why that is safe).
 */
/** Runs a request with nothing merged into the plan meanwhile (a shared plan's repo.exclusive): other laptops' changes wait for it. */
type Exclusive = <T>(work: () => Promise<T>) => Promise<T>;

export function createDispatch(handlers: Handlers, log: (error: unknown) => void = console.error, exclusive: Exclusive = (work) => work()): Dispatch {
  const inOrder = createRequestQueue();
  const run = async (channelName: string, payload: unknown): Promise<ApiResult<unknown>> => {
    if (typeof channelName !== 'string' || !isChannelName(channelName)) return failure('unknown-channel', `There is no API channel called "${named(channelName)}".`);
    let parsed;
    try {
      parsed = contract[channelName].input.safeParse(payload, { reportInput: true });
    } catch {
      // zod recursing into a payload nested deeper than the stack allows.
      return failure('invalid-input', `Invalid input for ${channelName}: the payload is nested too deeply.`);
    }
    if (!parsed.success) {
      const issues = issuesFrom(parsed.error);
      return failure('invalid-input', `Invalid input for ${channelName}: ${describe(issues)}`, issues);
    }
    try {
      const handler = handlers[channelName] as (input: unknown) => unknown;
      const input = parsed.data;
      const order = requestOrder[channelName];
      // A service reads, then writes: another laptop's changes must not be merged in between (reads need no such guard).
      const work = order === 'mutation' || order === 'exclusive' ? () => exclusive(async () => handler(input)) : async () => handler(input);
      return { ok: true, value: await inOrder(order, work) };
    } catch (error) {
      if (error instanceof DomainError) {
        const detail = error.issues.length ? ` ${describe(error.issues)}` : '';
        return failure(error.code, `${error.message}${detail}`, error.issues);
      }
      // A record the services built does not validate: a limit was reached (the 51st channel). Nothing was written.
      if (error instanceof z.ZodError) {
        const issues = issuesFrom(error);
        return failure('rejected', `${channelName}: ${describe(issues)}`, issues);
      }
      // The message stays English (logs, the CLI); the issue is what the user reads, in their language.
      if (error instanceof StorageError) return failure('storage', error.message, [{ path: '', message: error.key, params: error.params }]);
      if (error instanceof DataFolderBusyError) return failure('storage', error.message, [{ path: '', message: 'v.storageFolderBusy', params: { folder: error.dir } }]);
      log(error);
      return failure('internal', `Something went wrong in ${channelName as ChannelName}: ${(error as Error).message}`);
    }
  };
  return async (channelName, payload) => {
    try {
      return await run(channelName, payload);
    } catch (error) {
      try {
        log(error);
      } catch {
        // A failing logger must not turn an answer into a crash either.
      }
      return failure('internal', `Something went wrong in ${named(channelName)}.`);
    }
  };
}
