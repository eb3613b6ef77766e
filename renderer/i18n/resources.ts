import type { ResourceLanguage } from 'i18next';
import type { Language } from '../../shared/domain/settings';
import type { UiResources } from '../../shared/locales/en';

/*
 * One chunk per language, loaded when it is shown: the first screen carries one language's
 * words, not three. The chunks are files of the app (offline as the rest of it).
 */
const loaders: Record<Language, () => Promise<{ resources: UiResources }>> = {
  en: () => import('../../shared/locales/en'),
  fi: () => import('../../shared/locales/fi'),
  sv: () => import('../../shared/locales/sv'),
};

/** The UI's namespaces of a language: every locale file but the words written inside exported files. */
export async function resourcesFor(language: Language): Promise<ResourceLanguage> {
  const { exportFile: _inFilesOnly, ...ui } = (await loaders[language]()).resources;
  return ui;
}
