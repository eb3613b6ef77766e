import type { Language } from '../domain/settings';

/**
 * Messages for the validation keys that schemas in shared/domain raise (v.dateInvalid…).
 * Main quotes them in English in API errors; the renderer shows them in the user's language.
 */
const en = {
  required: 'Required.',
  tooLong: 'Too long.',
  dateInvalid: 'Not a real date.',
  timeInvalid: 'Not a time of day (use 24-hour time such as 09:30).',
  instantInvalid: 'Not a valid timestamp.',
  timeWithoutDate: 'A time needs a date.',
  rangeReversed: 'The end is before the start.',
  rangeTooLong: 'The range is too long.',
  idInvalid: 'Not a valid id.',
  urlInvalid: 'Not a web address (https://…).',
  emailInvalid: 'Not an email address.',
  fileNameInvalid: 'Not a valid file name.',
  timeZoneInvalid: 'Unknown time zone.',
  unknownChannel: 'No such channel.',
  unknownVolunteer: 'No such volunteer.',
  variantWithoutChannel: 'A channel text for a channel the post does not use.',
  nameTaken: 'Someone already has this name.',
  volunteerHasHistory: 'This volunteer has duties or posts. Deactivate them instead, so that their history stays.',
  slotOutsideRange: 'This period is outside the range.',
  slotsOverlap: 'Periods overlap or are out of order.',
  swapSameDuty: 'Choose two different duties.',
  swapSamePerson: 'Both duties are the same person’s: nothing to exchange.',
  swapBothGaps: 'Both duties are gaps: nothing to exchange.',
  importEmpty: 'The file is empty.',
  importNotJson: 'The file is not valid JSON: it may be cut short, or not a backup at all.',
  importForeign: 'This is not a Somevuoro backup.',
  importVersionInvalid: 'The backup’s version is missing or not a number.',
  importNewer: 'The backup was made by a newer Somevuoro: update the app to read it.',
  importDuplicateId: 'The same id appears twice.',
  importMoreProblems: 'More problems not listed.',
  importUnknownField: 'A field this app does not know.',
  importWrongType: 'The wrong kind of value (text, number, list…).',
  csvMissingColumn: 'A column the import needs is missing.',
  csvUnknownValue: 'A value the import does not recognise.',
  csvRowsDisagree: 'Rows of the same post disagree.',
};
export type ValidationKey = keyof typeof en;

const fi: Record<ValidationKey, string> = {
  required: 'Pakollinen.',
  tooLong: 'Liian pitkä.',
  dateInvalid: 'Päivämäärää ei ole olemassa.',
  timeInvalid: 'Ei kellonaika (käytä 24 tunnin aikaa, esim. 9.30).',
  instantInvalid: 'Virheellinen aikaleima.',
  timeWithoutDate: 'Kellonaika tarvitsee päivämäärän.',
  rangeReversed: 'Loppu on ennen alkua.',
  rangeTooLong: 'Aikaväli on liian pitkä.',
  idInvalid: 'Virheellinen tunniste.',
  urlInvalid: 'Ei verkko-osoite (https://…).',
  emailInvalid: 'Ei sähköpostiosoite.',
  fileNameInvalid: 'Virheellinen tiedostonimi.',
  timeZoneInvalid: 'Tuntematon aikavyöhyke.',
  unknownChannel: 'Kanavaa ei ole.',
  unknownVolunteer: 'Vapaaehtoista ei ole.',
  variantWithoutChannel: 'Kanavakohtainen teksti kanavalle, jota julkaisu ei käytä.',
  nameTaken: 'Tällä nimellä on jo vapaaehtoinen.',
  volunteerHasHistory: 'Vapaaehtoisella on vuoroja tai julkaisuja. Merkitse hänet passiiviseksi, niin historia säilyy.',
  slotOutsideRange: 'Jakso on aikavälin ulkopuolella.',
  slotsOverlap: 'Jaksot menevät päällekkäin tai väärään järjestykseen.',
  swapSameDuty: 'Valitse kaksi eri vuoroa.',
  swapSamePerson: 'Molemmat vuorot ovat saman henkilön: vaihdettavaa ei ole.',
  swapBothGaps: 'Molemmat vuorot ovat aukkoja: vaihdettavaa ei ole.',
  importEmpty: 'Tiedosto on tyhjä.',
  importNotJson: 'Tiedosto ei ole kelvollista JSONia: se voi olla katkennut tai ei ole varmuuskopio lainkaan.',
  importForeign: 'Tämä ei ole Somevuoron varmuuskopio.',
  importVersionInvalid: 'Varmuuskopion versio puuttuu tai ei ole numero.',
  importNewer: 'Varmuuskopio on tehty uudemmalla Somevuorolla: päivitä sovellus lukeaksesi sen.',
  importDuplicateId: 'Sama tunniste esiintyy kahdesti.',
  importMoreProblems: 'Lisää ongelmia, joita ei lueteltu.',
  importUnknownField: 'Kenttä, jota sovellus ei tunne.',
  importWrongType: 'Väärän tyyppinen arvo (teksti, numero, luettelo…).',
  csvMissingColumn: 'Tuonnin tarvitsema sarake puuttuu.',
  csvUnknownValue: 'Arvo, jota tuonti ei tunnista.',
  csvRowsDisagree: 'Saman julkaisun rivit poikkeavat toisistaan.',
};

const sv: Record<ValidationKey, string> = {
  required: 'Obligatorisk.',
  tooLong: 'För lång.',
  dateInvalid: 'Datumet finns inte.',
  timeInvalid: 'Inte ett klockslag (använd 24-timmarstid, t.ex. 9.30).',
  instantInvalid: 'Ogiltig tidsstämpel.',
  timeWithoutDate: 'Ett klockslag behöver ett datum.',
  rangeReversed: 'Slutet är före början.',
  rangeTooLong: 'Intervallet är för långt.',
  idInvalid: 'Ogiltig identifierare.',
  urlInvalid: 'Inte en webbadress (https://…).',
  emailInvalid: 'Inte en e-postadress.',
  fileNameInvalid: 'Ogiltigt filnamn.',
  timeZoneInvalid: 'Okänd tidszon.',
  unknownChannel: 'Kanalen finns inte.',
  unknownVolunteer: 'Volontären finns inte.',
  variantWithoutChannel: 'En kanaltext för en kanal som inlägget inte använder.',
  nameTaken: 'Någon har redan det här namnet.',
  volunteerHasHistory: 'Volontären har jourer eller inlägg. Gör hen inaktiv i stället, så att historiken finns kvar.',
  slotOutsideRange: 'Perioden ligger utanför intervallet.',
  slotsOverlap: 'Perioderna överlappar eller är i fel ordning.',
  swapSameDuty: 'Välj två olika jourer.',
  swapSamePerson: 'Båda jourerna är samma persons: inget att byta.',
  swapBothGaps: 'Båda jourerna är luckor: inget att byta.',
  importEmpty: 'Filen är tom.',
  importNotJson: 'Filen är inte giltig JSON: den kan vara avkortad eller inte alls en säkerhetskopia.',
  importForeign: 'Det här är inte en säkerhetskopia från Somevuoro.',
  importVersionInvalid: 'Säkerhetskopians version saknas eller är inte ett tal.',
  importNewer: 'Säkerhetskopian gjordes med en nyare Somevuoro: uppdatera appen för att läsa den.',
  importDuplicateId: 'Samma id förekommer två gånger.',
  importMoreProblems: 'Fler problem som inte listas.',
  importUnknownField: 'Ett fält som appen inte känner till.',
  importWrongType: 'Fel sorts värde (text, tal, lista…).',
  csvMissingColumn: 'En kolumn som importen behöver saknas.',
  csvUnknownValue: 'Ett värde som importen inte känner igen.',
  csvRowsDisagree: 'Raderna för samma inlägg skiljer sig åt.',
};

export const validationMessages: Record<Language, Record<ValidationKey, string>> = { en, fi, sv };

const PREFIX = 'v.';

/** The message for a schema error in the given language; zod's own messages pass through. */
export function validationMessage(message: string, language: Language): string {
  if (!message.startsWith(PREFIX)) return message;
  const key = message.slice(PREFIX.length);
  return Object.hasOwn(en, key) ? validationMessages[language][key as ValidationKey] : message;
}
