import type { Preferences } from '../../../shared/domain/preferences';
import { defaultPreferences } from '../../../shared/domain/preferences';
import type { DeviceStore } from '../../storage/device-store';

/** How the app was left on this laptop: kept in the device store, written only when it changes. */
export class PreferencesService {
  constructor(private readonly device: DeviceStore) {}

  /** A plan folder written before preferences became device-local seeds them once; after that the plan's copy is never read. */
  seedFrom(legacy: Preferences | undefined): void {
    if (this.device.preferences() === null) this.device.setPreferences(legacy ?? defaultPreferences());
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
