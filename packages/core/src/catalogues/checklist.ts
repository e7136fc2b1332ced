import { LEGAL } from '../legal.js';
import type { LocalizedText } from '../i18n.js';
import type { LegalReference } from '../legal.js';
import { CHECKLIST_QUESTIONS } from './checklist-titles.js';

export { SECTIONS } from './checklist-titles.js';

export interface ChecklistQuestion<Id extends string = string> {
  readonly id: Id;
  readonly number: number;
  /** The checklist's own wording ("Kysymyksiä osallisuutta edistävän päätöksenteon tueksi"). */
  readonly question: LocalizedText;
  /**
   * The sub-prompts printed under the question in the checklist, quoted as printed (a typo of the seed is
   * quoted and its correction marked). Question 1 has none in the checklist.
   */
  readonly prompts?: LocalizedText;
  /** Our own guidance for the official: the toolkit's, not the checklist's. */
  readonly help: LocalizedText;
  /** An example answer, drawn from the seed documents. */
  readonly example: LocalizedText;
  readonly legal?: LegalReference;
}

export const CHECKLIST_TITLE: LocalizedText = {
  fi: 'Kysymyksiä osallisuutta edistävän päätöksenteon tueksi',
  sv: 'Frågor till stöd för beslutsfattande som främjar delaktighet',
  en: 'Questions to support decision-making that promotes participation',
};

const [affected, invited, influence, timing, outcomes, communication, testing] = CHECKLIST_QUESTIONS;

export const CHECKLIST = [
  {
    ...affected,
    // The checklist prints no sub-prompts under question 1: the examples of groups below are our help.
    help: {
      fi: 'Esimerkiksi asukkaat, asiakkaat, potilaat, erityisryhmät, henkilöstö, järjestöt ja kunnat. Valitse kaikki ryhmät, joiden elämään, palveluihin tai työhön päätös vaikuttaa suoraan tai välillisesti. Lasten, ikääntyneiden ja vammaisten kohdalla myös vaikuttamistoimielimelle on annettava mahdollisuus vaikuttaa.',
      sv: 'Till exempel invånare, klienter, patienter, specialgrupper, personal, organisationer och kommuner. Välj alla grupper vars liv, tjänster eller arbete beslutet påverkar direkt eller indirekt. Gäller det barn, äldre eller personer med funktionsnedsättning ska även påverkansorganet ges möjlighet att påverka.',
      en: 'For example residents, clients, patients, special groups, staff, organisations and municipalities. Choose every group whose life, services or work the decision affects directly or indirectly. Where children, older people or persons with disabilities are affected, the influence body must also be given a chance to influence.',
    },
    example: {
      fi: 'Kotkan ja Haminan terveysasemien asiakkaat, erityisesti iäkkäät ja liikuntarajoitteiset, sekä asemien henkilöstö.',
      sv: 'Klienterna vid hälsostationerna i Kotka och Fredrikshamn, särskilt äldre och personer med nedsatt rörlighet, samt stationernas personal.',
      en: 'Clients of the Kotka and Hamina health centres, especially older people and people with reduced mobility, and the centres’ staff.',
    },
    legal: LEGAL.participationMethods,
  },
  {
    ...invited,
    prompts: {
      // The seed prints "tahoisesti", a typo for "tahallisesti" (deliberately): quoted, with the correction marked.
      fi: 'Asukkaat, asiakkaat, potilaat, järjestöt, henkilöstö, johto, valtuutetut, kunnat ym. muut toimijat? Jätetäänkö joku tahoisesti [pro tahallisesti] ulkopuolelle?',
      sv: 'Invånare, klienter, patienter, organisationer, personal, ledning, fullmäktigeledamöter, kommuner och andra aktörer? Lämnas någon medvetet utanför?',
      en: 'Residents, clients, patients, organisations, staff, management, councillors, municipalities and other actors? Is anyone deliberately left out?',
    },
    help: {
      fi: 'Jokainen ryhmä, johon päätös vaikuttaa, kutsutaan mukaan joko suoraan tai edustajiensa kautta. Jos joku jätetään tietoisesti ulkopuolelle, kerro kuka ja miksi.',
      sv: 'Varje grupp som påverkas bjuds in, direkt eller via sina företrädare. Om någon medvetet lämnas utanför, berätta vem och varför.',
      en: 'Every group the decision affects is invited, directly or through its representatives. If anyone is deliberately left out, say who and why.',
    },
    example: {
      fi: 'Asiakkaat verkkokyselyllä, vanhus- ja vammaisneuvosto lausunnolla, potilasjärjestöt ja järjestöjen avoimet kohtaamispaikat keskustelutilaisuuteen.',
      sv: 'Klienterna genom en webbenkät, äldrerådet och rådet för personer med funktionsnedsättning genom en begäran om utlåtande, patientorganisationerna och organisationernas öppna mötesplatser till ett diskussionsmöte.',
      en: 'Clients through an online survey, the council for older people and the disability council asked for a statement, patient organisations and the organisations’ open meeting places to a discussion event.',
    },
    legal: LEGAL.participationMethods,
  },
  {
    ...influence,
    prompts: {
      fi: 'Määritellään etukäteen mikä rajoittaa päätöksentekoa / vaikutusmahdollisuuksia, esim. laki, asetukset, säännöt, raha.',
      sv: 'Definiera på förhand vad som begränsar beslutsfattandet och möjligheterna att påverka, t.ex. lag, förordningar, regler, pengar.',
      en: 'Define in advance what limits the decision and the scope for influence, e.g. law, decrees, rules, money.',
    },
    help: {
      fi: 'Kerro rehellisesti, mikä on vielä auki ja mikä on jo päätetty. Osallistujat turhautuvat, jos he saavat vaikuttaa vain asioihin, jotka on jo lyöty lukkoon.',
      sv: 'Berätta ärligt vad som ännu är öppet och vad som redan är bestämt. Deltagarna blir frustrerade om de bara får påverka det som redan är låst.',
      en: 'Say honestly what is still open and what is already fixed. Participants are frustrated if they can only influence what has already been settled.',
    },
    example: {
      fi: 'Vaikuttaa voi uuden aseman aukioloaikoihin, ajanvarauksen tapoihin ja kuljetusyhteyksiin. Säästötavoite (1,2 M€) ja lakisääteiset palvelut rajaavat vaihtoehtoja.',
      sv: 'Man kan påverka den nya stationens öppettider, sätten att boka tid och transportförbindelserna. Sparmålet (1,2 M€) och de lagstadgade tjänsterna begränsar alternativen.',
      en: 'The new centre’s opening hours, ways of booking and transport links can be influenced. The savings target (€1.2 million) and statutory services limit the options.',
    },
  },
  {
    ...timing,
    prompts: {
      fi: 'Missä vaiheessa päätöksentekoa on mahdollista vaikuttaa? Onko vaikuttamiseen tarpeeksi aikaa?',
      sv: 'I vilket skede av beslutsfattandet är det möjligt att påverka? Finns det tillräckligt med tid att påverka?',
      en: 'At which stage of decision-making can people influence it? Is there enough time to influence?',
    },
    help: {
      fi: 'Mitä aikaisemmin, sitä parempi: kun vaihtoehdot ovat vielä auki. Osallistumisen kannattaa päättyä niin ajoissa, että tulokset ehditään käsitellä ennen kokousta.',
      sv: 'Ju tidigare, desto bättre: medan alternativen ännu är öppna. Deltagandet bör avslutas i så god tid att resultaten hinner behandlas före sammanträdet.',
      en: 'The earlier, the better: while the options are still open. Participation should close early enough for the results to be taken into account in the proposal.',
    },
    example: {
      fi: 'Kysely on auki 3.–24.2., keskustelutilaisuus 10.2. Tulokset raportoidaan aluehallitukselle ennen 17.3. kokousta.',
      sv: 'Enkäten är öppen 3–24.2, diskussionsmötet hålls 10.2. Resultaten rapporteras till välfärdsområdesstyrelsen före sammanträdet 17.3.',
      en: 'The survey is open 3–24 Feb, the discussion event is on 10 Feb. Results are reported to the county executive before its meeting on 17 March.',
    },
  },
  {
    ...outcomes,
    prompts: {
      fi: 'Mihin osallistuminen vaikuttaa? Mihin tietoa kerätään ja mihin sitä käytetään?',
      sv: 'Vad påverkar deltagandet? Vad samlas information in för och hur används den?',
      en: 'What does participation affect? What is the information collected for and how is it used?',
    },
    help: {
      fi: 'Kirjaa kysymykset, joihin haet vastauksia, ja missä päätöksen osassa vastauksia käytetään.',
      sv: 'Skriv ner frågorna du söker svar på och i vilken del av beslutet svaren används.',
      en: 'Write down the questions you want answered and where in the decision the answers are used.',
    },
    example: {
      fi: 'Haluamme tietää, millaisia kulkuyhteyksiä asiakkaat tarvitsevat ja mitkä ajat sopivat. Vastaukset vaikuttavat aukioloaikoihin ja liikenneyhteyksistä neuvotteluun.',
      sv: 'Vi vill veta vilka förbindelser klienterna behöver och vilka tider som passar. Svaren påverkar öppettiderna och förhandlingarna om trafikförbindelserna.',
      en: 'We want to know which transport links clients need and which hours suit them. The answers shape the opening hours and the negotiations on transport links.',
    },
  },
  {
    ...communication,
    prompts: {
      fi: 'Mitä tästä seurasi? Miten tieto saavuttaa osallistujat ja meneekö kiitos oikeaan osoitteeseen? Viestintä lisää läpinäkyvyyttä.',
      sv: 'Vad ledde det till? Hur når informationen deltagarna och går tacket till rätt adress? Kommunikation ökar öppenheten.',
      en: 'What came of it? How does the information reach the participants, and do the thanks reach the right people? Communication increases transparency.',
    },
    help: {
      fi: 'Kerro sekä miten osallistumisesta kerrotaan etukäteen että miten osallistujille kerrotaan jälkikäteen, mitä heidän näkemyksistään seurasi.',
      sv: 'Berätta både hur deltagandet meddelas på förhand och hur deltagarna i efterhand får veta vad deras synpunkter ledde till.',
      en: 'Say both how participation is announced beforehand and how participants are told afterwards what came of their views.',
    },
    example: {
      fi: 'Yhteenveto julkaistaan verkkosivuilla ja lähetetään kyselyyn vastanneille sekä järjestöille. Päätöksen perusteluissa kerrotaan, miten palaute otettiin huomioon.',
      sv: 'En sammanfattning publiceras på webbplatsen och skickas till dem som svarat och till organisationerna. I beslutets motivering berättas hur responsen beaktades.',
      en: 'A summary is published on the website and sent to respondents and organisations. The decision’s reasoning says how the feedback was taken into account.',
    },
  },
  {
    ...testing,
    prompts: {
      fi: 'Prototyypit, kokemusasiantuntijat ja -toimijat, omat asiakkaat tai potilaat mukaan?',
      sv: 'Kan en utvecklargemenskap (t.ex. Prototyypit i Kymmenedalen), erfarenhetsexperter och -aktörer eller de egna klienterna eller patienterna delta?',
      en: 'Can a developer community (e.g. Prototyypit in Kymenlaakso), experts and actors by experience, or the service’s own clients or patients take part?',
    },
    help: {
      fi: 'Testaus ennen käyttöönottoa paljastaa esteettömyys- ja käytettävyysongelmat, kun ne ovat vielä halpoja korjata.',
      sv: 'Testning före ibruktagandet avslöjar problem med tillgängligheten och användbarheten medan de ännu är billiga att åtgärda.',
      en: 'Testing before launch reveals accessibility and usability problems while they are still cheap to fix.',
    },
    example: {
      fi: 'Vammaisneuvoston edustajat ja kokemusasiantuntijat kiertävät uudet tilat ennen avaamista; Prototyypit testaavat ajanvarauksen.',
      sv: 'Företrädare för rådet för personer med funktionsnedsättning och erfarenhetsexperter går igenom de nya lokalerna före öppningen; Prototyypit testar tidsbokningen.',
      en: 'Representatives of the disability council and experts by experience walk through the new premises before opening; Prototyypit, a developer community, test the booking.',
    },
  },
] as const satisfies readonly ChecklistQuestion[];

export type QuestionId = (typeof CHECKLIST)[number]['id'];
