// Swedish. The future is "kommer att" or "ska", the passive an -s on the verb ("hanteras",
// "åtgärdas", "släpps"), compounds are written as one word ("säkerhetsteamet", "svarstid"), and a
// condition may put the verb first ("Hittar du en sårbarhet, ..."). Headings and wordings also
// match text typed without å, ä, ö.

import type { LanguagePack } from '../pack';
import { fold } from './fold';

const LETTERS = { å: 'åa', ä: 'äa', ö: 'öo' };
const f = (sources: string[]) => sources.map((s) => fold(s, LETTERS));

/** Verbs of handling a report that form their passive in -as: hanteras, åtgärdas, besvaras. */
const PASSIVE_AS = String.raw`(?:hanter|åtgärd|besvar|bekräft|gransk|rätt|analyser|publicer|prioriter|behandl|utvärder|verifier|meddel|kontakt|informer|lag|fix|patch|återkoppl|uppdater|svar|kvitter|notifier|krediter|undersök|utred)as`;
/** Those that form it in -s or -es: släpps, bedöms, offentliggörs, utreds, löses. */
const PASSIVE_S = String.raw`(?:släpps|bedöms|offentliggörs|utreds|undersöks|löses|tas emot|ges)`;

/** Nouns of handling a report: what a promise is about. */
const HANDLING_NOUN = String.raw`(?:svar|respons|åtgärd|rättning|hantering|återkoppling|fix|uppdatering|lösning|reaktion|bekräftelse|patch)\p{L}*`;

/**
 * Instructions that open a sentence: "Rapportera", "Kontakta oss", "Publicera inte". English "I"
 * is also the Swedish preposition "i", so nearly every Swedish sentence seems to speak in the
 * first person, which would keep these from reading as requests; they are requests at the start
 * of a clause too (see `request`).
 */
const IMPERATIVES = [
  String.raw`rapportera`,
  String.raw`skicka`,
  String.raw`kontakta`,
  String.raw`(?:mejla|maila|e-posta)`,
  String.raw`använd`,
  String.raw`beskriv`,
  String.raw`inkludera`,
  String.raw`bifoga`,
  String.raw`(?:ange|uppge)`,
  String.raw`ge`,
  String.raw`låt`,
  String.raw`öppna`,
  String.raw`skapa`,
  String.raw`(?:publicera|dela|avslöja|utnyttja)(?: inte)?`,
  String.raw`vänta`,
  String.raw`(?:uppdatera|uppgradera)`,
  String.raw`följ`,
  String.raw`se till`,
  String.raw`kontrollera`,
  String.raw`undvik`,
  String.raw`avstå`,
  String.raw`berätta`,
  String.raw`meddela`,
  String.raw`hör av dig`,
  String.raw`tveka inte`,
  String.raw`kryptera`,
  String.raw`prenumerera`,
  String.raw`skriv`,
  String.raw`lämna`,
  String.raw`håll`,
  String.raw`testa`,
  String.raw`försök`,
  String.raw`överväg`,
  String.raw`gör`,
  String.raw`glöm inte`,
  String.raw`tänk på`,
  String.raw`klicka`,
  String.raw`gå till`,
  String.raw`välj`,
  String.raw`aldrig`,
];

/** A source that matches only at the start of a clause (after bullets, numbers and punctuation). */
const atStart = (source: string) => String.raw`(?<=^[\s\p{P}\p{S}\p{N}]{0,12})(?:${source})`;

/** A condition on the reporter: "om du", "när ni", or the verb first ("Hittar du en sårbarhet"). */
const CONDITIONS = [
  String.raw`(?:om|när|innan|tills|ifall|så fort|så snart|efter att) (?:du|ni)`,
  String.raw`(?:hittar|upptäcker|rapporterar|anmäler|märker|misstänker) (?:du|ni)`,
];

/** What a reporter sends as a message ("mejl", "e-post", "frågor"; "meddelande" counts already); not "rapport", which may be the flaw's report. */
const MESSAGE = String.raw`(?:(?:e-?)?(?:mail|mejl)(?:et|en|s|ar|arna)?|e-?post(?:en|meddelanden?|meddelandet)?|\p{L}*fråg(?:a|an|or|orna)|förfrågningar(?:na)?)`;
/** No word of the gap after the message is the flaw (sårbarhet, säkerhetshål, problem, bugg): it would be what is attended to. */
const NOT_FLAW = String.raw`(?!\p{L}*(?:sårbarhet|säkerhetshål|problem|bugg|brist))`;

export const sv: LanguagePack = {
  tag: 'sv',
  spaced: true,
  headings: {
    reporting: f([
      // Compounds ("Säkerhetsrapport", "Säkerhetskontakt") in one alternative: a leading \p{L}* is
      // tried at every word.
      String.raw`\p{L}*(?:rapport\p{L}*|kontakt\p{L}*|anmälan)`,
      String.raw`anmäl\p{L}*`,
      String.raw`hur (?:du )?(?:rapporterar|anmäler|kontaktar)`,
      String.raw`(?:ansvarsfullt|samordnat|koordinerat) (?:avslöjande|offentliggörande)`,
      String.raw`hittat en sårbarhet`,
      String.raw`säkerhets(?:problem|brist|fel|fråg|incident)\p{L}*`,
    ]),
    'supported-versions': f([
      // Swedish endings: not the English "Conversion".
      String.raw`\p{L}*version(?:er|erna|en)`,
      String.raw`säkerhets(?:uppdatering|rättning|fix|patch)\p{L}*`,
      String.raw`(?:stödda|supporterade|underhållna) (?:utgåvor|releaser|grenar)`,
      String.raw`supportpolicy`,
      String.raw`livscykel\p{L}*`,
      String.raw`(?:stöd|support)(?:period|fönster|tid)\p{L}*`,
    ]),
    response: f([
      String.raw`svar\p{L}*`,
      // Swedish endings: not the English "Responsibilities", "Processing".
      String.raw`respons(?:tid|tider|tiden|en)?`,
      String.raw`\p{L}*(?:process(?:en|er|erna)?|hantering\p{L}*)`,
      String.raw`tidslinje\p{L}*`,
      String.raw`tidsram\p{L}*`,
      String.raw`tidsplan\p{L}*`,
      String.raw`vad (?:du kan förvänta dig|ni kan förvänta er|händer sedan|händer sen|händer därefter|som händer)`,
      String.raw`förväntningar`,
      String.raw`efter (?:rapporteringen|din rapport|anmälan)`,
      String.raw`reaktion\p{L}*`,
      String.raw`handläggning\p{L}*`,
    ]),
    disclosure: f([
      String.raw`\p{L}*offentliggör\p{L}*`,
      String.raw`avslöjande\p{L}*`,
      String.raw`publicering\p{L}*`,
      String.raw`säkerhets(?:meddelande|bulletin|råd|varning)\p{L}*`,
      String.raw`embargo\p{L}*`,
      String.raw`tillkännagivande\p{L}*`,
    ]),
    scope: f([
      String.raw`omfattning\p{L}*`,
      String.raw`omfång\p{L}*`,
      String.raw`avgränsning\p{L}*`,
      String.raw`vad som (?:inte )?(?:räknas|ingår)`,
    ]),
    'safe-harbor': f([String.raw`juridisk\p{L}*`, String.raw`rättslig\p{L}*`, String.raw`skydd för (?:forskare|rapportörer)`]),
    encryption: f([String.raw`kryptering\p{L}*`, String.raw`(?:pgp|gpg)-?nyck\p{L}*`, String.raw`(?:publik|offentlig)\p{L}* nyck\p{L}*`]),
    acknowledgments: f([String.raw`tack\p{L}*`, String.raw`erkännande\p{L}*`]),
    hiring: f([String.raw`jobb\p{L}*`, String.raw`karriär\p{L}*`, String.raw`lediga tjänster`]),
  },
  versionHeader: f([String.raw`version\p{L}*`, String.raw`utgåva\p{L}*`, String.raw`utgåvor`]),
  vague: {
    asap: f([
      String.raw`så (?:snart|fort|snabbt|tidigt) (?:som )?(?:möjligt|det (?:är möjligt|går)|(?:vi|jag) (?:kan|har möjlighet))`,
      String.raw`snarast(?: möjligt)?`,
      String.raw`vid första (?:bästa |möjliga )?tillfälle`,
      String.raw`så skyndsamt som möjligt`,
    ]),
    quickly: f([
      // The adjective before a noun first: "ett snabbt svar" is the phrase, not "snabbt" alone.
      String.raw`(?:snabb|skyndsam|omgående|rask)(?:a|t)? ${HANDLING_NOUN}`,
      String.raw`snabbt`,
      String.raw`skyndsamt`,
      String.raw`omgående`,
      String.raw`raskt`,
    ]),
    timely: f([
      String.raw`i god tid`,
      String.raw`i rätt tid`,
      String.raw`i tid`,
      String.raw`i lämplig tid`,
      String.raw`i vederbörlig ordning`,
    ]),
    soon: f([
      // Not "så snart de är klara" (as soon as they are ready), which ties the time to an event.
      String.raw`(?<!så )snart`,
      String.raw`inom kort`,
      String.raw`inom en snar framtid`,
      String.raw`i en nära framtid`,
      String.raw`inom den närmaste tiden`,
      String.raw`i sinom tid`,
      String.raw`så småningom`,
      String.raw`inom de närmaste dagarna`,
    ]),
    reasonable: f([
      String.raw`(?:(?:inom|i|på|under) (?:en )?)?(?:rimlig|skälig)(?:t|a)? (?:tid(?:sram|speriod|rymd)?|period)`,
      String.raw`rimligt (?:snabbt|snart)`,
    ]),
    'without-delay': f([
      String.raw`utan (?:onödigt |oskäligt |omotiverat |vidare |något )?dröjsmål`,
      String.raw`utan (?:onödiga? |oskäliga? )?(?:fördröjning|försening)(?:ar)?`,
    ]),
    'best-effort': f([
      String.raw`efter (?:bästa|yttersta) (?:möjliga )?förmåga`,
      String.raw`(?:i|efter) mån av (?:tid|möjlighet|resurser|kapacitet)`,
      String.raw`när (?:tid|möjlighet|tillfälle) (?:finns|ges)`,
      String.raw`när (?:vi|jag) (?:har|hinner|kan|får) (?:tid|möjlighet)`,
      String.raw`när (?:vi|jag) (?:hinner|kan)`,
      String.raw`på (?:vår|min) fritid`,
      String.raw`så gott (?:vi|jag|det) (?:kan|går)`,
      String.raw`när(?:helst)? det är möjligt`,
      String.raw`(?:enligt|på) best[- ]effort(?:-basis)?`,
    ]),
  },
  promise: {
    firstPerson: [String.raw`vi`, String.raw`jag`],
    // Not "min", which is also the abbreviation of minutes.
    possessive: [String.raw`vår`, String.raw`vårt`, String.raw`våra`, String.raw`mitt`, String.raw`mina`],
    team: [
      // "säkerhetsteamet", "teamet", "vårt team": not a bare English "team".
      String.raw`\p{L}{3,}steam(?:et)?`,
      String.raw`team(?:et|en)`,
      String.raw`(?:vårt|mitt|projektets) (?:\p{L}+ ){0,2}team`,
      String.raw`(?:förvaltare|underhållare|utvecklare)(?:n|na)?`,
      String.raw`(?:projekt|kod|repo)?ägare(?:n|na)`,
      String.raw`(?:projektet|biblioteket|företaget|myndigheten)`,
    ],
    intent: [
      String.raw`kommer(?: (?:vi|jag|de|den|det|du|ni|inte|också|alltid|då|sedan))? att`,
      String.raw`ska(?:ll)?`,
      String.raw`tänker`,
      String.raw`avser(?: att)?`,
      String.raw`(?:strävar|siktar) (?:efter|mot|på)(?: att)?`,
      String.raw`eftersträvar`,
      String.raw`försöker`,
      String.raw`(?:gör|göra) (?:vårt|mitt) (?:yttersta|bästa)`,
      String.raw`(?:åtar|förbinder) (?:oss|mig)`,
      String.raw`lovar`,
      String.raw`garanterar`,
      String.raw`(?:vårt|mitt) mål är(?: att)?`,
      String.raw`(?:målet|ambitionen) är att`,
      String.raw`planerar(?: att)?`,
      String.raw`har som (?:mål|ambition) att`,
      String.raw`ämnar`,
      String.raw`prioriterar`,
    ],
    passive: [PASSIVE_AS, PASSIVE_S, String.raw`blir (?:\p{L}+t )?\p{L}{3,}(?:ad|at|ade|d|t|dd|tt|en|et|na)`],
    youReceive: [
      String.raw`(?:du|ni) (?:kommer (?:att )?|ska(?:ll)? |kan )?(?:få|får)`,
      String.raw`får (?:du|ni) (?:\p{L}+ )?(?:svar|besked|återkoppling|bekräftelse)`,
      String.raw`(?:du|ni) (?:kommer (?:att )?|ska(?:ll)? )?(?:bli|blir) (?:kontaktad|kontaktade|informerad|informerade|meddelad|meddelade|underrättad|underrättade)`,
      String.raw`(?:du|ni) (?:kommer (?:att )?|ska(?:ll)? )?(?:meddelas|kontaktas|informeras|underrättas)`,
      String.raw`(?:du|ni) (?:kan|bör) (?:förvänta (?:dig|er)|räkna med)`,
      String.raw`(?:du|ni) (?:kommer (?:att )?)?höra av oss`,
      String.raw`hör (?:vi )?av oss`,
    ],
  },
  request: [
    ...f([
      String.raw`vänligen`,
      String.raw`snälla`,
      String.raw`(?:ber|uppmanar|rekommenderar|föreslår) (?:att )?(?:dig|er|du|ni|alla|forskare|användare)`,
      String.raw`vi ber`,
      String.raw`(?:du|ni|användare|forskare|användarna) (?:bör|måste|behöver)`,
      // "Du får inte ...": you must not.
      String.raw`(?:du|ni) får (?:inte|aldrig|ej)`,
      String.raw`(?:du|ni) ska(?:ll)?(?! (?:få|bli|höra|kontaktas|meddelas|informeras|underrättas))`,
      String.raw`(?:uppmanas|ombeds|rekommenderas)`,
      String.raw`(?:ge|låt) (?:oss|mig)`,
      String.raw`(?:hjälper|hjälpa|låter|möjliggör för|gör det möjligt för) (?:oss|mig)`,
      String.raw`för att (?:vi|jag) ska(?:ll)? kunna`,
      String.raw`så att (?:vi|jag) (?:kan|ska kunna)`,
      String.raw`förvänta (?:dig|er) inte`,
      String.raw`(?:om|ifall) (?:du|ni) inte (?:har )?(?:fått|får|hört|hör)`,
      String.raw`det är viktigt att`,
    ]),
    // The Swedish "i" reads as the English "I" (see IMPERATIVES): instructions and conditions
    // would otherwise pass for promises.
    atStart(IMPERATIVES.join('|')),
    ...CONDITIONS,
  ],
  imperative: IMPERATIVES,
  noPromise: f([
    String.raw`tack\p{L}*`,
    String.raw`uppskattar`,
    String.raw`välkom(?:na|men|nar)`,
    String.raw`tacksamma?`,
    String.raw`värdesätter`,
    String.raw`uppmuntrar`,
  ]),
  condition: CONDITIONS,
  conjunction: [
    String.raw`och`,
    String.raw`men`,
    String.raw`eller`,
    String.raw`sedan`,
    String.raw`samt`,
    String.raw`därefter`,
    String.raw`då`,
    // "så" joins clauses ("rapportera det, så åtgärdar vi det"), but not in "så snart som möjligt".
    String.raw`så(?! (?:snart|fort|snabbt|tidigt|skyndsamt|gott|länge|mycket|långt|småningom)(?![\p{L}\p{M}\p{N}_]))`,
  ],
  leadInCondition: [
    String.raw`som`,
    String.raw`om (?:du|ni)`,
    String.raw`när (?:du|ni)`,
    String.raw`(?:du|ni) (?:bör|måste|behöver)`,
    String.raw`vänligen`,
    String.raw`(?:vänligen )?(?:inkludera|ange|bifoga|uppge)`,
    String.raw`vi ber (?:att )?(?:du|dig|er)`,
  ],
  responseContext: [
    String.raw`svar\p{L}*`,
    String.raw`besvar\p{L}*`,
    String.raw`respons\p{L}*`,
    String.raw`återkoppl\p{L}*`,
    String.raw`återkom\p{L}*`,
    String.raw`bekräft\p{L}*`,
    String.raw`kvitter\p{L}*`,
    String.raw`mottag(?:ande\p{L}*|it|its|en|et|na)`,
    String.raw`hanter\p{L}*`,
    String.raw`behandl\p{L}*`,
    String.raw`analys\p{L}*`,
    String.raw`gransk\p{L}*`,
    String.raw`bedöm\p{L}*`,
    String.raw`utvärder\p{L}*`,
    String.raw`utred\p{L}*`,
    String.raw`undersök\p{L}*`,
    String.raw`triage\p{L}*`,
    String.raw`första (?:svar|återkoppling|bekräftelse)`,
    String.raw`meddel\p{L}*`,
    String.raw`informer\p{L}*`,
    String.raw`underrätt\p{L}*`,
    String.raw`kontakta\p{L}*`,
    String.raw`hör av`,
    // A status update to the reporter, not a software update.
    String.raw`håll(?:a|er)? (?:dig|er) (?:uppdaterad|informerad|underrättad)e?`,
    String.raw`statusuppdatering\p{L}*`,
    // A message attended to ("hanteras", "besvaras" count already): "e-post tas om hand inom 3
    // arbetsdagar", "vi tittar på frågor inom en vecka"; not the flaw.
    ...f([
      String.raw`${MESSAGE}(?: ${NOT_FLAW}[^\s;]+){0,6} (?:tas om hand|tagits om hand|tas hand om|bearbeta(?:s|ts|des)|ses över|setts över|gås igenom|läses|lästs)`,
      String.raw`(?:tar (?:vi )?hand om|tittar (?:vi )?på|går (?:vi )?igenom|läser(?: vi)?|bearbetar(?: vi)?) (?:\p{L}+ ){0,2}${MESSAGE}`,
    ]),
  ],
  fix: [
    String.raw`åtgärd\p{L}*`,
    String.raw`rätt(?:a|ar|as|ad|ade|at|ning|ningar|ningen)`,
    String.raw`(?:säkerhets)?(?:fix|patch)(?:en|ar|arna|a|as|ad|ade|at)?`,
    String.raw`säkerhetsrättning\p{L}*`,
    // Not "lösenord" (password).
    String.raw`lös(?:a|er|es|t|ts|ning|ningen|ningar|ningarna)`,
    String.raw`korriger\p{L}*`,
    String.raw`reparer\p{L}*`,
    String.raw`laga(?:s|t|de|d)?`,
    String.raw`avhjälp\p{L}*`,
    String.raw`mitiger\p{L}*`,
    String.raw`workaround\p{L}*`,
  ],
  supportPeriod: [
    String.raw`stöd(?:s|da|de|et|jer|jas)?`,
    String.raw`support(?:eras|erade|erad)`,
    // "underhålls", "underhållet": not "underhållaren" (the maintainer), who answers reports.
    String.raw`underhåll(?:s|et|en|na)?`,
    String.raw`livscykel\p{L}*`,
  ],
  disclosure: f([
    String.raw`offentliggör\p{L}*`,
    String.raw`avslöja\p{L}*`,
    String.raw`säkerhets(?:meddelande|bulletin|råd|varning)\p{L}*`,
    String.raw`embargo\p{L}*`,
    String.raw`tillkännagiv\p{L}*`,
    String.raw`advisor(?:y|ies)`,
    String.raw`publicer\p{L}* (?:en |ett )?(?:säkerhets\p{L}+|advisory|detaljer\p{L}*|information om sårbarhet\p{L}*)`,
    // The reporter told not to: "publicera aldrig detaljer", "sprid inte sårbarheten", "göra den offentlig".
    String.raw`(?:publicera|sprid|sprida)(?: inte| aldrig| ej)? (?:\p{L}+ )?(?:detaljer|information|uppgifter|sårbarhet)\p{L}*`,
    String.raw`gör\p{L}* (?:\p{L}+ ){0,2}offentlig\p{L}*`,
  ]),
  compliance: {
    scope: f([
      String.raw`(?:denna|den här|vår|detta|det här) (?:\p{L}+ ){0,2}(?:policy|policyn|riktlinje|riktlinjer|riktlinjerna|program|programmet|dokument|dokumentet) (?:\p{L}+ )?(?:gäller|omfattar|täcker|avser|tillämpas)`,
      String.raw`(?:policyn|programmet|riktlinjerna) (?:\p{L}+ ){0,2}(?:gäller (?:för|endast|bara|enbart|alla|samtliga)|omfattar|täcker)`,
      String.raw`(?:omfattas|täcks) (?:inte |ej )?(?:\p{L}+ )?av (?:denna|den här|detta|vår|programmet|policyn)`,
      String.raw`(?:inom|utanför|i) (?:\p{L}+ )?(?:omfånget|omfattningen|tillämpningsområdet|scope)`,
      String.raw`utanför (?:\p{L}+ )?ramen`,
      String.raw`(?:policyns|programmets) (?:omfattning|omfång|tillämpningsområde)`,
      String.raw`gäller (?:endast|bara|enbart|följande|samtliga)`,
    ]),
    noLegalAction: f([
      String.raw`(?:inte|aldrig|ej|inga|ingen) (?:\p{L}+ ){0,4}(?:rättsliga|juridiska|legala|straffrättsliga|civilrättsliga) (?:åtgärder|steg|processer|förfaranden|konsekvenser|påföljder|anspråk)`,
      String.raw`(?:inte|aldrig|ej) (?:\p{L}+ ){0,2}(?:stämma|stämmer|åtala|åtalar|polisanmäla|polisanmäler|väcka (?:åtal|talan)|väcker (?:åtal|talan)|anmäla dig|anmäler dig)`,
      String.raw`(?:inte|aldrig|ej|ingen) (?:\p{L}+ ){0,3}polisanmälan`,
      String.raw`(?:rättsliga|juridiska) åtgärder (?:\p{L}+ ){0,2}(?:inte|aldrig|ej)`,
      String.raw`utan (?:risk för |rädsla för )?(?:rättsliga|juridiska|legala|straffrättsliga) (?:konsekvenser|påföljder|åtgärder|följder)`,
    ]),
    authorized: f([
      String.raw`(?:anser|betraktar|bedömer|behandlar|betrakta|anse) (?:\p{L}+ ){0,5}(?:som )?(?:auktoriserad|auktoriserat|auktoriserade|tillåten|tillåtet|tillåtna|laglig|lagligt|lagliga|godkänd|godkänt|godkända)`,
      String.raw`(?:anses|betraktas|räknas|bedöms) (?:\p{L}+ ){0,2}(?:auktoriser|tillåt|lagl|godkän)\p{L}*`,
      String.raw`(?:är|blir|vara) (?:\p{L}+ )?(?:auktoriserad|auktoriserat|auktoriserade|laglig|lagligt|lagliga)`,
      String.raw`auktoriserad\p{L}* (?:åtkomst|forskning|testning|aktivitet|verksamhet)\p{L}*`,
      String.raw`dataintrång\p{L}*|brottsbalken`,
    ]),
    antiCircumvention: f([
      String.raw`kringgå\p{L}* (?:\p{L}+ ){0,2}(?:tekniska |tekniskt )?(?:skydd|spärr|åtgärd|kontroll)\p{L}*`,
      String.raw`tekniska? skydds?åtgärd\p{L}*|tekniska skydd`,
      String.raw`upphovsrätt\p{L}*`,
      String.raw`(?:förbud|regler|bestämmelser)\p{L}* (?:\p{L}+ ){0,3}kringgå\p{L}*`,
    ]),
    termsWaiver: f([
      String.raw`(?:användar|tjänste|användnings|licens)villkor\p{L}*|(?:licens|användar)avtal\p{L}*`,
      String.raw`villkor\p{L}* för (?:användning\p{L}*|tjänsten|tjänsterna)`,
      String.raw`(?:policy|policyn|regler|reglerna) för (?:acceptabel|godtagbar|tillåten) användning`,
    ]),
    goodFaith: f([String.raw`god tro`, String.raw`goda? avsikt\p{L}*`, String.raw`ärligt uppsåt`, String.raw`i ärligt syfte`]),
    reportContents: f([
      String.raw`steg (?:\p{L}+ ){0,2}(?:för att )?(?:reproducera|återskapa|upprepa)`,
      String.raw`(?:reproduktions|återskapnings|reproducerings)steg\p{L}*`,
      String.raw`hur (?:man |du |ni )?(?:kan )?(?:reproducerar|återskapar|reproducera|återskapa)`,
      String.raw`(?:instruktion|beskrivning|anvisning)\p{L}* (?:\p{L}+ ){0,2}(?:reproducera|återskapa|reproduktion|återskapande)\p{L}*`,
      String.raw`konceptbevis\p{L}*|bevis på (?:\p{L}+ )?koncept\p{L}*|proof[- ]of[- ]concept\p{L}*`,
      String.raw`(?:påverkad|påverkade|berörd|berörda|sårbar|sårbara|drabbad|drabbade) (?:\p{L}+ )?(?:version|versioner|versionerna|komponent|komponenter|produkt|produkter|fil|filer|modul|moduler|system|adress|adresser|url\p{L}*|endpoints?|bibliotek|paket|funktion|funktioner)`,
      String.raw`version\p{L}* som (?:\p{L}+ )?(?:påverkas|berörs|drabbas|är sårbar\p{L}*)`,
      String.raw`versionsnummer\p{L}*`,
      String.raw`(?:möjlig|möjliga|potentiell|potentiella|förväntad|förväntade|faktisk|faktiska|trolig|troliga) (?:påverkan|konsekvens\p{L}*|effekt\p{L}*|skada|skador|risk\p{L}*)`,
      String.raw`påverkan|allvarlighetsgrad\p{L}*|(?:bedömning|uppskattning) av (?:\p{L}+ )?(?:påverkan|allvarlighet|risk)\p{L}*`,
      String.raw`stackspår\p{L}*|anropsstack\p{L}*|krasch(?:logg|dump|rapport)\p{L}*|skärm(?:bild|dump|inspelning)\p{L}*|loggar(?:na)?|logg(?:fil|utdrag|rad)\p{L}*`,
      String.raw`exploit(?:en|et|ar|arna|s)|(?:exploaterings|attack)kod\p{L}*`,
      String.raw`(?:beskrivning\p{L}*|beskriv) (?:\p{L}+ ){0,2}(?:sårbarhet|problem|fel|bugg|brist)\p{L}*`,
      String.raw`(?:typ|sort|klass|kategori)\p{L}* av (?:\p{L}+ )?(?:sårbarhet|problem|fel|bugg)\p{L}*|(?:sårbarhets|fel)typ\p{L}*`,
      String.raw`(?:förslag|föreslagen|föreslaget|föreslagna|möjlig|möjliga) (?:\p{L}+ )?(?:på )?(?:åtgärd|lösning|rättning|fix|patch|lindring)\p{L}*|(?:åtgärds|lösnings)förslag\p{L}*`,
      String.raw`konfigurations(?:fil|uppgift|detalj)\p{L}*|(?:information|uppgifter) om (?:\p{L}+ )?miljö\p{L}*`,
    ]),
    supportEnd: f([
      String.raw`slut(?:et)? på (?:\p{L}+ )?(?:support|stöd|stödet|underhåll|underhållet|livscykel|livscykeln|säkerhetsuppdateringar|säkerhetsstöd|säkerhetsstödet)`,
      String.raw`(?:supporten|stödet|underhållet|säkerhetsstödet|säkerhetsuppdateringarna|säkerhetsrättningarna) (?:\p{L}+ ){0,2}(?:upphör|slutar|avslutas|löper ut|gäller|varar|pågår|till|fram till)`,
      String.raw`(?:stöds|underhålls|supporteras|patchas) (?:\p{L}+ ){0,2}(?:till|fram till|till och med|under|i)`,
      String.raw`(?:får|erhåller|tar emot) (?:\p{L}+ )?(?:säkerhetsuppdateringar|säkerhetsrättningar|säkerhetsfixar|säkerhetspatchar|uppdateringar|rättningar) (?:\p{L}+ )?(?:till|fram till|under|i)`,
      String.raw`(?:sista|slutliga|avslutande) (?:\p{L}+ )?(?:säkerhetsuppdatering|säkerhetsrättning|säkerhetsversion|uppdatering|version|release|utgåva)\p{L}*`,
      String.raw`(?:support|stöd|underhålls|säkerhetsstöd)s?(?:period|tid|fönster)\p{L}*|livslängd\p{L}*`,
      String.raw`(?:upphör|slutar) (?:att )?(?:stödjas|underhållas|få)|stöds (?:inte|ej) längre|inte längre (?:stöds|underhålls)`,
    ]),
    advisoryChannel: f([
      String.raw`säkerhets(?:meddelande|bulletin|råd|varning|notis|nyhet|annonsering|avisering)\p{L}*`,
      String.raw`(?:versions|utgåvo|release)(?:information|anteckningar|noter|nyheter)\p{L}*|release ?notes?`,
      String.raw`(?:ändrings|förändrings)(?:logg|lista|historik)\p{L}*`,
      String.raw`(?:e-?post|mejl|mail|sänd|utskicks)list\p{L}*|nyhetsbrev\p{L}*`,
      String.raw`blogg\p{L}*`,
      String.raw`(?:meddelande|nyhets|annons)sid\p{L}*|(?:sida|sidan|kanal|kanalen) (?:för|med) (?:meddelanden|nyheter|säkerhetsmeddelanden|annonseringar)`,
      String.raw`cve-?(?:id|nummer|post|poster|identifierare)\p{L}*`,
      String.raw`tillkännagivande\p{L}*`,
    ]),
    acknowledge: f([
      String.raw`bekräft\p{L}* (?:\p{L}+ ){0,2}(?:mottag|motta|emottag|rapport|anmälan|ärende)\p{L}*`,
      String.raw`bekräft\p{L}* (?:\p{L}+ ){0,4}(?:tagit|tar) emot`,
      String.raw`(?:mottag|mottagande)\p{L}* (?:\p{L}+ ){0,3}(?:bekräftas|bekräftar|bekräftat|kvitteras)`,
      String.raw`mottagningsbekräftelse\p{L}*|mottagningskvitto|kvitter\p{L}*|kvittens\p{L}*`,
      String.raw`(?:första|initial|initiala|initialt|inledande) (?:\p{L}+ )?(?:svar|svaret|återkoppling|återkopplingen|respons|kontakt|bekräftelse|bekräftelsen|reaktion)`,
    ]),
    personalData: f([
      String.raw`(?:fullständig|fullständiga|fullständigt|fullt|riktig|riktiga|riktigt|verklig|verkliga|verkligt|juridisk|juridiska) (?:namn|namnet)|för- och efternamn|efternamn\p{L}*`,
      String.raw`telefon\p{L}*|mobilnummer\p{L}*|mobiltelefon\p{L}*`,
      String.raw`(?:post|hem|bostads|gatu|folkbokförings)adress\p{L}*|fysisk\p{L}* adress\p{L}*`,
      String.raw`passet|passnummer\p{L}*|passkopi\p{L}*|kopia (?:på|av) (?:ditt )?pass`,
      String.raw`id-kort\p{L}*|legitimation\p{L}*|identitetshandling\p{L}*`,
      String.raw`personnummer\p{L}*|födelsedatum\p{L}*|födelsedag\p{L}*`,
      String.raw`personuppgift\p{L}*|personlig\p{L}* uppgift\p{L}*`,
    ]),
    anonymous: f([
      String.raw`anonym\p{L}*`,
      String.raw`utan att (?:\p{L}+ )?(?:uppge|ange|avslöja|lämna|berätta) (?:\p{L}+ )?(?:namn|namnet|identitet|identiteten|personuppgifter)`,
    ]),
    mandatory: f([
      String.raw`måste|krävs|kräver|erfordras|obligatorisk\p{L}*|nödvändig\p{L}*|tvingande`,
      String.raw`(?:du|ni|rapporten|rapporter|anmälan) ska(?:ll)?`,
      String.raw`(?:du|ni) behöver|behöver (?:du|ni)|är ett krav`,
      String.raw`(?:tar|tas) (?:endast|bara|enbart) emot (?:rapporter|anmälningar)|accepterar (?:endast|bara|enbart) (?:rapporter|anmälningar)`,
    ]),
    optional: f([
      String.raw`valfri\p{L}*|frivillig\p{L}*`,
      String.raw`(?:om|ifall) (?:du|ni) (?:så )?(?:vill|önskar|föredrar)|om så önskas|du väljer själv`,
      String.raw`inte (?:obligatorisk\p{L}*|nödvändig\p{L}*|ett krav)|krävs (?:inte|ej)|behöver (?:\p{L}+ )?(?:inte|ej)|måste (?:inte|ej)`,
    ]),
    negation: f([String.raw`inte|ej|icke|aldrig|varken`, String.raw`ingen|inget|inga|ingenting`]),
    prohibition: f([
      String.raw`(?:får|ska|bör|skall|måste) (?:\p{L}+ )?(?:inte|ej|aldrig)`,
      String.raw`(?:utför|genomför|använd|publicera|dela|avslöja|testa|attackera|försök|kör|gör|skicka|starta|skapa|utnyttja|skanna|ladda|radera|ändra|sprid|posta|öppna|rör) (?:inte|aldrig|ej)`,
      String.raw`förbjud\p{L}*|otillåt\p{L}*|(?:inte|ej|icke) tillåt\p{L}*|oauktoriser\p{L}*|icke-tillåt\p{L}*`,
      String.raw`undvik\p{L}*|avstå\p{L}* från|avhåll\p{L}* (?:dig|er) från`,
      String.raw`utanför (?:\p{L}+ )?(?:omfånget|omfattningen|ramen|scope|tillämpningsområdet)|omfattas (?:inte|ej)`,
      String.raw`inga (?:\p{L}+ )?(?:tester|attacker|test)`,
      String.raw`(?:tillåter|accepterar) (?:inte|ej)`,
    ]),
    testingMethod: [
      ...f([
        String.raw`överbelastning\p{L}*|tjänsteförnekande\p{L}*|(?:dos|ddos)-?attack\p{L}*`,
        String.raw`social(?:a)? manipulation\p{L}*|social engineering|socialmanipulation\p{L}*`,
        String.raw`nätfiske\p{L}*|phishing\p{L}*`,
        String.raw`fysisk\p{L}* (?:\p{L}+ )?(?:attack|test|åtkomst|intrång|säkerhet|tillträde)\p{L}*|(?:attack|test|testning|intrång)\p{L}* (?:av |mot )?fysisk\p{L}*`,
        String.raw`spam\p{L}*|skräppost\p{L}*`,
        String.raw`brute[- ]?force\p{L}*|lösenordsgissning\p{L}*|(?:gissning|gissa) (?:av )?lösenord\p{L}*|råstyrk\p{L}*`,
        String.raw`(?:automatiserad|automatiserade|automatisk|automatiska|massiv|massiva) (?:\p{L}+ )?(?:skanning|sökning|skanner|skannr|verktyg|tester|testning|förfrågningar|trafik)\p{L}*|(?:sårbarhets|port|automat)skann\p{L}*`,
        String.raw`(?:last|belastnings|stress|prestanda)test\p{L}*`,
        String.raw`(?:radera|raderar|radering|förstöra|förstör|förstörelse|ändra|ändring|modifiera|modifiering|exfiltrera|exfiltrering|stjäla|stöld|ta bort|borttagning)\p{L}* (?:\p{L}+ ){0,2}(?:data|uppgifter|information)`,
        String.raw`(?:åtkomst|tillgång|komma åt|läsa|hämta)\p{L}* (?:\p{L}+ ){0,3}(?:andras|andra användares|tredje parts|kunders) (?:data|konton|konto|uppgifter|information)`,
      ]),
      // Not folded: "stor" would read the English "store", "stored".
      String.raw`(?:störa|stör|störning|störningar|avbryta|avbrott|försämra|försämring|överbelasta) (?:\p{L}+ ){0,2}(?:drift|tjänst|tillgänglighet|system|server|infrastruktur)\p{L}*`,
    ],
    permission: f([
      String.raw`utan (?:\p{L}+ ){0,3}(?:samtycke|tillstånd|godkännande|medgivande|tillåtelse|auktorisation|auktorisering)`,
      String.raw`(?:med|efter) (?:\p{L}+ ){0,3}(?:samtycke|tillstånd|godkännande|medgivande|tillåtelse)`,
      String.raw`(?:få|fått|ha|har|inhämta|inhämtat|erhålla|erhållit) (?:\p{L}+ ){0,2}(?:samtycke|tillstånd|godkännande|medgivande|tillåtelse)`,
    ]),
    indefinite: f([
      String.raw`aldrig`,
      String.raw`under inga (?:omständigheter|villkor)|inte under några omständigheter|på inga villkor|i inget fall`,
      String.raw`när som helst|någonsin|för alltid|permanent|på obestämd tid|utan tidsgräns|tidsobegränsat`,
    ]),
    timeLimit: f([
      String.raw`tills|till dess|fram till|innan|förrän`,
      String.raw`före (?:\p{L}+ )?(?:publicering|release|släpp|åtgärd|rättning|lansering|utgång|datum)\p{L}*`,
      String.raw`efter (?:\p{L}+ )?(?:publicering|release|släpp|åtgärd|rättning|att)\p{L}*`,
      String.raw`såvida inte|om inte|embargo\p{L}*|deadline\p{L}*`,
    ]),
    privately: f([
      // Not "privat nyckel" (a private key); "privatliv" (privacy) is another word.
      String.raw`privat(?:a|t)?(?! nyck)`,
      String.raw`konfidentiell(?:a|t)?|förtrolig(?:a|t)?|i förtroende`,
      String.raw`icke[- ]offentlig(?:a|t)?`,
    ]),
  },
};
