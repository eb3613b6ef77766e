import type { Language } from '../domain/settings';
import { locales } from '../locales/locales';
import type { MessageParams } from './validation-wording';
import { wordValidationMessage } from './validation-wording';

/**
 * Messages for the validation keys that schemas in shared/domain raise (v.dateInvalid…), in
 * the `v` namespace of shared/locales. Main quotes them in English in API errors; the renderer
 * shows them in the user's language (through validation-wording.ts, with the one language it loaded).
 */
export type { MessageParams } from './validation-wording';

/** The message for a schema error in the given language, naming its values; zod's own messages pass through. */
export function validationMessage(message: string, language: Language, params: MessageParams = {}): string {
  return wordValidationMessage(message, language, locales[language].v, params);
}
