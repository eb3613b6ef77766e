import path from 'node:path';
import { DataFolderBusyError } from '../storage/data-lock';
import { NewerSchemaError } from '../../shared/migrations/migrations';
import { SCHEMA_VERSION } from '../../shared/domain/documents';

/*
 * The one message the app shows before its window exists: why the data folder could
 * not be opened, in the system's language (the folder's own language setting is in
 * the folder that could not be read). Other failures are quoted as they are.
 */

const texts = {
  en: {
    title: 'Somevuoro could not open its data',
    otherComputer: (host: string, pid: number, since: string, lock: string) =>
      `The data folder is in use by Somevuoro on the computer "${host}" (process ${pid}${since}). Close it there first. If that computer no longer uses this folder, delete ${lock} and start again.`,
    thisComputer: (pid: number, since: string) => `The data folder is in use by another Somevuoro (process ${pid}${since}). Close it first.`,
    opening: 'Another Somevuoro is opening the data folder right now. Try again in a moment.',
    since: (at: string) => ` since ${at}`,
    newer: (file: string, found: number) => `${file} was written by a newer Somevuoro (data version ${found}; this version reads up to ${SCHEMA_VERSION}). Update the app to open it. Nothing was changed.`,
  },
  fi: {
    title: 'Somevuoro ei voinut avata tietojaan',
    otherComputer: (host: string, pid: number, since: string, lock: string) =>
      `Tietokansio on käytössä Somevuorossa tietokoneella ”${host}” (prosessi ${pid}${since}). Sulje se siellä ensin. Jos tuo kone ei enää käytä kansiota, poista ${lock} ja käynnistä uudelleen.`,
    thisComputer: (pid: number, since: string) => `Tietokansio on toisen Somevuoron käytössä (prosessi ${pid}${since}). Sulje se ensin.`,
    opening: 'Toinen Somevuoro avaa tietokansiota juuri nyt. Yritä hetken päästä uudelleen.',
    since: (at: string) => ` ${at} alkaen`,
    newer: (file: string, found: number) => `${file} on tallennettu Somevuoron uudemmalla versiolla (tietoversio ${found}; tämä versio lukee enintään version ${SCHEMA_VERSION}). Päivitä sovellus avataksesi sen. Mitään ei muutettu.`,
  },
  sv: {
    title: 'Somevuoro kunde inte öppna sina data',
    otherComputer: (host: string, pid: number, since: string, lock: string) =>
      `Datamappen används av Somevuoro på datorn ”${host}” (process ${pid}${since}). Stäng den där först. Om den datorn inte längre använder mappen, ta bort ${lock} och starta igen.`,
    thisComputer: (pid: number, since: string) => `Datamappen används av en annan Somevuoro (process ${pid}${since}). Stäng den först.`,
    opening: 'En annan Somevuoro öppnar datamappen just nu. Försök igen om en stund.',
    since: (at: string) => ` sedan ${at}`,
    newer: (file: string, found: number) => `${file} sparades av en nyare Somevuoro (dataversion ${found}; den här versionen läser upp till ${SCHEMA_VERSION}). Uppdatera appen för att öppna den. Inget ändrades.`,
  },
};

export function startupErrorText(error: unknown, locale: string): { title: string; message: string } {
  const language = locale.slice(0, 2).toLowerCase();
  const text = language === 'fi' || language === 'sv' ? texts[language] : texts.en;
  const message = (() => {
    if (error instanceof NewerSchemaError) return text.newer(error.file, error.found);
    if (!(error instanceof DataFolderBusyError)) return error instanceof Error ? error.message : String(error);
    const holder = error.holder;
    if (!holder) return text.opening;
    const since = holder.startedAt ? text.since(new Date(holder.startedAt).toLocaleString(locale)) : '';
    if (error.otherHost) return text.otherComputer(holder.host, holder.pid, since, path.join(error.dir, 'somevuoro.lock'));
    return text.thisComputer(holder.pid, since);
  })();
  return { title: text.title, message };
}
