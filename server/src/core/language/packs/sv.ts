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
