import type { ApiIssue, ApiResult } from '../../shared/api/contract-kit';
import { failure } from '../../shared/api/contract-kit';
import type { ChannelName, Contract } from '../../shared/api/contract';
import { contract, isChannelName } from '../../shared/api/contract';
import { validationMessage } from '../../shared/i18n/validation-messages';
import { DataFolderBusyError } from '../storage/data-lock';
import { StorageError } from '../storage/repository';
import { DomainError, issuesFrom } from './domain-error';
import type { HandlersFor } from './handler-types';

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

/**
 * The single entrance to the services, shared by every transport (Electron IPC, the
 * HTTP bridge, direct calls in tests): checks the channel, validates the payload
 * against the contract, runs the handler, and turns every failure into a value.
 */
export function createDispatch(handlers: Handlers, log: (error: unknown) => void = console.error): Dispatch {
  return async (channelName, payload) => {
    if (!isChannelName(channelName)) return failure('unknown-channel', `There is no API channel called "${channelName}".`);
    const parsed = contract[channelName].input.safeParse(payload, { reportInput: true });
    if (!parsed.success) {
      const issues = issuesFrom(parsed.error);
      return failure('invalid-input', `Invalid input for ${channelName}: ${describe(issues)}`, issues);
    }
    try {
      const handler = handlers[channelName] as (input: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof DomainError) {
        const detail = error.issues.length ? ` ${describe(error.issues)}` : '';
        return failure(error.code, `${error.message}${detail}`, error.issues);
      }
      if (error instanceof StorageError || error instanceof DataFolderBusyError) return failure('storage', error.message);
      log(error);
      return failure('internal', `Something went wrong in ${channelName as ChannelName}: ${(error as Error).message}`);
    }
  };
}
