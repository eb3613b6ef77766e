import { defineStrings } from '../../i18n/define-strings';
import { editorEn, editorFi, editorSv } from './strings-editor';
import { findingsEn, findingsFi, findingsSv } from './strings-findings';
import { uiEn, uiFi, uiSv } from './strings-ui';

/** The checklist's strings, kept in three files by part (findings, screen, editor and settings). */
export const checklistStrings = defineStrings({
  en: { ...uiEn, ...findingsEn, ...editorEn },
  fi: { ...uiFi, ...findingsFi, ...editorFi },
  sv: { ...uiSv, ...findingsSv, ...editorSv },
});
