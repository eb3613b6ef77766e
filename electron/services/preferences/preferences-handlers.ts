import type { preferencesContract } from '../../../shared/api/preferences-contract';
import type { HandlersFor } from '../../api/handler-types';
import type { PreferencesService } from './preferences-service';

export function preferencesHandlers(preferences: PreferencesService): HandlersFor<typeof preferencesContract> {
  return {
    'preferences:get': () => preferences.get(),
    'preferences:update': (changes) => preferences.update(changes),
  };
}
