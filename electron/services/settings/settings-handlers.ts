import type { settingsContract } from '../../../shared/api/settings-contract';
import type { HandlersFor } from '../../api/handler-types';
import type { SettingsService } from './settings-service';

export function settingsHandlers(settings: SettingsService): HandlersFor<typeof settingsContract> {
  return {
    'settings:get': () => settings.settings(),
    'settings:update': (changes) => settings.updateSettings(changes),
    'association:get': () => settings.association(),
    'association:update': (changes) => settings.updateAssociation(changes),
    'channels:list': () => settings.channels(),
    'channels:create': (fields) => settings.createChannel(fields),
    'channels:update': ({ id, changes }) => settings.updateChannel(id, changes),
    'channels:delete': ({ id }) => settings.deleteChannel(id),
  };
}
