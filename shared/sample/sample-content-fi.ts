import type { Association } from '../domain/association';
import type { ChannelFields } from '../domain/channel';
import type { ContentType } from '../domain/post';
import type { VolunteerRole } from '../domain/volunteer';
import type { MonthNumbers } from '../results/channel-results';

/*
 * The sample association's material, in Finnish: a village association with a
 * Facebook page and members' group, Instagram, a home page and a newsletter, six
 * volunteers, and a year of events from which a season of posts is made.
 */

export const sampleAssociation: Association = {
  name: 'Mäntylän kyläyhdistys ry',
  description:
    'Mäntylän kylän asukkaiden yhdistys: kylätalo, talkoot, tapahtumat ja kylän yhteinen ääni. Kaikki kyläläiset ja kesäasukkaat ovat tervetulleita jäseniksi.',
  website: 'https://mantyla.example.fi',
  email: 'hallitus@mantyla.example.fi',
  phone: '040 123 4567',
  address: 'Kylätie 12, 12345 Mäntylä',
};

export type SampleChannelKey = 'page' | 'group' | 'instagram' | 'website' | 'newsletter';

export const sampleChannels: Record<SampleChannelKey, Omit<ChannelFields, 'responsibleVolunteerId'> & { responsible: number }> = {
  page: { kind: 'facebook-page', name: 'Facebook-sivu', url: 'https://www.facebook.com/mantylankyla', goal: 'Näkyvyys kylän ulkopuolelle ja tapahtumien markkinointi', postsPerWeek: 2, responsible: 1 },
  group: { kind: 'facebook-group', name: 'Jäsenryhmä', url: '', goal: 'Jäsenviestintä ja keskustelu', responsible: 0 },
  instagram: { kind: 'instagram', name: 'Instagram', url: 'https://www.instagram.com/mantylankyla', goal: 'Kuvat ja nuoret aikuiset', postsPerWeek: 2, responsible: 2 },
  website: { kind: 'website', name: 'Kotisivu', url: 'https://mantyla.example.fi', goal: 'Pysyvä arkisto: tapahtumat, kuvat ja pöytäkirjat', responsible: 3 },
  newsletter: { kind: 'newsletter', name: 'Jäsenkirje', url: '', goal: 'Kuukausittainen tiedote jäsenille', responsible: 0 },
};

export const sampleVolunteers: { name: string; title: string; roles: VolunteerRole[]; channels: SampleChannelKey[]; intro: string }[] = [
  { name: 'Maija Virtanen', title: 'puheenjohtaja', roles: ['poster', 'responder'], channels: [], intro: 'Maija on asunut Mäntylässä kaksikymmentä vuotta ja vetää yhdistystä kolmatta kautta. Häneltä voi kysyä mitä vain kylätalon varauksista talkoisiin.' },
  { name: 'Juha Korhonen', title: 'varapuheenjohtaja', roles: ['poster', 'responder', 'moderator'], channels: ['page', 'group'], intro: 'Juha hoitaa Facebook-sivua ja vastaa viesteihin. Arkisin hän ajaa koulukyytiä, viikonloppuisin hänet löytää usein laavulta.' },
  { name: 'Aino Lehtonen', title: 'Instagram ja kuvat', roles: ['photographer', 'poster'], channels: ['instagram'], intro: 'Aino kuvaa kylän tapahtumat ja pitää Instagramia. Jos haluat kuvasi yhdistyksen albumiin, lähetä se Ainolle.' },
  { name: 'Pekka Mäkinen', title: 'kotisivut ja arkisto', roles: ['poster'], channels: ['website'], intro: 'Pekka päivittää kotisivuja ja kokoaa kylän vanhoja valokuvia arkistoon. Hän on myös kylätalon avainvastaava.' },
  { name: 'Liisa Nieminen', title: 'sihteeri', roles: ['responder', 'moderator'], channels: [], intro: 'Liisa kirjoittaa pöytäkirjat ja jäsenkirjeen. Jäsenasiat ja osoitteenmuutokset menevät hänelle.' },
  { name: 'Eero Heikkinen', title: 'talkoovastaava', roles: ['photographer', 'responder'], channels: [], intro: 'Eero kutsuu talkoisiin ja lainaa talkoovälineitä. Hänen peräkärrynsä on nähty kylän jokaisessa pihassa.' },
];

export interface SampleEvent {
  month: number;
  /** Roughly when in the month; moved to the nearest `weekday` (1 = Monday … 7 = Sunday). */
  day: number;
  weekday: number;
  title: string;
  place: string;
  time: string;
  intro: string;
  tags: string[];
}

export const sampleEvents: SampleEvent[] = [
  { month: 1, day: 17, weekday: 6, title: 'Talvirieha', place: 'kylätalon mäki', time: '12:00', intro: 'Pulkkamäkeä, makkaranpaistoa ja hiihtoleikkejä koko perheelle. Ota oma pulkka mukaan, kaakaota on tarjolla niin kauan kuin riittää.', tags: ['tapahtuma', 'talvi'] },
  { month: 1, day: 31, weekday: 7, title: 'Latujen avajaishiihto', place: 'koulun kenttä', time: '11:00', intro: 'Kylän ladut on ajettu! Hiihdetään yhdessä avajaislenkki, lyhin reitti on kaksi kilometriä. Mehua ja pullaa maalissa.', tags: ['tapahtuma', 'liikunta'] },
  { month: 2, day: 7, weekday: 6, title: 'Ystävänkahvila', place: 'kylätalo', time: '13:00', intro: 'Tuo ystävä, naapuri tai mummo kahville. Kahvi ja laskiaispullat 3 €, tuotto lasten kesäleirille.', tags: ['tapahtuma', 'jäsenet'] },
  { month: 2, day: 14, weekday: 7, title: 'Laskiaisrieha', place: 'kylätalon mäki', time: '12:00', intro: 'Mäenlaskua, pulkkakisa ja hernekeittoa. Pulkkakisan sarjat alle 7-vuotiaille, 7–12-vuotiaille ja rohkeille aikuisille.', tags: ['tapahtuma', 'talvi'] },
  { month: 3, day: 14, weekday: 6, title: 'Pilkkikilpailu', place: 'Kyläjärven uimaranta', time: '10:00', intro: 'Perinteinen pilkkikilpailu Kyläjärven jäällä. Ilmoittautuminen paikan päällä klo 9.30 alkaen, osallistumismaksu 5 €.', tags: ['tapahtuma', 'talvi'] },
  { month: 3, day: 24, weekday: 2, title: 'Kevätkokous', place: 'kylätalo', time: '18:00', intro: 'Yhdistyksen sääntömääräinen kevätkokous. Käsittelemme tilinpäätöksen ja toimintakertomuksen. Kahvitarjoilu.', tags: ['kokous', 'jäsenet'] },
  { month: 4, day: 4, weekday: 6, title: 'Pääsiäistori', place: 'kylätalon piha', time: '10:00', intro: 'Leivonnaisia, virpovitsoja ja käsitöitä. Myyntipöydän voi varata Liisalta, pöytä on jäsenille ilmainen.', tags: ['tapahtuma', 'tori'] },
  { month: 4, day: 25, weekday: 6, title: 'Roskaralli', place: 'kylätalo', time: '10:00', intro: 'Siivotaan tienvarret ja uimaranta talven jäljiltä. Säkit ja hanskat saa kylätalolta, talkookeitto klo 13.', tags: ['talkoot'] },
  { month: 5, day: 9, weekday: 6, title: 'Kevättalkoot', place: 'uimaranta ja laavu', time: '10:00', intro: 'Laituri vesille, laavulle uudet puut ja uimarannan hiekka kuntoon. Mukaan saa tulla tunniksikin.', tags: ['talkoot'] },
  { month: 5, day: 23, weekday: 6, title: 'Kylän kirpputori', place: 'kylätalon piha', time: '10:00', intro: 'Kirpputori kylätalon pihalla. Omat pöydät ja viltit mukaan, paikat ovat ilmaisia. Kahvio avoinna.', tags: ['tapahtuma', 'tori'] },
  { month: 6, day: 6, weekday: 6, title: 'Kesäteatterin ensi-ilta', place: 'kylätalon kesälava', time: '18:00', intro: 'Kyläteatteri esittää tänä kesänä komedian ”Naapurin lehmä”. Liput 15 €, lapset 5 €.', tags: ['tapahtuma', 'kesä'] },
  { month: 6, day: 19, weekday: 5, title: 'Juhannuskokko', place: 'uimaranta', time: '20:00', intro: 'Kokko sytytetään klo 21. Grilli on kuumana ja makkaraa myydään. Muistathan, että kokolla ollaan päihteettä.', tags: ['tapahtuma', 'kesä'] },
  { month: 7, day: 11, weekday: 6, title: 'Kyläjuhlat', place: 'kylätalo', time: '12:00', intro: 'Kesän suurin juhla: musiikkia, arpajaiset, lasten olympialaiset ja kotiseutukahvila. Tervetuloa myös kesäasukkaat!', tags: ['tapahtuma', 'kesä'] },
  { month: 8, day: 15, weekday: 6, title: 'Elonkorjuutori', place: 'kylätalon piha', time: '10:00', intro: 'Kylän omat perunat, marjat ja sienet samasta paikasta. Myyntipaikat ilmaisia, varaukset Liisalle.', tags: ['tapahtuma', 'tori'] },
  { month: 8, day: 29, weekday: 6, title: 'Venetsialaiset', place: 'uimaranta', time: '19:00', intro: 'Kesän viimeinen ilta rannalla: lyhdyt, saunat lämpimänä ja grilli päällä. Tuo oma lyhty tai tee sellainen paikan päällä.', tags: ['tapahtuma', 'kesä'] },
  { month: 9, day: 12, weekday: 6, title: 'Sienistretki', place: 'kylätalon parkkipaikka', time: '10:00', intro: 'Sieniretki Mäntylän metsiin sienineuvoja Kaija Laineen johdolla. Kori ja veitsi mukaan, retki kestää noin kolme tuntia.', tags: ['tapahtuma', 'luonto'] },
  { month: 9, day: 26, weekday: 6, title: 'Syystalkoot', place: 'laavu ja polut', time: '10:00', intro: 'Laituri talviteloille ja polut kuntoon ennen pimeää. Talkoolaisille soppaa ja kiitos!', tags: ['talkoot'] },
  { month: 10, day: 20, weekday: 2, title: 'Syyskokous', place: 'kylätalo', time: '18:00', intro: 'Sääntömääräinen syyskokous: toimintasuunnitelma, talousarvio ja hallituksen valinta. Tule vaikuttamaan kylän ensi vuoteen.', tags: ['kokous', 'jäsenet'] },
  { month: 10, day: 31, weekday: 6, title: 'Lyhtykävely', place: 'koulun piha', time: '18:00', intro: 'Pimeän illan lyhtykävely kylän poluilla. Reitti on 1,5 km ja sopii lastenvaunuille. Muista heijastin!', tags: ['tapahtuma', 'syksy'] },
  { month: 11, day: 8, weekday: 7, title: 'Isänpäivän kahvit', place: 'kylätalo', time: '12:00', intro: 'Isät, vaarit ja ukit kahville! Lapset ovat leiponeet, kahvi ja kakku 4 €.', tags: ['tapahtuma', 'jäsenet'] },
  { month: 11, day: 28, weekday: 6, title: 'Joulumyyjäiset', place: 'kylätalo', time: '10:00', intro: 'Joulun leivonnaiset, käsityöt ja kyläkirjat samasta paikasta. Myyntipöydät jäsenille ilmaisia, varaukset Liisalle.', tags: ['tapahtuma', 'joulu'] },
  { month: 12, day: 12, weekday: 6, title: 'Puurojuhla', place: 'kylätalo', time: '13:00', intro: 'Riisipuuroa, joululauluja ja pukki käy kello 14. Puuro on ilmainen, vapaaehtoinen maksu kylätalon korjauksiin.', tags: ['tapahtuma', 'joulu'] },
  { month: 12, day: 19, weekday: 6, title: 'Tonttupolku', place: 'kylätalon metsäpolku', time: '16:00', intro: 'Tonttupolulla on kymmenen tehtävärastia ja kynttilät näyttävät tietä. Sopii kaikenikäisille, ota lyhty mukaan.', tags: ['tapahtuma', 'joulu'] },
];

/** Monday tips for residents: what the village has and how to use it. */
export const sampleTips: { title: string; text: string; tags: string[] }[] = [
  { title: 'Kylätalon voi vuokrata', text: 'Tiesitkö, että kylätalon saa omiin juhliin? Jäsenille vuokra on 50 € päivältä. Varaukset Pekalta.', tags: ['vinkki', 'kylätalo'] },
  { title: 'Kirjastoauto tiistaisin', text: 'Kirjastoauto pysähtyy kylätalon pihassa tiistaisin klo 17–17.30. Varatut kirjat voi noutaa autosta.', tags: ['vinkki'] },
  { title: 'Lainaa talkoovälineitä', text: 'Yhdistykseltä voi lainata peräkärryn, oksasilppurin ja ruohonleikkurin. Kysy Eerolta.', tags: ['vinkki', 'talkoot'] },
  { title: 'Kylän lenkkipolut', text: 'Mäntylässä on kolme merkittyä lenkkipolkua: 2, 5 ja 9 kilometriä. Kartta on kotisivulla ja kylätalon seinällä.', tags: ['vinkki', 'liikunta'] },
  { title: 'Muista heijastin', text: 'Pimeät illat ovat täällä. Kylätalon eteisestä saa ilmaisen heijastimen niin kauan kuin niitä riittää.', tags: ['vinkki'] },
  { title: 'Kierrätyspiste uudistui', text: 'Kaupan pihan kierrätyspisteessä on nyt myös metallin ja lasin keräys. Pahvit litteiksi, kiitos!', tags: ['vinkki'] },
  { title: 'Lähiruokapiiri tilaa perjantaisin', text: 'Lähiruokapiirin tilaukset sulkeutuvat perjantaisin klo 18 ja noudot ovat tiistaisin kylätalolla.', tags: ['vinkki', 'lähiruoka'] },
  { title: 'Uimarannan sauna', text: 'Rantasauna lämpiää keskiviikkoisin klo 17–20. Avaimen saa kaupasta, saunamaksu 3 €.', tags: ['vinkki'] },
  { title: 'Kylän vanhat valokuvat', text: 'Kokoamme kylän vanhoja valokuvia arkistoon. Skannaamme kuvasi ja palautamme alkuperäiset. Ota yhteyttä Pekkaan.', tags: ['vinkki', 'arkisto'] },
  { title: 'Ilmoita tiestä', text: 'Huomasitko kuopan tai kaatuneen puun? Ilmoita kyläyhdistykselle, niin viemme asian eteenpäin tiekunnalle.', tags: ['vinkki'] },
  { title: 'Kylätalon kuntosali', text: 'Kylätalon kellarin kuntosali on jäsenten käytössä joka päivä klo 6–22. Avaimen saa Pekalta 10 € panttia vastaan.', tags: ['vinkki', 'liikunta'] },
  { title: 'Naapuriapu', text: 'Tarvitsetko kauppakassin tai kyydin lääkäriin? Naapuriapurinki auttaa, soita Maijalle.', tags: ['vinkki', 'jäsenet'] },
];

export const sampleMarketing: { title: string; text: string; channels: SampleChannelKey[]; contentType: ContentType; tags: string[] }[] = [
  { title: 'Liity jäseneksi', text: 'Jäsenmaksu on 15 € vuodessa ja perheeltä 25 €. Jäsenenä saat jäsenkirjeen, ilmaiset myyntipöydät ja alennuksen kylätalon vuokrasta.', channels: ['page', 'instagram'], contentType: 'announcement', tags: ['jäsenet'] },
  { title: 'Mäntylä-kirja lahjaksi', text: 'Kylähistoriikki ”Mäntylä – sata vuotta talkoita” on nyt myynnissä kaupassa ja kylätalolla, hinta 20 €.', channels: ['page', 'website'], contentType: 'announcement', tags: ['kyläkirja'] },
  { title: 'Arpajaisten arvat myynnissä', text: 'Arvat 2 € kappale, pääpalkintona mökkiviikonloppu Kyläjärvellä. Tuotto kylätalon katon korjaukseen.', channels: ['page', 'group'], contentType: 'announcement', tags: ['arpajaiset'] },
];

/** Ideas without a date yet: the backlog the board picks from. */
export const sampleIdeas: { title: string; text: string; contentType: ContentType; channels: SampleChannelKey[]; tags: string[] }[] = [
  { title: 'Kyläkysely nuorille', text: 'Mitä nuoret toivovat kylätalolta? Lyhyt kysely Instagramiin ja koululle.', contentType: 'link', channels: ['instagram'], tags: ['nuoret'] },
  { title: 'Vanhat valokuvat -sarja', text: 'Joka kuukausi yksi vanha kuva kylän arkistosta ja tarina sen takaa.', contentType: 'story', channels: ['page', 'website'], tags: ['arkisto'] },
  { title: 'Esittelyvideo kylästä', text: 'Minuutin video muuttajille: koulu, kauppa, ranta, ladut ja ihmiset.', contentType: 'video', channels: ['page', 'instagram'], tags: ['video'] },
  { title: 'Kiitos talkoolaisille', text: 'Vuoden talkoolaisten kiitoskirje ja yhteiskuva.', contentType: 'story', channels: ['group', 'newsletter'], tags: ['talkoot'] },
  { title: 'Kylätalon remonttiblogi', text: 'Katon korjauksen vaiheet kuvina kotisivulle.', contentType: 'photos', channels: ['website'], tags: ['kylätalo'] },
  { title: 'Uudet asukkaat esittäytyvät', text: 'Kysytään kylälle muuttaneilta, saako heidät esitellä jäsenryhmässä.', contentType: 'story', channels: ['group'], tags: ['jäsenet'] },
];

export const sampleComments = [
  'Hyvä! Voisiko kuvaan lisätä vaihtoehtoisen tekstin?',
  'Lisätään loppuun linkki kotisivun tapahtumakalenteriin.',
  'Tarkistetaan vielä kellonaika Liisalta ennen hyväksyntää.',
  'Tekstistä puuttuu tieto esteettömyydestä: pääseekö pyörätuolilla?',
];

export const finnishWeekdays = ['ma', 'ti', 'ke', 'to', 'pe', 'la', 'su'];
export const finnishMonths = ['tammikuu', 'helmikuu', 'maaliskuu', 'huhtikuu', 'toukokuu', 'kesäkuu', 'heinäkuu', 'elokuu', 'syyskuu', 'lokakuu', 'marraskuu', 'joulukuu'];

/** Three months of results, oldest first, for the channels that have them (counted by hand from the networks' statistics). */
export const sampleResults: Partial<Record<SampleChannelKey, MonthNumbers[]>> = {
  page: [
    { followers: 412, newFollowers: 9, posts: 7, commentsPositive: 34, commentsNegative: 2, messagesAnswered: 6, reach: 2300 },
    { followers: 421, newFollowers: 11, posts: 8, commentsPositive: 41, commentsNegative: 1, messagesAnswered: 4, reach: 2650 },
    { followers: 436, newFollowers: 17, posts: 9, commentsPositive: 52, commentsNegative: 3, messagesAnswered: 8, reach: 3100 },
  ],
  instagram: [
    { followers: 188, newFollowers: 5, posts: 6, commentsPositive: 21, commentsNegative: 0, messagesAnswered: 2, reach: null },
    { followers: 195, newFollowers: 7, posts: 5, commentsPositive: 18, commentsNegative: 1, messagesAnswered: 1, reach: null },
    { followers: 209, newFollowers: 14, posts: 8, commentsPositive: 30, commentsNegative: 0, messagesAnswered: 3, reach: null },
  ],
};
