import { formatDateInput } from '../calendar/date-input';
import { isLocalDate, isLocalTime, localDate } from '../domain/local-time';
import type { Language } from '../domain/settings';

/**
 * Messages for the validation keys that schemas in shared/domain raise (v.dateInvalid…).
 * Main quotes them in English in API errors; the renderer shows them in the user's language.
 */
const en = {
  required: 'Required.',
  tooLong: 'At most {{max}} characters (you have {{count}}).',
  tooMany: 'At most {{max}} entries (there are {{count}}).',
  dateInvalid: 'Not a real date.',
  timeInvalid: 'Not a time of day (use 24-hour time such as 09:30).',
  instantInvalid: 'Not a valid timestamp.',
  timeWithoutDate: 'A time needs a date.',
  timeInGap: '{{time}} does not exist on {{date}} (the clocks go forward); the nearest possible time is {{next}}.',
  rangeReversed: 'The end is before the start.',
  rangeTooLong: 'The range is too long.',
  idInvalid: 'Not a valid id: letters, digits, - and _ (at most 64), starting with a letter or digit.',
  urlInvalid: 'Not a web address (https://…).',
  urlControlCharacter: 'An address cannot contain line breaks or other control characters.',
  emailInvalid: 'Not an email address.',
  fileNameInvalid: 'Not a valid file name.',
  timeZoneInvalid: 'Unknown time zone.',
  unknownChannel: 'No such channel.',
  unknownVolunteer: 'No such volunteer.',
  backupUnknown: 'No such safety copy.',
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
  duplicateId: 'The same id appears twice: nothing was changed.',
  channelInUse: 'Posts or duties still use this channel: move them to another channel first.',
  importMoreProblems: 'More problems not listed.',
  importUnknownField: 'A field this app does not know.',
  importWrongType: 'The wrong kind of value (text, number, list…).',
  csvMissingColumn: 'A column the import needs is missing.',
  csvUnknownValue: 'A value the import does not recognise.',
  csvRowsDisagree: 'Rows of the same post disagree.',
  csvTooManyRows: 'At most {{max}} rows can be imported at once; this file has more. Split it into smaller files.',
  userNameRequired: 'Your name is needed: approvals and comments record who made them.',
  approveWithAction: 'Use the Approve button: it records who approved the post.',
  cannotApprove: 'Only a post that is still being worked on can be approved.',
  notFirstRun: 'This data folder already has an association; change it in Settings.',
  checklistOpen: 'Required checklist items are open: complete them, or approve with a written reason.',
  checklistItemUnknown: 'This post’s checklist has no such item.',
  checklistItemAutomatic: 'This item is checked from the post itself and cannot be ticked.',
  templatesEmpty: 'Keep at least one template.',
  templateDuplicateId: 'The same id appears twice.',
  templateAllTwice: 'Only one template can cover all other content types.',
  templateTypeTaken: 'Another template already covers this content type.',
  templateAutomaticRule: 'An automatic item needs a rule.',
  templateRuleTwice: 'This automatic check is already in the template.',
  templateManualRule: 'A manual item cannot have a rule.',
  albumPatternInvalid: 'Unknown placeholder: use {yyyy}, {yy}, {MM}, {M}, {dd}, {d} and {event}.',
  imageType: 'Not a JPEG, PNG, WebP or GIF image.',
  imageTooLarge: 'The image is larger than 10 MB.',
  zipDamaged: 'The zip file is damaged or cut short, or not a zip file at all.',
  zipNoBackup: 'The zip holds no backup.json: it is not a Somevuoro backup.',
  zipUnknownEntry: 'A file that has no place in a Somevuoro backup (only backup.json and media/ pictures).',
  zipDuplicateEntry: 'The same file appears twice in the zip.',
  zipTooManyEntries: 'The zip holds far more files than any backup.',
  zipEntryTooLarge: 'A file in the zip is larger than any backup makes.',
  uploadTooLarge: 'The file is larger than 8 GB.',
  imageMissing: 'The image file is missing from the data folder; choose it again.',
};
export type ValidationKey = keyof typeof en;

const fi: Record<ValidationKey, string> = {
  required: 'Pakollinen.',
  tooLong: 'Enintään {{max}} merkkiä (nyt {{count}}).',
  tooMany: 'Enintään {{max}} kohtaa (nyt {{count}}).',
  dateInvalid: 'Päivämäärää ei ole olemassa.',
  timeInvalid: 'Ei kellonaika (käytä 24 tunnin aikaa, esim. 9.30).',
  instantInvalid: 'Virheellinen aikaleima.',
  timeWithoutDate: 'Kellonaika tarvitsee päivämäärän.',
  timeInGap: 'Kello {{time}} ei ole olemassa {{date}} (kesäaikaan siirrytään); lähin mahdollinen aika on {{next}}.',
  rangeReversed: 'Loppu on ennen alkua.',
  rangeTooLong: 'Aikaväli on liian pitkä.',
  idInvalid: 'Virheellinen tunniste: kirjaimia, numeroita, - ja _ (enintään 64), alussa kirjain tai numero.',
  urlInvalid: 'Ei verkko-osoite (https://…).',
  urlControlCharacter: 'Osoitteessa ei voi olla rivinvaihtoja eikä muita ohjausmerkkejä.',
  emailInvalid: 'Ei sähköpostiosoite.',
  fileNameInvalid: 'Virheellinen tiedostonimi.',
  timeZoneInvalid: 'Tuntematon aikavyöhyke.',
  unknownChannel: 'Kanavaa ei ole.',
  unknownVolunteer: 'Vapaaehtoista ei ole.',
  backupUnknown: 'Varmuuskopiota ei ole.',
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
  duplicateId: 'Sama tunniste esiintyy kahdesti: mitään ei muutettu.',
  channelInUse: 'Julkaisut tai vuorot käyttävät vielä tätä kanavaa: siirrä ne ensin toiselle kanavalle.',
  importMoreProblems: 'Lisää ongelmia, joita ei lueteltu.',
  importUnknownField: 'Kenttä, jota sovellus ei tunne.',
  importWrongType: 'Väärän tyyppinen arvo (teksti, numero, luettelo…).',
  csvMissingColumn: 'Tuonnin tarvitsema sarake puuttuu.',
  csvUnknownValue: 'Arvo, jota tuonti ei tunnista.',
  csvRowsDisagree: 'Saman julkaisun rivit poikkeavat toisistaan.',
  csvTooManyRows: 'Kerralla voi tuoda enintään {{max}} riviä; tässä tiedostossa on enemmän. Jaa se pienempiin tiedostoihin.',
  userNameRequired: 'Nimesi tarvitaan: hyväksynnät ja kommentit kertovat, kuka ne teki.',
  approveWithAction: 'Käytä Hyväksy-painiketta: se tallentaa, kuka julkaisun hyväksyi.',
  cannotApprove: 'Vain työn alla olevan julkaisun voi hyväksyä.',
  notFirstRun: 'Tässä tietokansiossa on jo yhdistys; muuta sen tietoja Asetuksissa.',
  checklistOpen: 'Pakollisia tarkistuslistan kohtia on kesken: tee ne tai hyväksy kirjoitetulla perustelulla.',
  checklistItemUnknown: 'Tämän julkaisun tarkistuslistalla ei ole tällaista kohtaa.',
  checklistItemAutomatic: 'Tämä kohta tarkistetaan julkaisusta itsestään, eikä sitä voi ruksia.',
  templatesEmpty: 'Jätä ainakin yksi pohja.',
  templateDuplicateId: 'Sama tunniste esiintyy kahdesti.',
  templateAllTwice: 'Vain yksi pohja voi kattaa kaikki muut sisältötyypit.',
  templateTypeTaken: 'Toinen pohja kattaa jo tämän sisältötyypin.',
  templateAutomaticRule: 'Automaattinen kohta tarvitsee säännön.',
  templateRuleTwice: 'Tämä automaattinen tarkistus on jo pohjassa.',
  templateManualRule: 'Käsin ruksattavalla kohdalla ei voi olla sääntöä.',
  albumPatternInvalid: 'Tuntematon paikkamerkki: käytä {yyyy}, {yy}, {MM}, {M}, {dd}, {d} ja {event}.',
  imageType: 'Ei JPEG-, PNG-, WebP- tai GIF-kuva.',
  imageTooLarge: 'Kuva on yli 10 Mt.',
  zipDamaged: 'Zip-tiedosto on vioittunut tai katkennut, tai se ei ole zip-tiedosto lainkaan.',
  zipNoBackup: 'Zip-tiedostossa ei ole backup.json-tiedostoa: se ei ole Somevuoron varmuuskopio.',
  zipUnknownEntry: 'Tiedosto, joka ei kuulu Somevuoron varmuuskopioon (vain backup.json ja media/-kuvat).',
  zipDuplicateEntry: 'Sama tiedosto on zip-tiedostossa kahdesti.',
  zipTooManyEntries: 'Zip-tiedostossa on paljon enemmän tiedostoja kuin missään varmuuskopiossa.',
  zipEntryTooLarge: 'Zip-tiedostossa on tiedosto, joka on suurempi kuin mikään varmuuskopio tekee.',
  uploadTooLarge: 'Tiedosto on yli 8 Gt.',
  imageMissing: 'Kuvatiedosto puuttuu tietokansiosta; valitse se uudelleen.',
};

const sv: Record<ValidationKey, string> = {
  required: 'Obligatorisk.',
  tooLong: 'Högst {{max}} tecken (nu {{count}}).',
  tooMany: 'Högst {{max}} poster (nu {{count}}).',
  dateInvalid: 'Datumet finns inte.',
  timeInvalid: 'Inte ett klockslag (använd 24-timmarstid, t.ex. 9.30).',
  instantInvalid: 'Ogiltig tidsstämpel.',
  timeWithoutDate: 'Ett klockslag behöver ett datum.',
  timeInGap: 'Klockan {{time}} finns inte den {{date}} (klockan ställs fram); närmaste möjliga tid är {{next}}.',
  rangeReversed: 'Slutet är före början.',
  rangeTooLong: 'Intervallet är för långt.',
  idInvalid: 'Ogiltig identifierare: bokstäver, siffror, - och _ (högst 64), först en bokstav eller siffra.',
  urlInvalid: 'Inte en webbadress (https://…).',
  urlControlCharacter: 'En adress kan inte innehålla radbrytningar eller andra styrtecken.',
  emailInvalid: 'Inte en e-postadress.',
  fileNameInvalid: 'Ogiltigt filnamn.',
  timeZoneInvalid: 'Okänd tidszon.',
  unknownChannel: 'Kanalen finns inte.',
  unknownVolunteer: 'Volontären finns inte.',
  backupUnknown: 'Säkerhetskopian finns inte.',
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
  duplicateId: 'Samma id förekommer två gånger: inget ändrades.',
  channelInUse: 'Inlägg eller jourer använder fortfarande kanalen: flytta dem till en annan kanal först.',
  importMoreProblems: 'Fler problem som inte listas.',
  importUnknownField: 'Ett fält som appen inte känner till.',
  importWrongType: 'Fel sorts värde (text, tal, lista…).',
  csvMissingColumn: 'En kolumn som importen behöver saknas.',
  csvUnknownValue: 'Ett värde som importen inte känner igen.',
  csvRowsDisagree: 'Raderna för samma inlägg skiljer sig åt.',
  csvTooManyRows: 'Högst {{max}} rader kan importeras på en gång; den här filen har fler. Dela upp den i mindre filer.',
  userNameRequired: 'Ditt namn behövs: godkännanden och kommentarer visar vem som gjort dem.',
  approveWithAction: 'Använd knappen Godkänn: den sparar vem som godkände inlägget.',
  cannotApprove: 'Bara ett inlägg som fortfarande bearbetas kan godkännas.',
  notFirstRun: 'Den här datamappen har redan en förening; ändra den under Inställningar.',
  checklistOpen: 'Obligatoriska punkter på checklistan är inte klara: gör dem, eller godkänn med en skriven motivering.',
  checklistItemUnknown: 'Inläggets checklista har ingen sådan punkt.',
  checklistItemAutomatic: 'Den här punkten kontrolleras utifrån inlägget och kan inte bockas av.',
  templatesEmpty: 'Behåll minst en mall.',
  templateDuplicateId: 'Samma id förekommer två gånger.',
  templateAllTwice: 'Bara en mall kan täcka alla övriga innehållstyper.',
  templateTypeTaken: 'En annan mall täcker redan den här innehållstypen.',
  templateAutomaticRule: 'En automatisk punkt behöver en regel.',
  templateRuleTwice: 'Den här automatiska kontrollen finns redan i mallen.',
  templateManualRule: 'En manuell punkt kan inte ha en regel.',
  albumPatternInvalid: 'Okänd platshållare: använd {yyyy}, {yy}, {MM}, {M}, {dd}, {d} och {event}.',
  imageType: 'Inte en JPEG-, PNG-, WebP- eller GIF-bild.',
  imageTooLarge: 'Bilden är större än 10 MB.',
  zipDamaged: 'Zip-filen är skadad eller avkortad, eller inte alls en zip-fil.',
  zipNoBackup: 'Zip-filen innehåller ingen backup.json: den är inte en säkerhetskopia från Somevuoro.',
  zipUnknownEntry: 'En fil som inte hör hemma i en säkerhetskopia från Somevuoro (bara backup.json och bilder i media/).',
  zipDuplicateEntry: 'Samma fil förekommer två gånger i zip-filen.',
  zipTooManyEntries: 'Zip-filen innehåller långt fler filer än någon säkerhetskopia.',
  zipEntryTooLarge: 'En fil i zip-filen är större än någon säkerhetskopia gör.',
  uploadTooLarge: 'Filen är större än 8 GB.',
  imageMissing: 'Bildfilen saknas i datamappen; välj den igen.',
};

export const validationMessages: Record<Language, Record<ValidationKey, string>> = { en, fi, sv };

const PREFIX = 'v.';

/**
 * Values a message names: numbers carried in the key itself ("v.tooLong?max=20000&count=200000",
 * see shared/domain/limits.ts, since a schema's message is a string) and dates and times
 * passed beside it as ApiIssue.params ({{time}}).
 */
export type MessageParams = Record<string, string | number>;

/** A message key and its numbers: "v.tooLong?max=20000&count=200000". */
export function parseMessage(message: string): { key: string; params: Record<string, number> } {
  const [key, query = ''] = message.split('?', 2);
  const params = Object.fromEntries(
    query
      .split('&')
      .filter(Boolean)
      .map((pair) => {
        const [name, value = ''] = pair.split('=');
        return [name, Number(value)];
      }),
  );
  return { key, params };
}

const locales: Record<Language, string> = { en: 'en-GB', fi: 'fi-FI', sv: 'sv-FI' };

/** Numbers grouped as the language writes them (20,000 / 20 000); times with two-digit hours ("04.00" in Finnish and Swedish, "04:00" in English); dates as the language writes them. */
function formatParam(value: string | number, language: Language): string {
  if (typeof value === 'number') return new Intl.NumberFormat(locales[language]).format(value);
  const time = (text: string) => (language === 'en' ? text : text.replace(':', '.'));
  if (isLocalTime(value)) return time(value);
  if (isLocalDate(value)) return formatDateInput(localDate(value), language);
  const [date, clock] = value.split('T');
  if (clock !== undefined && isLocalDate(date) && isLocalTime(clock)) return `${formatDateInput(localDate(date), language)} ${time(clock)}`;
  return value;
}

/** Fills {{name}} with its value, written the way the language writes it. */
export function fillMessage(template: string, params: MessageParams, language: Language): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? formatParam(params[name], language) : whole));
}

/** The message for a schema error in the given language, naming its values; zod's own messages pass through. */
export function validationMessage(message: string, language: Language, params: MessageParams = {}): string {
  if (!message.startsWith(PREFIX)) return message;
  const parsed = parseMessage(message.slice(PREFIX.length));
  if (!Object.hasOwn(en, parsed.key)) return message;
  return fillMessage(validationMessages[language][parsed.key as ValidationKey], { ...parsed.params, ...params }, language);
}
