// Czech. Verbs carry the person and the subject is left out ("odpovíme": we will answer, "pokusím
// se": I will try), perfective presents are futures, nouns and adjectives inflect for case ("v
// přiměřené lhůtě"). Headings and wordings also match text typed without diacritics ("co
// nejdrive"); verb endings do not, since "-ime" without its accent is English ("time").

import type { LanguagePack } from '../pack';
import { fold } from './fold';

const LETTERS = {
  á: 'áa',
  č: 'čc',
  ď: 'ďd',
  é: 'ée',
  ě: 'ěe',
  í: 'íi',
  ň: 'ňn',
  ó: 'óo',
  ř: 'řr',
  š: 'šs',
  ť: 'ťt',
  ú: 'úu',
  ů: 'ůu',
  ý: 'ýy',
  ž: 'žz',
};
const f = (sources: string[]) => sources.map((s) => fold(s, LETTERS));

/** An adjective ending of any gender, number and case ("přiměřený", "přiměřené", "přiměřeném" ...). */
const ADJ = String.raw`(?:ý|á|é|í|ého|ému|ém|ým|ou|ých|ými|ího|ímu|ím|ích|ími)`;

/** Nouns of handling a report: what a promise is about. */
const HANDLING_NOUN = String.raw`(?:odpově|reakc|oprav|řešen|záplat|vyřízen|vydán|zpracován|posouzen|aktualizac|náprav)\p{L}*`;

/** First person plural: odpovíme, uděláme, informujeme, budeme, můžeme, pošleme. */
const FIRST_PLURAL = String.raw`(?:\p{L}{2,}(?:íme|áme|ujeme)|budeme|můžeme|pošleme|zašleme|začneme|řekneme|dostaneme|najdeme|půjdeme|ozveme|přijmeme|pomůžeme)`;

/** Third persons of perfective verbs of handling, which are futures: "tým odpoví", "Acme vydá". */
const THIRD_FUTURE = String.raw`(?:odpoví|opraví|vydá|vydají|zveřejní|potvrdí|prověří|vyřeší|zajistí|posoudí|zpracuje|zpracují|vyhodnotí|připraví|odstraní)`;

/** A verb that opens a clause after "a": a first person, a future. */
const CLAUSE_VERB = String.raw`(?:${FIRST_PLURAL}|${THIRD_FUTURE}|bud(?:u|e|ou)|\p{L}{2,}(?:ím|ám))(?![\p{L}\p{M}\p{N}_])`;

export const cs: LanguagePack = {
  tag: 'cs',
  spaced: true,
  headings: {
    reporting: f([
      String.raw`(?:na|o)?hl(?:áš|ás)\p{L}*`,
      String.raw`oznámen\p{L}* (?:zranitelnost|chyb|problém)\p{L}*`,
      String.raw`kontakt\p{L}*`,
      String.raw`jak (?:nahlásit|hlásit|ohlásit|oznámit|nás kontaktovat|kontaktovat)`,
      String.raw`(?:odpovědn|zodpovědn|koordinovan)\p{L}* zveřejň\p{L}*`,
      String.raw`bezpečnostní (?:problém|chyb|incident|kontakt)\p{L}*`,
      String.raw`(?:našli|našel|objevili|objevil) jste (?:zranitelnost|chybu)`,
    ]),
    'supported-versions': f([
      String.raw`verz\p{L}*`,
      String.raw`bezpečnostní (?:aktualizac|oprav|záplat)\p{L}*`,
      String.raw`(?:podporovan|udržovan)\p{L}* (?:vydání|verz|větv|řad)\p{L}*`,
      String.raw`podpora (?:verzí|vydání)`,
      String.raw`(?:politika|konec) podpory`,
      String.raw`životní cyklus`,
    ]),
    response: f([
      // "odpověď", not "odpovědné zveřejnění" (responsible disclosure).
      String.raw`odpověď`,
      String.raw`odpověd(?!n)\p{L}*`,
      String.raw`reakc\p{L}*`,
      // Czech endings only: not the English "Processing".
      String.raw`proces(?:u|y|ů|em|ech)?`,
      String.raw`postup\p{L}*`,
      String.raw`průběh\p{L}*`,
      String.raw`lhůt\p{L}*`,
      String.raw`časov\p{L}* (?:rámec|rámce|osa|harmonogram)`,
      String.raw`harmonogram\p{L}*`,
      String.raw`co (?:očekávat|dál|následuje|se stane|se děje)`,
      String.raw`(?:zpracování|vyřizování|řešení) (?:hlášení|zranitelnost\p{L}*)`,
      String.raw`po (?:nahlášení|odeslání)`,
    ]),
    disclosure: f([
      String.raw`zveřejň\p{L}*`,
      String.raw`publikac\p{L}*`,
      String.raw`bezpečnostní (?:bulletin|oznámen|upozorněn|doporučen|zpravodaj)\p{L}*`,
      String.raw`embarg\p{L}*`,
    ]),
    scope: f([String.raw`rozsah\p{L}*`, String.raw`působnost\p{L}*`]),
    'safe-harbor': f([String.raw`bezpečn\p{L}* přístav\p{L}*`, String.raw`právní\p{L}*`, String.raw`autorizac\p{L}*`]),
    encryption: f([String.raw`šifrován\p{L}*`, String.raw`(?:veřejn|pgp)\p{L}* klíč\p{L}*`]),
    acknowledgments: f([String.raw`poděkován\p{L}*`, String.raw`síň slávy`, String.raw`uznán\p{L}*`]),
    hiring: f([String.raw`kariér\p{L}*`, String.raw`volná místa`, String.raw`nabídk\p{L}* práce`]),
  },
  versionHeader: f([String.raw`verz\p{L}*`, String.raw`vydání`]),
  vague: {
    asap: f([
      String.raw`co (?:možná )?(?:nejdříve|nejdřív|nejrychleji)(?: to (?:půjde|bude možné|je možné))?`,
      String.raw`(?:v )?co nejkratší (?:možné )?(?:době|lhůtě|čase)`,
      String.raw`(?:v|ve) nejkratší(?:m)? (?:možné(?:m)? )?(?:době|lhůtě|čase|termínu)`,
      String.raw`jakmile (?:to )?(?:bude|je) (?:to )?možné`,
      String.raw`jakmile (?:budeme|budu) (?:moci|mít možnost)`,
      String.raw`při (?:nejbližší|první) (?:možné )?příležitosti`,
      String.raw`tak rychle,? jak (?:jen )?(?:to )?(?:je|bude|půjde) (?:to )?(?:možné)?`,
    ]),
    quickly: f([
      String.raw`rychle`,
      String.raw`svižně`,
      String.raw`pohotově`,
      String.raw`obratem`,
      String.raw`urychleně`,
      String.raw`promptně`,
      String.raw`(?:rychl|promptn|pohotov|svižn)${ADJ} ${HANDLING_NOUN}`,
    ]),
    timely: f([
      String.raw`včas`,
      String.raw`včasně`,
      String.raw`včasn${ADJ} ${HANDLING_NOUN}`,
      String.raw`v (?:náležitém|patřičném|odpovídajícím) (?:čase|termínu)`,
      String.raw`v (?:náležité|patřičné|odpovídající) (?:době|lhůtě)`,
    ]),
    soon: f([
      String.raw`brzy`,
      String.raw`brzo`,
      String.raw`zanedlouho`,
      String.raw`záhy`,
      String.raw`co nevidět`,
      String.raw`v (?:brzké|nejbližší|dohledné) době`,
      String.raw`v (?:blízké|nejbližší) budoucnosti`,
      String.raw`v nejbližších dnech`,
    ]),
    reasonable: f([
      String.raw`(?:(?:v|ve|do|během|za|po) )?(?:přiměřen|rozumn|přijateln)${ADJ} (?:časov${ADJ} )?(?:době|doby|dobu|doba|lhůtě|lhůty|lhůtu|čase|času|čas|termínu|termín|období|rámci|rámec)`,
      String.raw`(?:rozumně|přiměřeně) (?:rychle|brzy)`,
    ]),
    'without-delay': f([
      String.raw`bez (?:(?:zbytečn|nepřiměřen|neodůvodněn|dalš)${ADJ} |jakéhokoli(?:v)? |jakýchkoli(?:v)? )?(?:odkladu|odkladů|prodlení|zdržení|zpoždění|otálení|průtahů)`,
      // Without delay, not "immediately" (okamžitě, ihned).
      String.raw`neprodleně`,
      String.raw`bezodkladně`,
    ]),
    'best-effort': f([
      String.raw`(?:podle|dle) (?:(?:našich|mých|svých) )?(?:možností|kapacit|časových možností|volného času|dostupnosti)`,
      String.raw`v rámci (?:(?:našich|mých|svých|dostupných) )?(?:možností|kapacit)`,
      String.raw`(?:když|kdykoli|kdykoliv|jak|až|pokud) (?:nám |mi )?(?:to )?(?:čas|kapacita|kapacity|možnosti) (?:dovolí|dovolují|dovoluje|umožní)`,
      String.raw`ve (?:(?:svém|našem|mém) )?volném čase`,
      String.raw`(?:když|kdykoli|kdykoliv) (?:to )?(?:bude|je) možné`,
      String.raw`(?:když|kdykoli|až) (?:budeme|budu) (?:moci|mít čas)`,
      String.raw`(?:v režimu|na bázi|formou) best[- ]effort`,
    ]),
  },
  promise: {
    firstPerson: [
      FIRST_PLURAL,
      // First person singular: budu, informuji, pokusím se, podívám se, and the verbs of handling.
      String.raw`budu`,
      String.raw`\p{L}{3,}(?:uji|uju)`,
      String.raw`\p{L}{2,}(?:ím|ám) se`,
      String.raw`(?:odpovím|opravím|vyřeším|zveřejním|prověřím|potvrdím|vydám|zajistím|udělám|pošlu|napíšu|ozvu se)`,
    ],
    possessive: [
      String.raw`náš`,
      String.raw`naš\p{L}*`,
      String.raw`můj`,
      String.raw`moj(?:e|í|i)`,
      String.raw`mé(?:ho|mu|m)?`,
      String.raw`mý(?:ch|mi|m)`,
    ],
    // Not folded, and the Czech plurals only: "autor", "maintainer" and a folded "autoř" (autorización)
    // are words of other languages.
    team: [String.raw`tým\p{L}*`, String.raw`(?:správc|vývojář)\p{L}*`, String.raw`(?:autoři|autorů|maintaineři|maintainerů)`],
    intent: [
      String.raw`bud(?:u|eme|e|ou)`,
      String.raw`(?:(?:po)?kus|snaž|vynasnaž)(?:ím|íme|í) se`,
      String.raw`usiluj(?:eme|i|e|í)`,
      String.raw`zavazuj(?:eme|i|e|í) se`,
      String.raw`plánuj(?:eme|i|u|e|í)`,
      String.raw`hodlá(?:me|m)?`,
      String.raw`(?:máme|mám) v úmyslu`,
      String.raw`(?:naším|mým) cílem je`,
      String.raw`cílem je`,
      String.raw`zaručuj(?:eme|i|e)`,
      String.raw`slibuj(?:eme|i|e)`,
      String.raw`vynaložíme (?:veškeré |maximální )?úsilí`,
      String.raw`(?:uděláme|děláme) (?:vše|maximum|všechno)`,
      THIRD_FUTURE,
      String.raw`(?:ozve|ozvou|podívá|podívají|postará|postarají) se`,
    ],
    passive: [
      // "bude opravena", "jsou zveřejněny", "byla rychle vyřešena".
      String.raw`(?:je|jsou|byl[aoiy]?|bude|budou) (?:\p{L}+[eě] )?\p{L}{3,}(?:en|ena|eno|eny|eni|án|ána|áno|ány|áni|it|ita|ito|ity|yt|yta|yto|yty)`,
      // Reflexive passives: "chyby se řeší", "hlášení se zpracovávají", "opravuje se".
      String.raw`(?:opravuj|řeš|zveřejňuj|zpracováv|posuzuj|vyřizuj|publikuj|prověřuj|analyzuj|potvrzuj|vydáv|odstraňuj)(?:e|í|ou|ují|á|ají) se`,
      String.raw`se (?:\p{L}+ )?(?:opravuj|řeš|zveřejňuj|zpracováv|posuzuj|vyřizuj|publikuj|prověřuj|analyzuj|potvrzuj|vydáv|odstraňuj)(?:e|í|ou|ují|á|ají)`,
    ],
    youReceive: [
      String.raw`(?:obdržíte|dostanete|uslyšíte|obdržíš|dostaneš)`,
      String.raw`(?:budete|budeš) (?:informován|kontaktován|vyrozuměn|upozorněn)\p{L}*`,
      String.raw`(?:můžete|můžeš) (?:očekávat|počítat s) (?:\p{L}+ )?(?:odpově|reakc|potvrz|odezv)\p{L}*`,
    ],
  },
  request: [
    ...f([
      String.raw`prosím`,
      String.raw`prosíme`,
      String.raw`žádáme`,
      String.raw`doporučujeme`,
      String.raw`doporučuje se`,
      String.raw`(?:měli byste|měl byste|měla byste|měl bys|měla bys|musíte|je třeba|je nutné|je potřeba|nutno)`,
      String.raw`(?:dejte|poskytněte|nechte|dopřejte|dej|poskytni) (?:nám|mi)`,
      String.raw`(?:pomůže|pomohou|pomáhá|pomáhají|umožní|umožňuje|usnadní|usnadňuje) (?:nám|mi)`,
      String.raw`(?:abychom|abych)`,
      String.raw`(?:neočekávejte|nečekejte)`,
      String.raw`pokud (?:\p{L}+ )?(?:neobdržíte|nedostanete|neuslyšíte)`,
    ]),
    // "We will be glad if ...": gratitude in the future tense, no promise.
    String.raw`budeme (?:rádi|vděčni)`,
    String.raw`budu (?:rád|ráda|vděčný|vděčná)`,
  ],
  imperative: [
    // Imperatives: nahlaste, pošlete, kontaktujte, nezveřejňujte, otevři, použij.
    String.raw`\p{L}{2,}(?:ejte|ujte|ijte|yjte|ěte|aste|šte|ďte|řte|řete|ňte|ťte|pte|ělte|čte|žte|vte|dte)`,
    String.raw`\p{L}{2,}(?:ej|uj|ij)`,
    String.raw`(?:pošlete|zašlete|nahlas|pošli|uveď|popiš|otevři|vytvoř|zvol|napiš|ne|nikdy)`,
  ],
  noPromise: [
    ...f([
      String.raw`(?:po)?děkuj\p{L}*`,
      String.raw`díky`,
      String.raw`oceňuj\p{L}*`,
      String.raw`vážíme si`,
      String.raw`(?:u)?vítáme`,
      String.raw`vděčn\p{L}*`,
    ]),
    String.raw`rád[ai]?`,
  ],
  condition: [
    // "pokud najdete", "když nahlásíte", "jakmile objevíš": the reporter's verb in the 2nd person.
    String.raw`(?:když|pokud|jestliže|jakmile|až|než|dokud|kdyby|jestli) (?:\p{L}+ ){0,2}\p{L}{2,}(?:íte|ete|áte|ěte|íš|eš|áš)`,
    String.raw`(?:když|pokud|jestliže) (?:vy|ty)`,
  ],
  conjunction: [
    String.raw`ale`,
    String.raw`avšak`,
    String.raw`nebo`,
    String.raw`či`,
    String.raw`pak`,
    String.raw`poté`,
    String.raw`potom`,
    String.raw`však`,
    String.raw`zatímco`,
    // "a" only before a verb of its own ("nahlaste to a opravíme"): a plain "a" would cut the
    // English article off its sentence.
    String.raw`a(?= (?:\p{L}+ )?${CLAUSE_VERB})`,
  ],
  leadInCondition: [
    String.raw`kte(?:ří|rý|rá|ré|rou)`,
    String.raw`kdo`,
    String.raw`pokud`,
    String.raw`když`,
    String.raw`prosím`,
    String.raw`uveďte`,
    String.raw`musíte`,
    String.raw`(?:by )?měl(?:o|y|a)? obsahovat`,
  ],
  responseContext: [
    String.raw`odpově\p{L}*`,
    String.raw`odpoved\p{L}*`,
    String.raw`odpoví\p{L}*`,
    String.raw`reakc\p{L}*`,
    String.raw`reag\p{L}*`,
    String.raw`vyjádř\p{L}*`,
    String.raw`potvr\p{L}*`,
    String.raw`přijet\p{L}*`,
    String.raw`obdrž\p{L}*`,
    String.raw`posou\p{L}*`,
    String.raw`vyhodno\p{L}*`,
    String.raw`prověř\p{L}*`,
    String.raw`prošetř\p{L}*`,
    String.raw`prozkoum\p{L}*`,
    String.raw`zkontrol\p{L}*`,
    String.raw`analý\p{L}*`,
    String.raw`analyz\p{L}*`,
    String.raw`triáž\p{L}*`,
    String.raw`vyříz\p{L}*`,
    String.raw`prvotn\p{L}*`,
    String.raw`počáteční\p{L}*`,
    String.raw`oznám\p{L}*`,
    String.raw`informuj\p{L}*`,
    String.raw`informov\p{L}*`,
    String.raw`zpětn\p{L}* vazb\p{L}*`,
    String.raw`ozv\p{L}*`,
    String.raw`kontaktuj\p{L}*`,
    String.raw`kontaktov\p{L}*`,
  ],
  fix: [
    // Not "opravdu" (really).
    String.raw`oprav(?!du)\p{L}*`,
    String.raw`záplat\p{L}*`,
    String.raw`patch(?:e|em|i|ů|ích)?`,
    String.raw`(?:vy)?řeš\p{L}*`,
    String.raw`náprav\p{L}*`,
    String.raw`odstran\p{L}*`,
    String.raw`odstraň\p{L}*`,
    String.raw`zmírn\p{L}*`,
    String.raw`zmírň\p{L}*`,
    String.raw`mitig\p{L}*`,
    String.raw`korig\p{L}*`,
    String.raw`korekc\p{L}*`,
  ],
  supportPeriod: f([String.raw`podpor\p{L}*`, String.raw`udržov\p{L}*`, String.raw`životn\p{L}* cykl\p{L}*`]),
  disclosure: f([
    String.raw`zveřejň\p{L}*`,
    String.raw`publikac\p{L}*`,
    String.raw`publikuj\p{L}*`,
    String.raw`bezpečnostní (?:bulletin|oznámen|upozorněn|doporučen|zpravodaj)\p{L}*`,
    String.raw`embarg\p{L}*`,
  ]),
  // To be written: the compliance-profile words of this language.
  compliance: {
    scope: [],
    noLegalAction: [],
    authorized: [],
    antiCircumvention: [],
    termsWaiver: [],
    goodFaith: [],
    reportContents: [],
    supportEnd: [],
    advisoryChannel: [],
    acknowledge: [],
    personalData: [],
    anonymous: [],
    mandatory: [],
    optional: [],
    negation: [],
    prohibition: [],
    testingMethod: [],
    permission: [],
    indefinite: [],
    timeLimit: [],
  },
};
