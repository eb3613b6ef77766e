/*
 * The separators a spreadsheet export can use. Finnish, Swedish and Danish Excel split on
 * ";", the default; "," is for everyone else. Apart from csv-export.ts so that the contract
 * (and the renderer through it) names them without importing the export's words.
 */
export const csvSeparators = [';', ','] as const;
export type CsvSeparator = (typeof csvSeparators)[number];
