import type { Preferences } from '../../../shared/domain/preferences';
import type { PlanRepository } from '../../storage/plan-repository';

/** How the app was left: kept in the main document, written only when it changes. */
export class PreferencesService {
  constructor(private readonly repo: PlanRepository) {}

  get(): Preferences {
    return this.repo.main().preferences;
  }

  async update(changes: Partial<Preferences>): Promise<Preferences> {
    const current = this.get();
    const next = { ...current, ...changes };
    if ((Object.keys(next) as (keyof Preferences)[]).every((key) => next[key] === current[key])) return current;
    return (await this.repo.updateMain((doc) => ({ ...doc, preferences: next }))).preferences;
  }
}
