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
  rangeReversed: 'The end is before the start.',
  rangeTooLong: 'The range is too long.',
  idInvalid: 'Not a valid id: letters, digits, - and _ (at most 64), starting with a letter or digit.',
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
  rangeReversed: 'Loppu on ennen alkua.',
  rangeTooLong: 'Aikaväli on liian pitkä.',
  idInvalid: 'Virheellinen tunniste: kirjaimia, numeroita, - ja _ (enintään 64), alussa kirjain tai numero.',
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
  rangeReversed: 'Slutet är före början.',
  rangeTooLong: 'Intervallet är för långt.',
  idInvalid: 'Ogiltig identifierare: bokstäver, siffror, - och _ (högst 64), först en bokstav eller siffra.',
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
  imageMissing: 'Bildfilen saknas i datamappen; välj den igen.',
};

export const validationMessages: Record<Language, Record<ValidationKey, string>> = { en, fi, sv };

const PREFIX = 'v.';

/** A message key and its numbers: "v.tooLong?max=20000&count=200000" (see shared/domain/limits.ts). */
export function parseMessage(message: string): { key: string; params: Record<string, number> } {
  const [key, query = ''] = message.split('?', 2);
  const params = Object.fromEntries(query.split('&').filter(Boolean).map((pair) => { const [name, value = ''] = pair.split('='); return [name, Number(value)]; }));
  return { key, params };
}

const locales: Record<Language, string> = { en: 'en-GB', fi: 'fi-FI', sv: 'sv-FI' };

/** Fills {{name}} with the number, grouped as the language writes it (20,000 / 20 000). */
export function fillMessage(template: string, params: Record<string, number>, language: Language): string {
  const format = new Intl.NumberFormat(locales[language]);
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? format.format(params[name]) : whole));
}

/** The message for a schema error in the given language; zod's own messages pass through. */
export function validationMessage(message: string, language: Language): string {
  if (!message.startsWith(PREFIX)) return message;
  const { key, params } = parseMessage(message.slice(PREFIX.length));
  if (!Object.hasOwn(en, key)) return message;
  return fillMessage(validationMessages[language][key as ValidationKey], params, language);
}
