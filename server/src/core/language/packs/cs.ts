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

/** What a reporter sends as a message; not "hlášení" nor "chyba", which may be the flaw or its report. */
const MESSAGE = String.raw`(?:e-?mail\p{L}*|zpráv\p{L}*|dotaz\p{L}*|otáz\p{L}*|žádost\p{L}*|požadav\p{L}*)`;
/** No word of the gap after the message is the flaw (zranitelnost, chyba, problém): it would be what is attended to. */
const NOT_FLAW = String.raw`(?!zranitel|chyb|problém|bug|slabin)`;
/** Attending to it ("vyřizujeme" counts already): zpracujeme, vyřídíme, zabýváme se, podíváme se na, postaráme se o. */
const ATTEND = String.raw`(?:zprac\p{L}*|vyříd\p{L}*|zabýv\p{L}*|podív\p{L}* (?:se )?na|postar\p{L}* (?:se )?o)`;

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
      // Negated: nebudeme, nebudu, nepošleme (nezveřejníme is read above).
      String.raw`nebud(?:eme|u)`,
      String.raw`ne\p{L}{2,}eme`,
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
    // A message attended to: "e-maily zpracujeme do 3 pracovních dnů", "váš dotaz bude vyřízen",
    // "zpracujeme vaši zprávu", "na zprávu se podíváme"; not the flaw.
    ...f([
      String.raw`${MESSAGE}(?: ${NOT_FLAW}[^\s;]+){0,6} (?:zprac|vyříd|zabýv|podív|postar)\p{L}*`,
      String.raw`${ATTEND}(?: \p{L}+){0,3} ${MESSAGE}`,
    ]),
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
    // The reporter told not to: "nezveřejňujte", "nepublikujte"; and "publikovat", "uveřejnit".
    String.raw`ne(?:zveřejň|publikuj|publikov|uveřejň)\p{L}*`,
    String.raw`publikov\p{L}*`,
    String.raw`uveřejň\p{L}*`,
    String.raw`bezpečnostní (?:bulletin|oznámen|upozorněn|doporučen|zpravodaj)\p{L}*`,
    String.raw`embarg\p{L}*`,
  ]),
  compliance: {
    scope: f([
      String.raw`(?:tato|tento|toto|tyto|naše|náš|naši) (?:\p{L}+ ){0,2}(?:zásad|politik|program|dokument|pravidl|směrnic)\p{L}* (?:se )?(?:\p{L}+ )?(?:vztahuj|týk|pokrýv|zahrnuj|platí|uplatňuj)\p{L}*`,
      String.raw`(?:zásad|politik|program|pravidl|směrnic)\p{L}* (?:\p{L}+ ){0,3}(?:se vztahuj\p{L}*|se týk\p{L}*|pokrýv\p{L}*|zahrnuj\p{L}*|platí pro)`,
      String.raw`(?:se )?vztahuj\p{L}* (?:se )?(?:pouze |jen |výhradně |také |i )?na`,
      String.raw`(?:týká|týkají) se (?:pouze|jen|výhradně|následující\p{L}*|všech)|(?:pokrývá|pokrývají|zahrnuje|zahrnují) (?:pouze|jen|výhradně|následující|všechny)`,
      String.raw`(?:mimo|do|z) (?:\p{L}+ )?(?:rozsah|působnost)\p{L}*`,
      String.raw`(?:v|ve) (?:\p{L}+ )?(?:rozsahu|působnosti) (?:\p{L}+ )?(?:program|zásad|politik|testov|pravid|směrnic)\p{L}*`,
      String.raw`(?:ne)?spadá\p{L}* (?:do|pod) (?:\p{L}+ )?(?:rozsah|působnost|program|zásad|politik)\p{L}*`,
      String.raw`(?:pokryt|zahrnut|vyloučen)\p{L}* (?:\p{L}+ ){0,2}(?:program|zásad|politik|rozsah|působnost)\p{L}*`,
    ]),
    noLegalAction: f([
      // "nepodnikneme žádné právní kroky", "nebudeme podávat trestní oznámení"; not "nebo".
      String.raw`ne(?!bo(?!\p{L})|jen)\p{L}{2,} (?:\p{L}+ ){0,3}(?:právní|soudní|trestní|občanskoprávní|žádné|žádných)\p{L}* (?:\p{L}+ )?(?:krok|řízen|žalob|stíhán|oznámen|postih|opatřen|nárok|spor)\p{L}*`,
      String.raw`(?:právní|soudní|trestní)\p{L}* (?:krok|řízen|žalob|stíhán|postih|opatřen)\p{L}* (?:\p{L}+ ){0,2}(?:nebud|nepodnik|nezaháj|nepodá|nevyvod|neinici)\p{L}*`,
      String.raw`žádn\p{L}* (?:právní|soudní|trestní)\p{L}* (?:krok|řízen|žalob|stíhán|postih|opatřen|následk)\p{L}*`,
      String.raw`ne(?!bo(?!\p{L})|jen)\p{L}{2,} (?:\p{L}+ ){0,2}(?:žalovat|stíhat|zažalovat|soudit)|nezažaluj\p{L}*|nežaluj\p{L}*|nestíh\p{L}*`,
      String.raw`ne(?!bo(?!\p{L})|jen)\p{L}{2,} (?:\p{L}+ ){0,3}(?:policii|orgánům činným v trestním řízení|k soudu|soudu)`,
      String.raw`bez (?:obav\p{L}* (?:z |ze |před )?|rizika )?(?:právní|soudní|trestní)\p{L}* (?:následk|postih|krok|odpovědnost|řízen|stíhán)\p{L}*`,
    ]),
    authorized: f([
      String.raw`(?:považuj|považov|pokládá|pokládat|posuzuj|budeme považovat)\p{L}* (?:\p{L}+ ){0,5}za (?:\p{L}+ )?(?:autorizován\p{L}*|povolen\p{L}*|legáln\p{L}*|oprávněn\p{L}*|zákonn\p{L}*|v souladu se zákonem)`,
      String.raw`(?:je|jsou|bude|budou|byl[aoy]?) (?:\p{L}+ )?(?:autorizován|legáln|zákonn)\p{L}*`,
      String.raw`(?:je|jsou|bude|budou) (?:\p{L}+ )?v souladu se zákonem`,
      String.raw`(?:autorizován|oprávněn)\p{L}* (?:přístup|činnost|výzkum|testován|aktivit|jednán|test)\p{L}*`,
      String.raw`autorizuj\p{L}*|opravňuj\p{L}*`,
      String.raw`trestn\p{L}* zákoník\p{L}*|§ ?23[0-2]`,
    ]),
    antiCircumvention: f([
      String.raw`(?:obcház|obejit|obejít|obešl)\p{L}* (?:\p{L}+ ){0,2}(?:prostředk|opatřen|mechanism)\p{L}*`,
      String.raw`technick\p{L}* (?:prostředk|opatřen)\p{L}* (?:\p{L}+ )?ochran\p{L}*`,
      String.raw`(?:zákaz|ustanoven|předpis)\p{L}* (?:\p{L}+ ){0,3}obcházen\p{L}*`,
      String.raw`autorsk\p{L}* (?:zákon|práv)\p{L}*`,
    ]),
    termsWaiver: f([
      String.raw`podmínk\p{L}* (?:užívání|užití|použití|používání|poskytování služ\p{L}*|služby|služeb)`,
      String.raw`(?:obchodní|smluvní|licenční|uživatelsk)\p{L}* podmínk\p{L}*`,
      String.raw`zásad\p{L}* (?:přijatelného|přípustného|povoleného|řádného) (?:užívání|použití|používání)`,
    ]),
    goodFaith: f([
      String.raw`dobr\p{L}* víř\p{L}*`,
      String.raw`dobr\p{L}* vír\p{L}*`,
      String.raw`(?:dobr|poctiv)\p{L}* (?:úmysl|úmysln)\p{L}*`,
    ]),
    reportContents: f([
      String.raw`krok\p{L}* (?:\p{L}+ ){0,3}(?:reproduk|zopakován|zopakov|zreprodukov|vyvolán)\p{L}*`,
      String.raw`(?:postup|návod|popis|scénář)\p{L}* (?:\p{L}+ )?(?:reproduk|zopakován|vyvolán)\p{L}*`,
      String.raw`jak (?:\p{L}+ )?(?:reprodukovat|zopakovat|zreprodukovat|vyvolat|nasimulovat)`,
      String.raw`důkaz\p{L}* (?:koncept|proveditelnost|zneužitelnost)\p{L}*`,
      String.raw`(?:dotčen|postižen|zraniteln|ovlivněn|napaden|zasažen)\p{L}* (?:verz|komponent|produkt|soubor|modul|systém|adres|endpoint|knihovn|balíč|funkc|část)\p{L}*`,
      String.raw`(?:verz|komponent|produkt|modul|soubor|balíč)\p{L}* (?:dotčen|postižen|zraniteln|ovlivněn)\p{L}*`,
      String.raw`(?:verz|komponent|produkt|modul|balíč)\p{L}*,? (?:kter\p{L}*|jichž|jíž) (?:se )?(?:\p{L}+ )?(?:týká|týkají|dotýká|postihuje|postihují)`,
      String.raw`čísl\p{L}* verz\p{L}*|informac\p{L}* o verzi`,
      String.raw`(?:potenciáln|možn|očekávan|předpokládan|skutečn|odhadován)\p{L}* (?:dopad|následk|rizik|závažnost)\p{L}*`,
      String.raw`dopad(?:u|em|y|ech|ů)?|závažnost\p{L}*`,
      String.raw`(?:posouzení|hodnocení|odhad) (?:dopadu|závažnosti|rizika)`,
      String.raw`výpis\p{L}* (?:zásobníku|volání|chyby|chyb|logu|logů)|zásobník\p{L}* volání|snímk\p{L}* obrazovky|snímek obrazovky|záznam\p{L}* (?:obrazovky|z logu|logu|logů)|logy|logů|logách`,
      String.raw`(?:kód|scénář)\p{L}* (?:exploit\p{L}*|útoku|zneužití)|exploit(?:u|em|y|ů|ech|ům)`,
      String.raw`popi[sš]\p{L}* (?:\p{L}+ )?(?:zranitelnost|chyb|problém|slabin|nedostat)\p{L}*`,
      String.raw`(?:typ|druh|tříd|kategori)\p{L}* (?:\p{L}+ )?(?:zranitelnost|chyb|problém|slabin)\p{L}*`,
      String.raw`(?:návrh|navrhován|doporučen|možn)\p{L}* (?:\p{L}+ )?(?:oprav|řešen|náprav|záplat|zmírněn)\p{L}*`,
      String.raw`konfigurac\p{L}* (?:prostředí|systému)|konfigurační\p{L}* (?:soubor|údaj)\p{L}*`,
    ]),
    supportEnd: f([
      String.raw`(?:konec|konce|koncem|konci|ukončen\p{L}*|skončen\p{L}*|vypršen\p{L}*) (?:\p{L}+ )?(?:podpor|životnost|životního cyklu|údržb|aktualizac|oprav)\p{L}*`,
      String.raw`(?:podporován|udržován|záplatován|aktualizován)\p{L}* (?:\p{L}+ ){0,2}(?:do|po dobu|až do)`,
      String.raw`(?:podpor|údržb)\p{L}* (?:\p{L}+ ){0,2}(?:končí|skončí|skončila|vyprší|vypršela|trvá|potrvá|platí|do|po dobu)`,
      String.raw`(?:dostáv|obdrž|získáv|dostan|dostane)\p{L}* (?:\p{L}+ )?(?:bezpečnostní )?(?:oprav|aktualizac|záplat)\p{L}* (?:\p{L}+ )?(?:do|po dobu|až do)`,
      String.raw`bezpečnostní (?:oprav|aktualizac|záplat)\p{L}* (?:až )?do (?:\d+|konce|roku)`,
      String.raw`poslední bezpečnostní (?:vydání|aktualizac\p{L}*|oprav\p{L}*|záplat\p{L}*)|(?:finální|závěrečn)\p{L}* (?:bezpečnostní )?(?:vydání|aktualizac|oprav|záplat|verz)\p{L}*`,
      String.raw`(?:dob|obdob)\p{L}* (?:\p{L}+ )?(?:podpor|údržb|aktualizac)\p{L}*`,
      String.raw`přestan\p{L}* (?:být )?(?:podporován|udržován)\p{L}*|(?:není|nejsou|nebude|nebudou) (?:již |už )?(?:podporován|udržován)\p{L}*`,
    ]),
    advisoryChannel: f([
      String.raw`bezpečnostní\p{L}* (?:bulletin|upozorněn|oznámen|doporučen|zpravodaj|novink)\p{L}*`,
      String.raw`(?:bulletin|upozorněn|zpravodaj)\p{L}* (?:\p{L}+ )?bezpečnost\p{L}*`,
      String.raw`bulletin\p{L}*|zpravodaj\p{L}*|newsletter\p{L}*`,
      String.raw`poznámk\p{L}* k (?:vydání|verzi|verzím)|(?:seznam|přehled|histori|záznam)\p{L}* změn`,
      String.raw`(?:e-?mailov|poštovn|diskusn|oznamovac)\p{L}* (?:konferenc|skupin|seznam)\p{L}*`,
      String.raw`(?:stránk|sekc|kanál|kanal)\p{L}* (?:s |se |pro )?(?:oznámení|novinkami|novinky|bezpečnostními|vydáními|rss)\p{L}*`,
      String.raw`blog\p{L}*`,
      String.raw`(?:identifikátor|čísl|záznam)\p{L}* cve`,
      String.raw`(?:doporučen|upozorněn)\p{L}* (?:\p{L}+ )?github\p{L}*`,
    ]),
    acknowledge: f([
      String.raw`potvr\p{L}* (?:\p{L}+ )?(?:přijet|obdržen|doručen|příjem|příjmu|hlášen|zpráv|oznámen)\p{L}*`,
      String.raw`(?:přijet|obdržen|doručen)\p{L}* (?:\p{L}+ ){0,2}(?:bude |budou |je |jsou )?potvr\p{L}*`,
      String.raw`(?:první|prvotní|počáteční|úvodní)\p{L}* (?:\p{L}+ )?(?:odpově|reakc|kontakt|potvrzen|odezv)\p{L}*`,
    ]),
    personalData: f([
      String.raw`jmén\p{L}* a příjmen\p{L}*|(?:cel|úpln|plné|plný|skutečn|pravé|pravý|občansk)\p{L}* jmén\p{L}*|příjmen\p{L}*`,
      String.raw`telefon\p{L}*|čísl\p{L}* (?:\p{L}+ )?(?:telefon|mobil)\p{L}*|mobiln\p{L}* čísl\p{L}*`,
      String.raw`adres\p{L}* (?:bydliště|trvalého bydliště|pobytu|domova)|(?:poštovní|doručovací|korespondenční|domácí|fyzick)\p{L}* adres\p{L}*|(?:trvalé|trvalého) bydliště`,
      String.raw`rodn\p{L}* čísl\p{L}*`,
      String.raw`občansk\p{L}* průkaz\p{L}*|cestovn\p{L}* pas\p{L}*|(?:kopi|sken|čísl)\p{L}* pasu`,
      String.raw`(?:doklad|průkaz|ověřen)\p{L}* (?:totožnosti|identity)`,
      String.raw`dat\p{L}* narozen\p{L}*`,
      String.raw`osobn\p{L}* (?:údaj|dat)\p{L}*`,
    ]),
    anonymous: f([
      String.raw`anonym\p{L}*`,
      String.raw`bez (?:uveden|udán|sdělen|odhalen|prozrazen)\p{L}* (?:\p{L}+ )?(?:jmén|identit|totožnost|údaj)\p{L}*`,
    ]),
    mandatory: f([
      String.raw`mus(?:í|íte|íš|ejí|íme|el|ela|eli)`,
      String.raw`povinn\p{L}*|vyžad(?:ujeme|uje|ují|ováno|ována|ovány|ovaný|ované)(?: se)?`,
      String.raw`(?:je|jsou) (?:\p{L}+ )?(?:nutn|nezbytn|třeba|potřeba)\p{L}*|nezbytn\p{L}*|nutně`,
      String.raw`(?:přijímáme|zpracováváme|akceptujeme|posuzujeme) (?:pouze|jen|výhradně) (?:hlášen|zpráv|oznámen)\p{L}*`,
    ]),
    optional: f([
      String.raw`volitel\p{L}*|nepovinn\p{L}*|dobrovoln\p{L}*|fakultativn\p{L}*`,
      String.raw`(?:pokud|jestli|jestliže|když) (?:\p{L}+ ){0,2}(?:chcete|chceš|chce|chtějí|přejete|přeješ|přeje|budete chtít)|(?:chcete|chceš|přejete)-li`,
      String.raw`(?:není|nejsou|nebude) (?:\p{L}+ )?(?:povinn|nutn|nezbytn|vyžadován|třeba|potřeba)\p{L}*`,
      String.raw`nemus(?:íte|íš|í|ejí)`,
      String.raw`(?:dle|podle) (?:\p{L}+ )?uvážení|(?:záleží|je) na (?:vás|tobě|vašem uvážení)`,
    ]),
    negation: [
      ...f([
        String.raw`ne`,
        String.raw`nikdy|nikde|nikdo|nikoho|nikomu|nic|ničeho|nikoli|nikoliv|ani`,
        String.raw`žádn\p{L}*`,
        String.raw`není|nejsou|nejde|nejsme|nejste|nejsem|nelze|nebyl\p{L}*|nebud\p{L}*`,
      ]),
      // Verbs and adjectives negated with "ne-", by their Czech endings (not folded: "nearly",
      // "negative" are English); not "nebo", "nejen", superlatives (nej-) and words that only look
      // negated (nezbytný, neprodleně, nebezpečí, neděle, nedávno, neustále).
      String.raw`ne(?!bo(?:ť)?(?!\p{L})|j|zbytn|prodlen|bezpeč|děl|moc|hled|dávn|ustál|smírn)\p{L}{2,}(?:í|ím|íme|íte|íš|ají|ejí|ují|uje|ujeme|ujete|eme|ete|ou|á|ám|áme|áte|é|ého|ém|ých|ými|ý|ějte|ejte|ujte|ijte|ěte|ěj|ej|uj|at|it|ět|ovat|out|ime|ame|ite|eli|ěli|ili|ali)`,
    ],
    prohibition: f([
      String.raw`nesm\p{L}*`,
      // Negative imperatives and infinitives: neprovádějte, nezveřejňuj, nepoužívat.
      String.raw`ne\p{L}{2,}(?:ejte|ějte|ujte|ijte|yjte|ěte|aste|šte|ďte|řte|ňte|ťte|pte|čte|žte|vte|dte|ej|ěj|uj|ij)`,
      String.raw`ne(?!j)\p{L}{2,}(?:at|it|ět|et|out|ovat)`,
      String.raw`zakáz\p{L}*|zakazuj\p{L}*|zákaz\p{L}*`,
      String.raw`(?:není|nejsou|nebude|nebudou) (?:\p{L}+ )?(?:povolen|dovolen|přípustn|přijateln|autorizován|tolerován|vítán)\p{L}*`,
      String.raw`nepovolen\p{L}*|nedovolen\p{L}*|nepřípustn\p{L}*|neautorizován\p{L}*|neoprávněn\p{L}*`,
      String.raw`nepovoluj\p{L}*|nedovoluj\p{L}*|netoleruj\p{L}*|nepřipouš\p{L}*|neakceptuj\p{L}*`,
      String.raw`(?:zdrž|vyhn|vyhýb)\p{L}* se`,
      String.raw`mimo (?:\p{L}+ )?(?:rozsah|působnost)\p{L}*|nespadá\p{L}* (?:do|pod) (?:\p{L}+ )?(?:rozsah|působnost|program)\p{L}*|vyloučen\p{L}* z (?:\p{L}+ )?(?:rozsah|působnost|program)\p{L}*`,
      String.raw`žádn\p{L}* (?:\p{L}+ )?(?:test|útok)\p{L}*`,
    ]),
    testingMethod: f([
      String.raw`(?:odepřen|odmítnut)\p{L}* (?:\p{L}+ )?služ\p{L}*`,
      String.raw`ddos(?:ov\p{L}*)?`,
      String.raw`sociáln\p{L}* inženýrstv\p{L}*|sociotechni\p{L}*`,
      String.raw`phishing\p{L}*|vishing\p{L}*|smishing\p{L}*|podvodn\p{L}* e-?mail\p{L}*`,
      String.raw`fyzick\p{L}* (?:útok|test|přístup|průnik|vniknut|bezpečnost|zabezpečen)\p{L}*|(?:útok|test|průnik|vniknut)\p{L}* (?:\p{L}+ )?fyzick\p{L}*`,
      String.raw`spam\p{L}*`,
      String.raw`hrub\p{L}* sil\p{L}*|brute[- ]?force\p{L}*|slovníkov\p{L}* útok\p{L}*|(?:lámání|hádání) hesel`,
      String.raw`(?:automatizován|automatick|hromadn|masov)\p{L}* (?:\p{L}+ )?(?:skenován|skener|sken|test|nástroj|požadav|dotaz|provoz)\p{L}*`,
      String.raw`skener\p{L}* zranitelnost\p{L}*|skenován\p{L}* (?:zranitelnost|sítě|sítí|portů)\p{L}*`,
      String.raw`(?:zátěžov|výkonnostn|stresov|objemov)\p{L}* test\p{L}*`,
      String.raw`(?:mazán|smazán|zničen|ničen|modifik|změn|úprav|exfiltr|krádež|odcizen|stahován|vynášen)\p{L}* (?:\p{L}+ ){0,2}(?:dat|data|datům|daty|datech|údaj\p{L}*)`,
      String.raw`(?:přístup|získán|přistupován|čten|zobrazen|stahován)\p{L}* (?:\p{L}+ ){0,3}(?:dat|data|datům|daty|údaj\p{L}*|účt\p{L}*|účet) (?:jiných|ostatních|cizích|třetích|zákazník)\p{L}*`,
      String.raw`(?:cizí|cizích|cizím|cizími) (?:dat|data|datům|daty|účt\p{L}*|účet|údaj\p{L}*)`,
      String.raw`(?:naruš|přeruš|zahlc|přetěž|degrad|ochrom)\p{L}* (?:\p{L}+ ){0,2}(?:provoz|služ|dostupnost|systém|server|infrastruktur|chod)\p{L}*`,
    ]),
    permission: f([
      String.raw`bez (?:\p{L}+ ){0,3}(?:souhlas|svolen|povolen|schválen|autorizac|zmocněn|dovolen)\p{L}*`,
      String.raw`(?:s|se) (?:\p{L}+ ){0,3}(?:souhlasem|svolením|povolením|schválením|autorizací)`,
      String.raw`po (?:získání|obdržení|udělení|vyjádření) (?:\p{L}+ ){0,2}(?:souhlas|svolen|povolen|schválen)\p{L}*`,
      String.raw`(?:získ|obdrž|dostan|mít|máte)\p{L}* (?:\p{L}+ ){0,2}(?:souhlas|svolen|povolen|schválen)\p{L}*`,
    ]),
    indefinite: f([
      String.raw`nikdy`,
      String.raw`v žádném (?:případě|okamžiku|momentě)|za žádných okolností|pod žádnou záminkou`,
      String.raw`kdykoli(?:v)?|navždy|trvale|neomezeně|natrvalo|na dobu neurčitou`,
      String.raw`bez (?:\p{L}+ )?časového omezení|bez ohledu na (?:okolnosti|čas|dobu)`,
    ]),
    timeLimit: f([
      String.raw`dokud|do doby|do okamžiku|do chvíle|do dne|do data|až do|ledaže`,
      String.raw`(?:dříve|předtím|dřív),? než|než (?:bude|budou|vydáme|opravíme|zveřejníme|uplyne)`,
      String.raw`před (?:\p{L}+ )?(?:vydán|zveřejněn|publikac|oprav|uvolněn|uplynut|opraven|odstraněn|datem|termín)\p{L}*`,
      String.raw`do (?:\p{L}+ )?(?:vydán|zveřejněn|publikac|opraven|uvolněn|uplynut|odstraněn)\p{L}*`,
      String.raw`po (?:\p{L}+ )?(?:vydán|zveřejněn|publikac|oprav|uvolněn|uplynut|opraven|odstraněn)\p{L}*`,
      String.raw`embarg\p{L}*`,
      String.raw`(?:konečn\p{L}* )?termín\p{L}* (?:zveřejnění|publikace|embarga)|deadline\p{L}*`,
    ]),
    privately: f([
      // Not "soukromý klíč" (a private key) or "ochrana soukromí" (privacy).
      String.raw`soukrom(?:ě|ý|á|é|ou|ým|ých|ého|ém|ými|ému)(?! klíč)|v soukromí`,
      String.raw`důvěrn(?:ě|ý|á|é|ou|ým|ých|ého|ém|ými|ému)`,
      String.raw`neveřejn(?:ě|ý|á|é|ou|ým|ých|ého|ém|ými|ému)`,
    ]),
  },
};
