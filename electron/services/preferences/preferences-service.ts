import type { Preferences } from '../../../shared/domain/preferences';
import { defaultPreferences } from '../../../shared/domain/preferences';
import type { Language } from '../../../shared/domain/settings';
import type { DeviceStore } from '../../storage/device-store';

/** How the app was left on this laptop: kept in the device store, written only when it changes. */
export class PreferencesService {
  constructor(private readonly device: DeviceStore) {}

  /**
   * A plan folder written before preferences became device-local seeds them once; after
   * that the plan's copy is never read. The UI language, once kept in the plan's settings,
   * starts as the plan's and is this laptop's own from then on.
   */
  seedFrom(legacy: Preferences | undefined, planLanguage: Language): void {
    const current = this.device.preferences() ?? legacy ?? defaultPreferences();
    if (this.device.preferences() === null || current.language === null) this.device.setPreferences({ ...current, language: current.language ?? planLanguage });
  }

  preferencesGet(): Preferences {
    return this.device.preferences() ?? defaultPreferences();
  }

  preferencesUpdate(changes: Partial<Preferences>): Preferences {
    const current = this.preferencesGet();
    const next = { ...current, ...changes };
    if ((Object.keys(next) as (keyof Preferences)[]).every((key) => next[key] === current[key])) return current;
    return this.device.setPreferences(next);
  }
}
