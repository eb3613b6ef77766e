/**
 * Everything in a data folder, as plain JSON, in whatever schema version it was
 * written with. Migrations work on this shape so that they can move data between
 * documents (a v0 folder kept its posts inside the main document).
 */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface RawDataSet {
  main: JsonObject;
  posts: JsonObject[];
  trash: JsonObject[];
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Version 0 had no schemaVersion field at all. */
export function versionOf(main: JsonObject): number {
  const version = main.schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : 0;
}
