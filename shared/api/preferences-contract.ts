import { changesOf } from '../domain/changes';
import { Preferences } from '../domain/preferences';
import { NoInput } from './app-contract';
import { channel } from './contract-kit';

/** How the app was left (calendar view and day), kept on disk so that it survives a restart. */
export const preferencesContract = {
  'preferences:get': channel(NoInput, Preferences),
  'preferences:update': channel(changesOf(Preferences), Preferences),
};
