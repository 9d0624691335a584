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

/** What a reporter sends as a message; not "zgłoszenie" nor "błąd", which may be the flaw or its report. */
const MESSAGE = String.raw`(?:e-?mail\p{L}*|maile?|wiadomoś\p{L}*|zapytani\p{L}*|pytani\p{L}*|prośb\p{L}*|wnios\p{L}*|korespondencj\p{L}*)`;
/** No word of the gap after the message is the flaw (podatność, luka, błąd, problem): it would be what is attended to. */
const NOT_FLAW = String.raw`(?!podatnoś|luk|błęd|błąd|problem|bug)`;
/** Attending to it ("rozpatrzymy" counts already): obsłużymy, przetworzymy, zajmiemy się, załatwimy; not "obsługiwane" (supported). */
const ATTEND = String.raw`(?:obsłuż\p{L}*|przetworz\p{L}*|przetwarza\p{L}*|zajm\p{L}* się|zajęt\p{L}*|załatw\p{L}*)`;

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

/**
 * "Nie ujawnimy", "Nigdy nie wydam": a negated first person at the start of a sentence is the
 * project's own word, no instruction to the reporter.
 */
const NEGATED_FIRST_PERSON = String.raw`(?:nie|nigdy)(?: nie)? (?:${FIRST_PLURAL}|\p{L}{2,}ę)(?![\p{L}\p{M}\p{N}_])`;

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
    String.raw`(?<=^[\s\p{P}\p{S}\p{N}]{0,12})(?!${NEGATED_FIRST_PERSON})(?:${IMPERATIVES.join('|')})`,
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
    // A message attended to: "wiadomości obsłużymy w ciągu 3 dni roboczych", "zajmiemy się Twoim
    // zapytaniem w ciągu 48 godzin"; not the flaw.
    String.raw`${MESSAGE}(?: ${NOT_FLAW}[^\s;]+){0,6} ${ATTEND}`,
    String.raw`${ATTEND}(?: \p{L}+){0,3} ${MESSAGE}`,
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
  compliance: {
    scope: f([
      String.raw`(?:niniejsz|nasz|t)(?:a|y|e|ej|ego|ym|ą) (?:\p{L}+ ){0,2}(?:polityk|zasad|program|dokument|regulamin)\p{L}* (?:\p{L}+ ){0,2}(?:dotycz|obejmuj|obejmie|odnosi|odnoszą|stosuj)\p{L}*`,
      String.raw`(?:polityk|program|regulamin|dokument)\p{L}* (?:\p{L}+ ){0,3}(?:dotyczy|dotyczą|obejmuje|obejmują|ma zastosowanie|mają zastosowanie|stosuje się|odnosi się)`,
      String.raw`(?:ma|mają|znajduje|znajdują) zastosowanie (?:\p{L}+ )?do`,
      String.raw`(?:dotyczy|dotyczą|obejmuje|obejmują) (?:wyłącznie|tylko|jedynie|następując\p{L}*|wszystki\p{L}*)`,
      String.raw`(?:poza|spoza) zakres(?:em|u)`,
      String.raw`(?:w|we|poza|spoza|z) zakres(?:ie|u|em)? (?:\p{L}+ )?(?:polityki|programu|testów|badań)`,
      String.raw`(?:wchodz|wchodzi|mieszcz|mieści|wykracza|wykraczaj)\p{L}* (?:się )?(?:w|poza) (?:\p{L}+ )?zakres\p{L}*`,
      String.raw`(?:objęt|wyłączon)\p{L}* (?:\p{L}+ ){0,1}(?:zakres\p{L}*|polityk\p{L}*|program\p{L}*)`,
      String.raw`(?:nie )?podlega\p{L}* (?:\p{L}+ ){0,1}(?:polityc|program)\p{L}*`,
      String.raw`zakres\p{L}* (?:\p{L}+ ){0,1}(?:polityki|programu|ochrony|testów)`,
    ]),
    noLegalAction: f([
      String.raw`nie (?:\p{L}+ ){0,4}(?:kroków|kroki|działań|działania|środków|konsekwencji|postępowania|postępowań|odpowiedzialności|drogę|drogi|roszczeń|sprawy) (?:prawn|sądow|karn|cywiln|cywilnoprawn)\p{L}*`,
      String.raw`(?:kroki|działania|postępowanie|postępowania|konsekwencje|roszczenia) (?:prawne|sądowe|karne|cywilne) nie`,
      String.raw`(?:żadn|jakichkolwiek)\p{L}* (?:kroków|działań|roszczeń|konsekwencji|postępowań|pozwów) (?:prawn|sądow|karn|cywiln)\p{L}*`,
      String.raw`nie (?:\p{L}+ ){0,2}(?:pozw|pozyw|oskarż|ścig)\p{L}*`,
      String.raw`nie (?:\p{L}+ ){0,3}(?:do sądu|organom ścigania|do organów ścigania|na policję|do prokuratury|zawiadomieni\p{L}* o (?:popełnieniu )?przestępstw\p{L}*)`,
      String.raw`bez (?:obaw\p{L}* (?:przed )?|ryzyka )?(?:konsekwencj\p{L}*|kroków|działań|odpowiedzialnoś\p{L}*|ściganiem|ścigania) (?:prawn|sądow|karn|cywiln)\p{L}*`,
      String.raw`(?:odst[ąę]p|zrezygn|rezygnuj|zrzek)\p{L}* (?:się )?(?:od|z) (?:\p{L}+ ){0,2}(?:kroków|działań|roszczeń|ścigania|pozw\p{L}*)`,
    ]),
    authorized: f([
      String.raw`(?:uzna|uważ|trakt|potrakt|poczyt)\p{L}* (?:\p{L}+ ){0,5}(?:za|jako) (?:\p{L}+ )?(?:autoryzowan\p{L}*|upoważnion\p{L}*|uprawnion\p{L}*|dozwolon\p{L}*|legaln\p{L}*|zgodn\p{L}* z prawem)`,
      String.raw`(?:jest|są|będzie|będą|zostanie|zostaną|zostaje|zostają) (?:\p{L}+ )?(?:autoryzowan|upoważnion|legaln)\p{L}*`,
      String.raw`(?:jest|są|będzie|będą) (?:\p{L}+ )?zgodn\p{L}* z prawem`,
      String.raw`autoryzowan\p{L}* (?:dostęp|działani|badani|testowani|aktywnoś|test)\p{L}*`,
      String.raw`(?:autoryzuj|upoważnia)\p{L}*`,
      String.raw`kodeks\p{L}* karn\p{L}*|art(?:ykuł\p{L}*|\.)? ?26[789]\p{L}*`,
    ]),
    antiCircumvention: f([
      String.raw`(?:obchodz|obejś|omij|ominię|łama|złama)\p{L}* (?:\p{L}+ ){0,2}(?:zabezpiecze|środk|mechanizm)\p{L}* (?:technicz|technologi|ochron|kontrol|dostęp)\p{L}*`,
      String.raw`(?:obchodz|obejś|omij|ominię)\p{L}* (?:technicz|technologiczn|skuteczn)\p{L}* (?:zabezpiecze|środk|mechanizm)\p{L}*`,
      String.raw`(?:zakaz|przepis|ustaw)\p{L}* (?:\p{L}+ ){0,3}obchodzeni\p{L}*`,
      String.raw`(?:techniczn|skuteczn)\p{L}* (?:zabezpiecze|środk)\p{L}* (?:ochron|technicz)\p{L}*`,
      String.raw`(?:ustaw\p{L}* o )?praw\p{L}* autorski\p{L}*`,
      String.raw`anty-?obejściow\p{L}*`,
    ]),
    termsWaiver: f([
      String.raw`regulamin\p{L}*`,
      String.raw`warunk\p{L}* (?:korzystania|użytkowania|świadczenia usług|usługi|usług|licencji)`,
      String.raw`(?:zasad|polityk)\p{L}* (?:dopuszczalnego|akceptowalnego|dozwolonego|właściwego) (?:użytkowania|korzystania|użycia)`,
    ]),
    goodFaith: f([
      String.raw`dobr\p{L}* wi(?:ar|er)\p{L}*`,
      String.raw`dobr\p{L}* (?:intencj|zamiar)\p{L}*`,
      String.raw`uczciw\p{L}* zamiar\p{L}*`,
    ]),
    reportContents: f([
      String.raw`krok\p{L}* (?:\p{L}+ ){0,3}(?:odtw|reprod|zreprod|powtórz)\p{L}*`,
      String.raw`(?:instrukcj|sposób|sposob|opis|scenariusz)\p{L}* (?:\p{L}+ )?(?:odtworzeni|reprodukcj|odtwarzani|powtórzeni)\p{L}*`,
      String.raw`jak (?:\p{L}+ )?(?:odtworzyć|zreprodukować|powtórzyć|wywołać)`,
      String.raw`dow(?:ód|odu|odem|odzie|ody|odów) (?:koncepcji|słuszności|wykonalności)`,
      String.raw`(?:podatn|dotknięt|narażon)\p{L}* (?:wersj|komponent|produkt|plik|moduł|modu|element|system|adres|endpoint|bibliotek|funkcj|pakiet)\p{L}*`,
      String.raw`(?:wersj|komponent|produkt|moduł|modu|plik|pakiet)\p{L}* (?:podatn|dotknięt|narażon)\p{L}*`,
      String.raw`(?:wersj|komponent|produkt|moduł|pakiet)\p{L}*,? (?:w )?któr\p{L}* (?:\p{L}+ )?(?:dotyczy|występuje|dotyczą|występują)`,
      String.raw`(?:numer\p{L}*|informacj\p{L}*) (?:o )?wersji`,
      String.raw`(?:potencjaln|możliw|spodziewan|przewidywan|rzeczywist|szacowan)\p{L}* (?:wpływ|skutk|konsekwencj|zagrożeni)\p{L}*`,
      String.raw`wpływ(?:u|em|ie)?`,
      String.raw`skutk\p{L}* (?:\p{L}+ )?(?:atak|wykorzystani|podatnoś|luk)\p{L}*`,
      String.raw`ocen\p{L}* (?:wpływu|ryzyka|powagi|krytyczności|zagrożenia)`,
      String.raw`ślad\p{L}* stosu|stos\p{L}* wywołań|zrzut\p{L}* (?:ekranu|ekranów|pamięci|stosu)|nagrani\p{L}* (?:ekranu|wideo)`,
      String.raw`log(?:i|ów|ami|ach)|(?:plik|fragment|wpis)\p{L}* (?:z )?(?:logów|dziennik\p{L}*)|dziennik\p{L}* (?:zdarzeń|błędów|systemow\p{L}*)`,
      String.raw`(?:kod|scenariusz)\p{L}* (?:exploit\p{L}*|ataku|wykorzystania)|exploit(?:a|u|em|y|ów|ami|ie)`,
      String.raw`opis\p{L}* (?:\p{L}+ )?(?:podatnoś|problem|błęd|błąd|luk|usterk|zagrożeni)\p{L}*`,
      String.raw`(?:rodzaj|typ|klas|kategori)\p{L}* (?:\p{L}+ )?(?:podatnoś|problem|błęd|luk)\p{L}*`,
      String.raw`(?:proponowan|sugerowan|możliw|ewentualn)\p{L}* (?:poprawk|łatk|rozwiązani|obejści|napraw)\p{L}*`,
      String.raw`(?:plik|szczegół)\p{L}* konfiguracj\p{L}*|konfiguracj\p{L}* (?:środowiska|systemu)`,
    ]),
    supportEnd: f([
      String.raw`(?:koniec|końc(?:a|u|em)|zakończeni\p{L}*|wygaśnięci\p{L}*|wygasa|wygaśnie) (?:\p{L}+ )?(?:wsparci|cykl\p{L}* życi|życi|utrzymani|obsług|aktualizacj|poprawek)\p{L}*`,
      String.raw`(?:wspieran|utrzymywan|obsługiwan|łatan|aktualizowan)\p{L}* (?:\p{L}+ ){0,2}(?:do|przez|aż do)`,
      String.raw`(?:wspiera|utrzymuje|utrzymywać|wspierać|wspierane)\p{L}* (?:\p{L}+ ){0,3}(?:do|przez) (?:dnia|końca|\d)`,
      String.raw`(?:wsparci|utrzymani)\p{L}* (?:\p{L}+ ){0,2}(?:kończy się|kończą się|skończy się|zakończy się|wygasa|wygaśnie|trwa|trwać będzie|będzie trwać|obowiązuje|do|przez)`,
      String.raw`(?:poprawk|aktualizacj|łatk)\p{L}* bezpieczeństwa (?:\p{L}+ ){0,2}(?:do|przez|aż do)`,
      String.raw`(?:ostatni|finaln|końcow)\p{L}* (?:wydani|aktualizacj|poprawk|łatk|wersj)\p{L}* (?:z poprawkami |z łatkami )?bezpieczeństwa`,
      String.raw`(?:finaln|końcow)\p{L}* (?:wydani|aktualizacj|poprawk|łatk)\p{L}*`,
      String.raw`okres\p{L}* (?:\p{L}+ )?(?:wsparci|utrzymani|obsług|aktualizacj)\p{L}*`,
      String.raw`przesta\p{L}* (?:być )?(?:wspieran|obsługiwan|utrzymywan|aktualizowan)\p{L}*`,
      String.raw`nie (?:jest|są|będzie|będą) już (?:wspieran|obsługiwan|utrzymywan)\p{L}*`,
      String.raw`wsparci\p{L}* do`,
    ]),
    advisoryChannel: f([
      String.raw`(?:biuletyn|komunikat|ogłoszeni|porad|alert|powiadomieni|zawiadomieni|informator)\p{L}* (?:\p{L}+ )?(?:bezpieczeństw|zabezpiecze)\p{L}*`,
      String.raw`biuletyn\p{L}*`,
      String.raw`(?:informacj|notatk|notk|uwag)\p{L}* (?:o |do )?(?:wydani|wydań)\p{L}*`,
      String.raw`(?:list|dziennik|histori|rejestr)\p{L}* zmian`,
      String.raw`(?:list|grup)\p{L}* (?:mailingow|dyskusyjn|wysyłkow)\p{L}*|newsletter\p{L}*`,
      String.raw`(?:stron|sekcj|zakładk|kanał|kanal)\p{L}* (?:\p{L}+ )?(?:ogłosze|komunikat|aktualnoś|wydań|rss)\p{L}*`,
      String.raw`ogłoszeni(?:a|e|ach|u|ami|om)`,
      String.raw`blog\p{L}*`,
      String.raw`(?:identyfikator|numer|wpis)\p{L}* cve|cve-?(?:ami|ach|ów|om|y)`,
      String.raw`(?:porad|advisor)\p{L}* (?:\p{L}+ )?github\p{L}*`,
    ]),
    acknowledge: f([
      String.raw`potwierdz\p{L}* (?:\p{L}+ )?(?:otrzymani|odbi(?:ór|or)|przyjęci|wpłynięci|zgłoszeni|wiadomoś|raport|zgłosze)\p{L}*`,
      String.raw`(?:otrzymani|przyjęci|odbi(?:ór|or)|wpłynięci|zgłoszeni)\p{L}* (?:\p{L}+ ){0,2}(?:zostanie |zostaną |zostało |jest |są |będzie |będą )?potwierdz\p{L}*`,
      String.raw`(?:pierwsz|wstępn|początkow)\p{L}* (?:\p{L}+ )?(?:odpowied|reakcj|kontakt|potwierdzeni|odzew)\p{L}*`,
      String.raw`odpowied\p{L}* wstępn\p{L}*`,
    ]),
    personalData: f([
      String.raw`imi(?:ę|enia|eniem|eniu|on|ona) i nazwisk\p{L}*`,
      String.raw`nazwisk(?:o|a|iem|u)`,
      String.raw`(?:pełn|prawdziw|rzeczywist)\p{L}* (?:imi|nazwisk|personali|tożsamoś)\p{L}*`,
      String.raw`dan\p{L}* (?:osobow|osobist|kontaktow|adresow|identyfikacyjn)\p{L}*`,
      String.raw`telefon(?:u|em|ie|y|ów|iczn\p{L}*)?|(?:numer\p{L}*|nr) (?:\p{L}+ )?(?:telefon|komórk)\p{L}*|komórk(?:a|i|ę|owy|owego)`,
      String.raw`adres\p{L}* (?:pocztow|zamieszkani|korespondencyjn|domow|zameldowani|do korespondencji|fizyczn)\p{L}*`,
      String.raw`paszport\p{L}*`,
      String.raw`dow(?:ód|odu|odem|odzie|ody|odów) (?:osobist\p{L}*|tożsamości)`,
      String.raw`(?:numer\p{L}* )?pesel\p{L}*`,
      String.raw`(?:dokument|potwierdzeni|weryfikacj)\p{L}* (?:\p{L}+ )?tożsamości`,
      String.raw`dat\p{L}* (?:i miejsc\p{L}* )?urodzenia`,
    ]),
    anonymous: f([
      String.raw`anonim\p{L}*`,
      String.raw`bez (?:podawania|ujawniania|ujawnienia|podania|wskazywania|wskazania|zdradzania) (?:\p{L}+ )?(?:imienia|nazwiska|tożsamości|danych)`,
      String.raw`bez przedstawiania się|bez przedstawienia się`,
    ]),
    mandatory: f([
      String.raw`mus(?:i|isz|icie|imy|zą|iał\p{L}*|ieli)`,
      String.raw`(?:wymagan|obowiązkow|obligatoryjn|konieczn|niezbędn)\p{L}*`,
      String.raw`wymaga(?:my|ją)?|wymaga się`,
      String.raw`należy|trzeba|zobowiązan\p{L}*|obowiąz(?:ek|ku|kiem)`,
      String.raw`(?:przyjmujemy|rozpatrujemy|akceptujemy|uwzględniamy|obsługujemy) (?:wyłącznie|tylko|jedynie) (?:zgłoszeni|raport)\p{L}*`,
    ]),
    optional: f([
      String.raw`opcjonaln\p{L}*|nieobowiązkow\p{L}*|dobrowoln\p{L}*|fakultatywn\p{L}*`,
      String.raw`(?:jeśli|jeżeli|o ile|gdy|kiedy) (?:tylko )?(?:\p{L}+ ){0,2}(?:chce|chcesz|chcecie|chcą|zechce|zechcesz|zechcecie|zechcą|życzy|życzysz|życzycie|życzą|wolisz|wolicie|woli|wolą)`,
      String.raw`nie (?:jest|są|będzie|będą) (?:\p{L}+ )?(?:wymagan|obowiązkow|konieczn|niezbędn|obligatoryjn)\p{L}*`,
      String.raw`nie (?:musisz|musicie|musi|muszą|trzeba|wymagamy|wymaga się|jest to konieczne)`,
      String.raw`(?:według|wedle) (?:\p{L}+ )?uznania|(?:zależy|zależeć|zależą) od (?:ciebie|was|pana|pani|państwa)`,
    ]),
    negation: f([
      String.raw`nie`,
      String.raw`nigdy`,
      String.raw`ani`,
      String.raw`żadn\p{L}*`,
      String.raw`nikt|nikogo|nikomu|nic|niczego`,
      String.raw`nie(?:możliw|dozwolon|dopuszczaln)\p{L}*`,
    ]),
    prohibition: f([
      String.raw`nie (?:wolno|można|należy|powinien\p{L}*|powinn\p{L}*)`,
      String.raw`nie \p{L}{2,}(?:aj|uj|ij|yj)(?:cie)?`,
      String.raw`nie (?:rób|róbcie|niszcz|niszczcie|wchodź|wchodźcie|twórz|twórzcie|bierz|psuj)`,
      String.raw`nie \p{L}{2,}(?:ać|ić|yć|eć|ować)`,
      String.raw`prosimy (?:o )?nie`,
      // "Prosimy o nieprzeprowadzanie testów": the verbal noun with "nie-".
      String.raw`nie(?:ujawnia|publikowa|upublicznia|przeprowadza|podejmowa|wykonywa|stosowa|testowa|atakowa|wykorzystywa|używa|uruchamia|skanowa)(?:nie|nia|niu|niem)`,
      String.raw`(?:zabrania|zakazuje) się|zabron\p{L}*|zabrani\p{L}*|zakaz(?:an\p{L}*|u|em|y|ów)?`,
      String.raw`niedozwolon\p{L}*|niedopuszczaln\p{L}*|nieautoryzowan\p{L}*|nieuprawnion\p{L}*`,
      String.raw`nie (?:jest|są|będzie|będą) (?:\p{L}+ )?(?:dozwolon|dopuszczaln|akceptowan|autoryzowan|tolerowan|mile widzian)\p{L}*`,
      String.raw`nie (?:zezwala|pozwala|dopuszcza|akceptuj|toleruj)\p{L}*`,
      String.raw`powstrzym\p{L}* (?:się )?od`,
      String.raw`unika(?:j|jcie|ć|nia|niu|my)|uniknij|unikajcie|uniknąć`,
      String.raw`poza zakres(?:em|u)|(?:wyłączon|wyłączeni)\p{L}* (?:z )?zakres\p{L}*`,
      String.raw`nie (?:wchodzi|wchodzą|mieszczą się|mieści się|jest objęt\p{L}*|są objęt\p{L}*) (?:\p{L}+ )?(?:w )?(?:zakres|program|polityk)\p{L}*`,
      String.raw`(?:żadn\p{L}*|bez) (?:\p{L}+ )?(?:testów|ataków|testowania|atakowania)`,
    ]),
    testingMethod: f([
      String.raw`odmow\p{L}* (?:\p{L}+ ){0,2}(?:usług|obsług|dostęp)\p{L}*`,
      String.raw`ddos(?:ow\p{L}*)?`,
      String.raw`socjotechni\p{L}*|inżynieri\p{L}* (?:społeczn|socjaln)\p{L}*|podszywa\p{L}* się`,
      String.raw`phishing\p{L}*|fiszing\p{L}*|vishing\p{L}*|smishing\p{L}*|wyłudz\p{L}* (?:danych|informacji|haseł|dostępu)`,
      String.raw`(?:atak|test|testowani|włamani|dostęp|wtargnięci|penetracj)\p{L}* (?:\p{L}+ )?fizyczn\p{L}*`,
      String.raw`fizyczn\p{L}* (?:atak|test|dostęp|włamani|bezpieczeństw|zabezpiecze|penetracj|wtargnięci)\p{L}*`,
      String.raw`spam\p{L}*`,
      String.raw`(?:atak|metod|łamani|zgadywani)\p{L}* (?:\p{L}+ )?(?:siłow|słownikow)\p{L}*|siłow\p{L}* (?:łamani|zgadywani|atak)\p{L}*|brute[- ]?force\p{L}*`,
      String.raw`(?:zautomatyzowan|automatyczn|masow)\p{L}* (?:\p{L}+ )?(?:skanowani|skaner|skan|test|narzędzi|żądani|zapyta|ruch)\p{L}*`,
      String.raw`skaner\p{L}* (?:podatności|automatyczn\p{L}*)|skanowani\p{L}* (?:automatyczn|podatności|masow)\p{L}*`,
      String.raw`test\p{L}* (?:obciążeniow|wydajnościow|przeciążeniow|stres|wolumetryczn)\p{L}*`,
      String.raw`(?:niszcz|usuwa|usunię|modyfik|zmian|zmienia|kasowa|skasowa|eksfiltr|wyprowadza|kradzież|zniszcz|uszkodz|wykrad)\p{L}* (?:\p{L}+ ){0,2}danych`,
      String.raw`(?:dostęp|uzysk|pobier|pobra|odczyt|przegląda|kradzież|wykrad)\p{L}* (?:\p{L}+ ){0,3}(?:dan|kont)\p{L}* (?:innych|pozostałych|cudzych|osób trzecich|klientów)`,
      String.raw`(?:dostęp|uzysk|pobier|pobra|odczyt|przegląda|kradzież|wykrad)\p{L}* (?:\p{L}+ ){0,3}cudz\p{L}* (?:dan|kont)\p{L}*`,
      String.raw`(?:zakłóca|zakłóce|przerywa|przerwa|degradacj|degradowa|przeciąża|przeciąże|paraliż|sparaliż)\p{L}* (?:\p{L}+ ){0,2}(?:działani|dostępnoś|usług|system|serwer|infrastruktur|pracy)\p{L}*`,
    ]),
    permission: f([
      String.raw`bez (?:\p{L}+ ){0,3}(?:zgody|pozwolenia|zezwolenia|autoryzacji|akceptacji|zatwierdzenia|upoważnienia)`,
      String.raw`za (?:\p{L}+ ){0,3}(?:zgodą|pozwoleniem|zezwoleniem|akceptacją|autoryzacją|zatwierdzeniem)`,
      String.raw`po (?:uzyskaniu|otrzymaniu|wyrażeniu|udzieleniu) (?:\p{L}+ ){0,2}(?:zgody|pozwolenia|zezwolenia|akceptacji|autoryzacji|zatwierdzenia)`,
      String.raw`(?:uzyska|otrzyma|dosta)\p{L}* (?:\p{L}+ ){0,2}(?:zgod|pozwoleni|zezwoleni|akceptacj|autoryzacj)\p{L}*`,
    ]),
    indefinite: f([
      String.raw`nigdy`,
      String.raw`w żadn\p{L}* (?:wypadku|przypadku|momencie|razie|okolicznościach|sytuacji|czasie)`,
      String.raw`pod żadnym pozorem`,
      String.raw`w (?:jakimkolwiek|dowolnym|każdym) (?:momencie|czasie)`,
      String.raw`kiedykolwiek|bezterminow\p{L}*|na zawsze|na stałe|trwale|wieczyści\p{L}*`,
      String.raw`bez (?:\p{L}+ )?ograniczeni\p{L}* czasow\p{L}*|bez limitu czasu|bez względu na (?:okoliczności|czas)`,
    ]),
    timeLimit: f([
      String.raw`do (?:czasu|momentu|chwili|dnia|daty|końca)`,
      String.raw`aż do|dopóki|dopóty|zanim|chyba że`,
      String.raw`przed (?:\p{L}+ )?(?:wydani|publikacj|opublikowani|udostępnieni|naprawi|napraw|usunięci|upływ|ujawnieni|ogłoszeni|premier|termin|dat|załatani|wdrożeni)\p{L}*`,
      String.raw`po (?:\p{L}+ )?(?:wydani|publikacj|opublikowani|udostępnieni|naprawi|napraw|usunięci|upływ|ogłoszeni|załatani|wdrożeni)\p{L}*`,
      String.raw`embarg\p{L}*`,
      String.raw`(?:ostateczn\p{L}* )?termin\p{L}* (?:ujawnienia|publikacji|embarga)|deadline\p{L}*`,
    ]),
    privately: f([
      // Not "klucz prywatny" (a private key) or "prywatność" (privacy).
      String.raw`(?<!klucz\p{L}{0,3} )prywatn(?!ość)\p{L}*(?! klucz)`,
      String.raw`poufn(?!ość)\p{L}*`,
      String.raw`niepubliczn\p{L}*`,
      String.raw`w zaufaniu`,
    ]),
  },
};
