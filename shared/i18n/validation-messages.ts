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
  userNameRequired: 'Your name is needed: approvals and comments record who made them.',
  approveWithAction: 'Use the Approve button: it records who approved the post.',
  cannotApprove: 'Only a post that is still being worked on can be approved.',
  notFirstRun: 'This data folder already has an association; change it in Settings.',
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
  userNameRequired: 'Nimesi tarvitaan: hyväksynnät ja kommentit kertovat, kuka ne teki.',
  approveWithAction: 'Käytä Hyväksy-painiketta: se tallentaa, kuka julkaisun hyväksyi.',
  cannotApprove: 'Vain työn alla olevan julkaisun voi hyväksyä.',
  notFirstRun: 'Tässä tietokansiossa on jo yhdistys; muuta sen tietoja Asetuksissa.',
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
  userNameRequired: 'Ditt namn behövs: godkännanden och kommentarer visar vem som gjort dem.',
  approveWithAction: 'Använd knappen Godkänn: den sparar vem som godkände inlägget.',
  cannotApprove: 'Bara ett inlägg som fortfarande bearbetas kan godkännas.',
  notFirstRun: 'Den här datamappen har redan en förening; ändra den under Inställningar.',
};

export const validationMessages: Record<Language, Record<ValidationKey, string>> = { en, fi, sv };

const PREFIX = 'v.';

/** The message for a schema error in the given language; zod's own messages pass through. */
export function validationMessage(message: string, language: Language): string {
  if (!message.startsWith(PREFIX)) return message;
  const key = message.slice(PREFIX.length);
  return Object.hasOwn(en, key) ? validationMessages[language][key as ValidationKey] : message;
}
