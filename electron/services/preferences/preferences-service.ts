import type { Preferences } from '../../../shared/domain/preferences';
import type { Repository } from '../../storage/repository';

/** How the app was left: kept in the main document, written only when it changes. */
export class PreferencesService {
  constructor(private readonly repo: Repository) {}

  get(): Preferences {
    return this.repo.main().preferences;
  }

  update(changes: Partial<Preferences>): Preferences {
    const current = this.get();
    const next = { ...current, ...changes };
    if ((Object.keys(next) as (keyof Preferences)[]).every((key) => next[key] === current[key])) return current;
    return this.repo.updateMain((doc) => ({ ...doc, preferences: next })).preferences;
  }
}
