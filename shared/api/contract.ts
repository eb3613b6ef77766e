import type { z } from 'zod';
import { appContract } from './app-contract';
import { backupsContract } from './backups-contract';
import { campaignsContract } from './campaigns-contract';
import { checklistContract } from './checklist-contract';
import { damagedContract } from './damaged-contract';
import type { ApiResult, ChannelSpec, MethodName } from './contract-kit';
import { methodName } from './contract-kit';
import type { Subscribe } from './events-contract';
import { exportContract } from './export-contract';
import { identityContract } from './identity-contract';
import { ideasContract } from './ideas-contract';
import { mediaContract } from './media-contract';
import { planContract } from './plan-contract';
import { plansContract } from './plans-contract';
import { postsContract } from './posts-contract';
import { publishContract } from './publish-contract';
import { rosterContract } from './roster-contract';
import { preferencesContract } from './preferences-contract';
import { resultsContract } from './results-contract';
import { settingsContract } from './settings-contract';
import { seriesContract } from './series-contract';
import { setupContract } from './setup-contract';
import { shareContract } from './share-contract';
import { sharingContract } from './sharing-contract';
import { syncserverContract } from './syncserver-contract';

/**
 * The one API between the renderer and the main-process services. Main registers a
 * handler for every channel (electron/api/), the preload and the web client expose
 * one method per channel, all derived from this map. See shared/README.md.
 */
export const contract = {
  ...appContract,
  ...settingsContract,
  ...postsContract,
  ...rosterContract,
  ...exportContract,
  ...preferencesContract,
  ...setupContract,
  ...checklistContract,
  ...mediaContract,
  ...backupsContract,
  ...damagedContract,
  ...identityContract,
  ...planContract,
  ...plansContract,
  ...ideasContract,
  ...campaignsContract,
  ...resultsContract,
  ...shareContract,
  ...publishContract,
  ...sharingContract,
  ...seriesContract,
  ...syncserverContract,
} satisfies Record<string, ChannelSpec>;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
/** What a caller sends (defaults and brands not yet applied). */
export type InputOf<K extends ChannelName> = z.input<Contract[K]['input']>;
/** What a handler receives, after validation. */
export type ParsedInputOf<K extends ChannelName> = z.output<Contract[K]['input']>;
export type OutputOf<K extends ChannelName> = z.output<Contract[K]['output']>;

export const channelNames = Object.keys(contract) as ChannelName[];

export function isChannelName(value: string): value is ChannelName {
  return Object.hasOwn(contract, value);
}

/** The renderer's view of the API: one named method per channel, and `on` for main's events (events-contract.ts). */
export type RendererApi = {
  [K in ChannelName as MethodName<K>]: (input: InputOf<K>) => Promise<ApiResult<OutputOf<K>>>;
} & { on: Subscribe };

export type Invoke = (channelName: ChannelName, input: unknown) => Promise<ApiResult<unknown>>;

/** Builds the method-per-channel object over a transport (Electron IPC, HTTP, or a direct call) and its way of hearing main's events. */
export function bindApi(invoke: Invoke, on: Subscribe): RendererApi {
  return {
    ...Object.fromEntries(channelNames.map((name) => [methodName(name), (input: unknown) => invoke(name, input)])),
    on,
  } as RendererApi;
}
