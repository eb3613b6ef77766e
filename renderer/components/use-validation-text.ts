import { useTranslation } from 'react-i18next';
import type { ValidationKey } from '../../shared/i18n/validation-messages';

/** Schema messages are keys (v.dateInvalid) shown in the UI language; zod's own messages are already localised. */
export function useValidationText(): (message: string) => string {
  const { t } = useTranslation('v');
  return (message) => (message.startsWith('v.') ? t(message.slice(2) as ValidationKey) : message);
}
