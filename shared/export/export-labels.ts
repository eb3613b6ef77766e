import type { Language } from '../domain/settings';
import { locales } from '../locales/locales';

/*
 * Words that appear inside exported files (calendar summaries, spreadsheet headers, the
 * printed schedule): the `exportFile` namespace of shared/locales, with the domain's labels
 * (statuses, duty types, content types) from the `domain` namespace the UI uses too, so a file
 * and the screen name a thing alike. The CLI and main produce these files without any UI.
 */

type Locale = (typeof locales)['en'];
export type ExportLabels = Locale['exportFile'] & Pick<Locale['domain'], 'status' | 'dutyType' | 'contentType' | 'resultMetric'>;
export type CsvColumn = keyof ExportLabels['columns'];

function labelsIn(language: Language): ExportLabels {
  const { exportFile, domain } = locales[language];
  return { ...exportFile, status: domain.status, dutyType: domain.dutyType, contentType: domain.contentType, resultMetric: domain.resultMetric };
}

export const exportLabels: Record<Language, ExportLabels> = { en: labelsIn('en'), fi: labelsIn('fi'), sv: labelsIn('sv') };
