import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/domain/settings';
import { languages } from '../../shared/domain/settings';
import type { MessageParams } from '../../shared/i18n/validation-wording';
import { wordValidationMessage } from '../../shared/i18n/validation-wording';

/** Schema messages are keys (v.dateInvalid, v.tooLong?max=…) shown in the UI language, naming their values; zod's own messages are already localised. */
export function useValidationText(): (message: string, params?: MessageParams) => string {
  const { i18n } = useTranslation('v');
  const language: Language = (languages as readonly string[]).includes(i18n.language) ? (i18n.language as Language) : 'en';
  // The templates of the language on screen, as loaded for the UI (renderer/i18n/resources.ts).
  const templates = (i18n.getResourceBundle(language, 'v') ?? {}) as Record<string, string>;
  return (message, params) => wordValidationMessage(message, language, templates, params);
}
