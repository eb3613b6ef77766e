import { formatDateInput } from '../calendar/date-input';
import { isLocalDate, isLocalTime, localDate } from '../domain/local-time';
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
  timeInGap: '{{time}} does not exist on {{date}} (the clocks go forward); the nearest possible time is {{next}}.',
  rangeReversed: 'The end is before the start.',
  rangeTooLong: 'The range is too long.',
  idInvalid: 'Not a valid id.',
  urlInvalid: 'Not a web address (https://…).',
  urlControlCharacter: 'An address cannot contain line breaks or other control characters.',
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
  tooLong: 'Liian pitkä.',
  dateInvalid: 'Päivämäärää ei ole olemassa.',
  timeInvalid: 'Ei kellonaika (käytä 24 tunnin aikaa, esim. 9.30).',
  instantInvalid: 'Virheellinen aikaleima.',
  timeWithoutDate: 'Kellonaika tarvitsee päivämäärän.',
  timeInGap: 'Kello {{time}} ei ole olemassa {{date}} (kesäaikaan siirrytään); lähin mahdollinen aika on {{next}}.',
  rangeReversed: 'Loppu on ennen alkua.',
  rangeTooLong: 'Aikaväli on liian pitkä.',
  idInvalid: 'Virheellinen tunniste.',
  urlInvalid: 'Ei verkko-osoite (https://…).',
  urlControlCharacter: 'Osoitteessa ei voi olla rivinvaihtoja eikä muita ohjausmerkkejä.',
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
  tooLong: 'För lång.',
  dateInvalid: 'Datumet finns inte.',
  timeInvalid: 'Inte ett klockslag (använd 24-timmarstid, t.ex. 9.30).',
  instantInvalid: 'Ogiltig tidsstämpel.',
  timeWithoutDate: 'Ett klockslag behöver ett datum.',
  timeInGap: 'Klockan {{time}} finns inte den {{date}} (klockan ställs fram); närmaste möjliga tid är {{next}}.',
  rangeReversed: 'Slutet är före början.',
  rangeTooLong: 'Intervallet är för långt.',
  idInvalid: 'Ogiltig identifierare.',
  urlInvalid: 'Inte en webbadress (https://…).',
  urlControlCharacter: 'En adress kan inte innehålla radbrytningar eller andra styrtecken.',
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

/** Values a message names ({{time}}): dates and times as ISO text, shown the way the language writes them. */
export type MessageParams = Record<string, string>;

/** Times in messages keep two-digit hours: "04.00" in Finnish and Swedish, "04:00" in English. */
function formatParam(value: string, language: Language): string {
  const time = (text: string) => (language === 'en' ? text : text.replace(':', '.'));
  if (isLocalTime(value)) return time(value);
  if (isLocalDate(value)) return formatDateInput(localDate(value), language);
  const [date, clock] = value.split('T');
  if (clock !== undefined && isLocalDate(date) && isLocalTime(clock)) return `${formatDateInput(localDate(date), language)} ${time(clock)}`;
  return value;
}

/** The message for a schema error in the given language, naming its values; zod's own messages pass through. */
export function validationMessage(message: string, language: Language, params: MessageParams = {}): string {
  if (!message.startsWith(PREFIX)) return message;
  const key = message.slice(PREFIX.length);
  if (!Object.hasOwn(en, key)) return message;
  return validationMessages[language][key as ValidationKey].replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? formatParam(params[name], language) : placeholder,
  );
}
