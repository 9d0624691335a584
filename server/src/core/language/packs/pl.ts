// Polish. Verbs carry the person and the subject is left out ("odpowiemy": we will answer,
// "postaram się": I will try), perfective presents are futures, nouns and adjectives inflect for
// case ("w rozsądnym czasie"). People who type without Polish letters write "zgloszenie" for
// "zgłoszenie": every source but the verb endings takes both.

import type { LanguagePack } from '../pack';
import { fold } from './fold';

const LETTERS = { ą: 'ąa', ć: 'ćc', ę: 'ęe', ł: 'łl', ń: 'ńn', ó: 'óo', ś: 'śs', ź: 'źz', ż: 'żz' };
const f = (sources: string[]) => sources.map((s) => fold(s, LETTERS));

/** An adjective ending of any gender, number and case ("rozsądny", "rozsądnym", "rozsądnego" ...). */
const ADJ = String.raw`(?:y|i|a|e|ą|ego|iego|ej|iej|emu|iemu|ym|im|ych|ich|ymi|imi)`;

/** Nouns of handling a report: what a promise is about. */
const HANDLING_NOUN = String.raw`(?:odpowied|reakcj|poprawk|napraw|łatk|obsług|aktualizacj|weryfikacj|analiz|rozpatrzeni|usunięci|wydani)\p{L}*`;

/**
 * First person plural: odpowiemy, będziemy, informujemy, możemy, piszemy, chcemy, postaramy,
 * naprawimy, dołożymy, jesteśmy; not "programy", "reklamy", "problemy".
 */
const FIRST_PLURAL = String.raw`\p{L}{2,}(?:(?<=[ijż]|[csr]z|hc)emy|(?<!gr|kl)amy|imy|ymy|śmy)`;

/** A verb that opens a clause after "i" / "a": a first person plural, a future or a 3rd person of -ować. */
const CLAUSE_VERB = String.raw`(?:${FIRST_PLURAL}|będ\p{L}*|zostan\p{L}*|\p{L}{3,}uj[eą])(?![\p{L}\p{M}\p{N}_])`;

/**
 * Instructions that open a sentence: zgłoś, zgłaszaj, użyj, skontaktuj się, wyślijcie. The
 * preposition "we" ("we wszystkich wersjach") reads as the English "we", which would keep them
 * from reading as requests; they are requests at the start of a clause too (see `request`).
 */
const IMPERATIVES = f([
  String.raw`\p{L}{2,}(?:uj|aj|ij|yj|cie)`,
  String.raw`(?:zgłoś|napisz|opisz|podaj|sprawdź|przejdź|wybierz|otwórz|utwórz|dołącz|przekaż|daj|wejdź|nie|nigdy)`,
]);

export const pl: LanguagePack = {
  tag: 'pl',
  spaced: true,
  headings: {
    reporting: f([
      String.raw`zgł(?:asza|osz|oś|osi)\p{L}*`,
      String.raw`raport\p{L}*`,
      String.raw`kontakt\p{L}*`,
      String.raw`jak (?:zgłosić|zgłaszać|się skontaktować|nas powiadomić)`,
      String.raw`(?:odpowiedzialn|skoordynowan|koordynowan)\p{L}* ujawni\p{L}*`,
      String.raw`(?:luk|podatnoś|problem|błęd|błąd|incydent)\p{L}* (?:w |z |dotycząc\p{L}* )?bezpieczeństw\p{L}*`,
      String.raw`(?:znalazł|odkrył)\p{L}* (?:lukę|podatność|błąd)`,
    ]),
    'supported-versions': f([
      String.raw`wersj\p{L}*`,
      String.raw`(?:aktualizacj|poprawk|łatk)\p{L}* bezpieczeństw\p{L}*`,
      String.raw`(?:wspieran|obsługiwan|utrzymywan)\p{L}* (?:wydani|wydań|gałęzi|gałąź|edycj)\p{L}*`,
      String.raw`polityk\p{L}* wsparcia`,
      String.raw`cykl\p{L}* życia`,
      String.raw`(?:koniec|zakończeni\p{L}*) wsparcia`,
    ]),
    response: f([
      // "odpowiedź", not "odpowiedzialne ujawnianie" (responsible disclosure).
      String.raw`odpowied(?!zialn)\p{L}*`,
      String.raw`reakcj\p{L}*`,
      // Polish endings only: not the English "Processing", "Procedures", "Terminology".
      String.raw`proces(?:u|ie|y|ów|em)?`,
      String.raw`procedur(?:a|y|ę|ą|ze)`,
      String.raw`termin(?:y|u|ów|em|ie|ach)?`,
      String.raw`harmonogram\p{L}*`,
      String.raw`obsług\p{L}* zgłosze\p{L}*`,
      String.raw`rozpatr\p{L}*`,
      String.raw`przebieg\p{L}*`,
      String.raw`postępowani\p{L}*`,
      String.raw`co (?:dalej|się stanie|się dzieje|nastąpi)`,
      String.raw`czego (?:się )?(?:oczekiwać|spodziewać)`,
      String.raw`po zgłoszeniu`,
    ]),
    disclosure: f([
      String.raw`ujawni\p{L}*`,
      String.raw`publikacj\p{L}*`,
      String.raw`upublicznieni\p{L}*`,
      String.raw`(?:biuletyn|komunikat|ogłoszeni|porad|powiadomieni)\p{L}* (?:dotycząc\p{L}* |o |w zakresie )?bezpieczeństw\p{L}*`,
      String.raw`embarg\p{L}*`,
    ]),
    scope: f([String.raw`zakres\p{L}*`]),
    'safe-harbor': f([
      String.raw`bezpieczn\p{L}* przysta\p{L}*`,
      String.raw`(?:aspekt|kwesti|ochron)\p{L}* prawn\p{L}*`,
      String.raw`autoryzacj\p{L}*`,
    ]),
    encryption: f([String.raw`szyfrowani\p{L}*`, String.raw`klucz\p{L}* (?:pgp|gpg|publiczn\p{L}*)`]),
    acknowledgments: f([String.raw`podziękowani\p{L}*`, String.raw`galeri\p{L}* sław\p{L}*`, String.raw`uznani\p{L}*`]),
    hiring: f([String.raw`karier\p{L}*`, String.raw`prac\p{L}* u nas`, String.raw`rekrutacj\p{L}*`, String.raw`ofert\p{L}* pracy`]),
  },
  versionHeader: f([String.raw`wersj\p{L}*`, String.raw`wydani\p{L}*`]),
  vague: {
    asap: f([
      String.raw`jak (?:najszybciej|najwcześniej|najprędzej)(?: (?:to )?(?:możliwe|się da))?`,
      String.raw`możliwie (?:jak )?(?:najszybciej|szybko|najwcześniej)`,
      String.raw`(?:najszybciej|tak szybko),? jak (?:to )?(?:tylko )?(?:możliwe|się da|możemy|potrafimy|będziemy mogli|mogę|potrafię)`,
      String.raw`w (?:możliwie )?najkrótszym (?:możliwym )?(?:czasie|terminie)`,
      String.raw`przy pierwszej (?:nadarzającej się )?(?:okazji|sposobności)`,
      String.raw`jak tylko (?:będzie to możliwe|to będzie możliwe|to możliwe|się da|będziemy mogli|będę mógł|będę mogła)`,
    ]),
    quickly: f([
      String.raw`szybko`,
      String.raw`sprawnie`,
      String.raw`błyskawicznie`,
      String.raw`w szybkim tempie`,
      String.raw`w trybie (?:pilnym|przyspieszonym)`,
      String.raw`(?:szybk|sprawn|błyskawiczn)${ADJ} ${HANDLING_NOUN}`,
    ]),
    timely: f([
      String.raw`terminowo`,
      String.raw`(?:w|we) (?:odpowiednim|właściwym|stosownym) terminie`,
      String.raw`(?:w|we) (?:odpowiednim|właściwym) czasie`,
      String.raw`terminow${ADJ} ${HANDLING_NOUN}`,
    ]),
    soon: f([
      String.raw`wkrótce`,
      String.raw`niebawem`,
      String.raw`niedługo`,
      String.raw`rychło`,
      String.raw`w najbliższym czasie`,
      String.raw`w (?:niedalekiej|najbliższej) przyszłości`,
      String.raw`w (?:stosownym|swoim) czasie`,
      String.raw`w najbliższych dniach`,
    ]),
    reasonable: f([
      String.raw`(?:(?:w|w ciągu|w przeciągu|przez|na|do|po upływie) )?(?:rozsądn|racjonaln|akceptowaln)${ADJ} (?:czas|czasu|czasie|termin|terminu|terminie|okres|okresu|okresie)(?: czasu)?`,
      String.raw`rozsądnie (?:szybko|prędko)`,
    ]),
    'without-delay': f([
      String.raw`bez (?:(?:zbędn|nieuzasadnion|niepotrzebn|nadmiern|żadn|dalsz)${ADJ} |jakiejkolwiek |jakichkolwiek )?(?:zwłoki|opóźnień|opóźnienia|zwlekania|ociągania)`,
      // Without delay, not "immediately" (natychmiast).
      String.raw`niezwłocznie`,
      String.raw`bezzwłocznie`,
    ]),
    'best-effort': f([
      String.raw`w miarę (?:naszych |moich |swoich )?(?:możliwości|dostępności|wolnego czasu|dostępnego czasu|czasu|sił)`,
      String.raw`w ramach (?:naszych |moich |dostępnych )?(?:możliwości|zasobów|dostępnego czasu)`,
      String.raw`(?:gdy|kiedy) (?:tylko )?(?:będzie to możliwe|to będzie możliwe|to możliwe|jest to możliwe)`,
      String.raw`(?:gdy|kiedy|jeśli|jeżeli|o ile) (?:czas|zasoby) (?:na to )?(?:pozwoli|pozwala|pozwolą|pozwalają)`,
      String.raw`(?:gdy|kiedy) (?:tylko )?(?:będziemy mieli czas|będę miał czas|będę mieć czas|znajdziemy czas|znajdę czas|będziemy mogli|będę mógł|będę mogła)`,
      String.raw`w (?:naszym |moim |swoim )?wolnym czasie`,
      String.raw`na zasadzie (?:najlepszych starań|dobrej woli|best[- ]effort)`,
    ]),
  },
  promise: {
    firstPerson: [
      FIRST_PLURAL,
      // First person singular: będę, informuję, postaram się, zajmę się, and the verbs of handling.
      String.raw`będę`,
      String.raw`\p{L}{3,}uję`,
      String.raw`\p{L}{2,}(?:am|em|ę) się`,
      String.raw`(?:odpowiem|naprawię|zrobię|sprawdzę|poprawię|wydam|przejrzę|potwierdzę|rozpatrzę|usunę|ocenię|dam znać|odezwę)`,
    ],
    possessive: f([String.raw`nasz\p{L}*`, String.raw`mój`, String.raw`mo(?:ja|je|jego|jej|im|ich|imi|ją)`]),
    team: f([
      String.raw`zesp(?:ół|oł)\p{L}*`,
      String.raw`ekip\p{L}*`,
      String.raw`(?:opiekun|deweloper|programist|twórc|właściciel)\p{L}*`,
      // The Polish plurals only: "autor", "maintainer", "administrator" are words of other languages too.
      String.raw`(?:autorzy|autorów|maintainerzy|maintainerów)`,
    ]),
    intent: [
      ...f([
        String.raw`będ(?:ę|ziemy|zie|ą)`,
        String.raw`zamierz\p{L}*`,
        String.raw`(?:po)?stara(?:my|m|ją)? się`,
        String.raw`(?:dokład|dołoż)\p{L}* (?:wszelkich |wszystkich |maksimum )?(?:starań|wysiłków)`,
        String.raw`zobowiązuj\p{L}* się`,
        String.raw`dąż(?:ymy|ę|y|ą)`,
        String.raw`planuj(?:emy|ę|e|ą)`,
        String.raw`(?:naszym|moim) (?:celem|zamiarem) jest`,
        String.raw`celem jest`,
        String.raw`gwarantuj\p{L}*`,
        String.raw`obiecuj\p{L}*`,
        // Third persons of perfective verbs, which are futures: "zespół odpowie", "Acme wyda poprawkę".
        String.raw`(?:odpowie|odpowiedzą|naprawi|naprawią|wyda|wydadzą|potwierdzi|potwierdzą|rozpatrzy|rozpatrzą|usunie|usuną|oceni|ocenią|sprawdzi|sprawdzą|wypuści|wypuszczą|udostępni|udostępnią|przygotuje|przygotują)`,
        String.raw`(?:zajmie|zajmą|odezwie|odezwą|skontaktuje|skontaktują) się`,
      ]),
      // Not folded: "-uja" would be Spanish ("aguja").
      String.raw`\p{L}{3,}uj[eą]`,
    ],
    passive: f([
      String.raw`zostan(?:ie|ą)`,
      String.raw`zostaj(?:e|ą)`,
      String.raw`(?:jest|są|był[aoy]?|były|zostało|zostały|został[ao]?) (?:\p{L}+o )?\p{L}{3,}(?:an|on|ęt|yt)(?:y|a|e|i|o)?`,
      // Impersonal "rozpatruje się", "odpowiada się".
      String.raw`(?:rozpatruj|analizuj|publikuj|weryfikuj|obsługuj|potwierdza|naprawia|odpowiada|wydaj|usuwa)e? się`,
    ]),
    youReceive: f([
      String.raw`(?:otrzymasz|otrzymacie|dostaniesz|dostaniecie|usłyszysz|usłyszycie)`,
      String.raw`(?:zostaniesz|zostaniecie|będziesz|będziecie) (?:poinformowan|powiadomion|zawiadomion)\p{L}*`,
      String.raw`(?:możesz|możecie|można) (?:się )?(?:spodziewać|oczekiwać) (?:\p{L}+ )?(?:odpowiedzi|potwierdzenia|informacji|aktualizacji|kontaktu|reakcji)`,
    ]),
  },
  request: [
    ...f([
      String.raw`prosimy`,
      String.raw`proszę`,
      String.raw`(?:zachęcamy|apelujemy|zalecamy|rekomendujemy|sugerujemy|namawiamy)`,
      String.raw`(?:należy|trzeba|powinieneś|powinnaś|powinniście|powinno się)`,
      String.raw`(?:użytkownicy|badacze|zgłaszający) (?:powinni|muszą)`,
      String.raw`(?:daj|dajcie|zapewnij|zapewnijcie|udziel|udzielcie) (?:nam|mi)`,
      String.raw`(?:pomoże|pomogą|pomaga|pomagają|pozwoli|pozwolą|pozwala|pozwalają|umożliwi|umożliwią|umożliwia|ułatwi|ułatwia) (?:nam|mi)`,
      String.raw`(?:abyśmy|żebyśmy|byśmy|abym|żebym)`,
      String.raw`nie (?:oczekuj|spodziewaj)\p{L}*`,
      String.raw`(?:jeśli|jeżeli|gdy|kiedy) nie (?:otrzyma|dosta)\p{L}*`,
      String.raw`(?:zaleca|wymaga|oczekuje) się`,
      String.raw`będziemy wdzięczni`,
    ]),
    String.raw`(?<=^[\s\p{P}\p{S}\p{N}]{0,12})(?:${IMPERATIVES.join('|')})`,
  ],
  imperative: IMPERATIVES,

  noPromise: f([
    String.raw`(?:po)?dziękuj\p{L}*`,
    String.raw`podziękowani\p{L}*`,
    String.raw`doceni\p{L}*`,
    String.raw`ceni(?:my|ę)`,
    String.raw`wdzięczn\p{L}*`,
    String.raw`mile widzian\p{L}*`,
    String.raw`z radością`,
  ]),
  condition: f([
    // "jeśli znajdziesz", "gdy odkryłeś", "zanim zgłosicie": the reporter's verb in the 2nd person.
    String.raw`(?:jeśli|jeżeli|gdy|kiedy|zanim|dopóki|o ile|jak tylko|gdyby) (?:\p{L}+ )?\p{L}+(?:esz|isz|ysz|asz|cie|łeś|łaś|liście|łyście)`,
    String.raw`(?:jeśli|jeżeli|gdy|kiedy) (?:ty|wy|pan|pani|państwo)`,
  ]),
  conjunction: [
    ...f([
      String.raw`oraz`,
      String.raw`ale`,
      String.raw`lub`,
      String.raw`albo`,
      String.raw`następnie`,
      String.raw`potem`,
      String.raw`jednak`,
      String.raw`natomiast`,
      String.raw`więc`,
      String.raw`zaś`,
    ]),
    // "i" and "a" only before a verb of their own: "zgłoś to i odpowiemy". Plain "i" and "a"
    // would cut every English "I" and "a" off its sentence.
    String.raw`[ia](?= (?:\p{L}+ )?${CLAUSE_VERB})`,
  ],
  leadInCondition: f([
    String.raw`któr\p{L}*`,
    String.raw`kto`,
    String.raw`jeśli`,
    String.raw`jeżeli`,
    String.raw`prosimy(?: o)?`,
    String.raw`podaj`,
    String.raw`uwzględnij`,
    String.raw`(?:powinien|powinno|powinny) zawierać`,
  ]),
  responseContext: f([
    String.raw`odpowied(?!zialn)\p{L}*`,
    String.raw`odpowi(?:e|emy|ada|adamy|em)`,
    String.raw`odpis\p{L}*`,
    String.raw`potwierdz\p{L}*`,
    String.raw`otrzymani\p{L}*`,
    String.raw`przyjęci\p{L}*`,
    String.raw`reakcj\p{L}*`,
    String.raw`reagu\p{L}*`,
    String.raw`rozpatr\p{L}*`,
    String.raw`(?:prze)?analiz\p{L}*`,
    String.raw`ocen\p{L}*`,
    String.raw`(?:z)?weryfik\p{L}*`,
    // Not "badacz" (researcher).
    String.raw`(?:z)?bada(?!cz)\p{L}*`,
    String.raw`sprawdz\p{L}*`,
    String.raw`przegląd(?!ar)\p{L}*`,
    String.raw`triaż\p{L}*`,
    String.raw`wstępn\p{L}*`,
    String.raw`powiadom\p{L}*`,
    // Not "informacje" (information).
    String.raw`(?:po)?inform(?!acj)\p{L}*`,
    String.raw`na bieżąco`,
    String.raw`postęp\p{L}*`,
    String.raw`skontakt\p{L}*`,
    String.raw`odezw\p{L}*`,
  ]),
  fix: f([
    String.raw`napraw\p{L}*`,
    String.raw`poprawk\p{L}*`,
    String.raw`poprawi\p{L}*`,
    String.raw`łatk\p{L}*`,
    String.raw`załat\p{L}*`,
    String.raw`patch(?:a|e|y|u|em|ami|ach|ów)?`,
    String.raw`usunięci\p{L}*`,
    String.raw`usun(?:iemy|ie|ą|ąć)`,
    String.raw`rozwiąza\p{L}*`,
    String.raw`rozwiąż\p{L}*`,
    String.raw`(?:z)?łagodz\p{L}*`,
    String.raw`mitygac\p{L}*`,
    String.raw`korekt\p{L}*`,
    String.raw`(?:s)?koryg\p{L}*`,
    String.raw`obejści\p{L}*`,
  ]),
  supportPeriod: f([
    String.raw`wspier\p{L}*`,
    String.raw`wsparci\p{L}*`,
    String.raw`obsługiwan\p{L}*`,
    String.raw`utrzymywan\p{L}*`,
    String.raw`cykl\p{L}* życia`,
  ]),
  disclosure: f([
    String.raw`ujawni\p{L}*`,
    String.raw`upubliczn\p{L}*`,
    String.raw`(?:o)?publik(?:owa|uj)\p{L}*`,
    String.raw`biuletyn\p{L}*`,
    String.raw`(?:komunikat|ogłoszeni|porad|powiadomieni)\p{L}* (?:dotycząc\p{L}* |o |w zakresie )?bezpieczeństw\p{L}*`,
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
