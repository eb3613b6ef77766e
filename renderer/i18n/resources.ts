import type { ResourceLanguage } from 'i18next';
import type { Language } from '../../shared/domain/settings';
import { locales } from '../../shared/locales/locales';

/** The UI's namespaces: every locale file but the words written inside exported files, the command line's and main's before a window exists. */
export function resourcesFor(language: Language): ResourceLanguage {
  const { exportFile: _inFilesOnly, cli: _commandLineOnly, startup: _beforeTheWindow, ...ui } = locales[language];
  return ui;
}
