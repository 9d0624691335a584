// @ts-check
'use strict';
// Polish grammar: who promises (verb forms without a pronoun in the 1st person, the team, the
// project's name, perfective futures, passives, "otrzymasz"), vague wording in every case form,
// requests and conditions; text typed without Polish letters.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { grammarTests } = require('./harness.js');

const vague = {
  asap: [
    'jak najszybciej',
    'jak najszybciej to możliwe',
    'możliwie najszybciej',
    'najszybciej jak to możliwe',
    'w najkrótszym możliwym czasie',
    'przy pierwszej okazji',
    'jak tylko będziemy mogli',
    'jak najwcześniej',
  ],
  quickly: ['szybko', 'sprawnie', 'błyskawicznie', 'w szybkim tempie'],
  timely: ['terminowo', 'w odpowiednim terminie', 'w odpowiednim czasie', 'w stosownym terminie'],
  soon: ['wkrótce', 'niebawem', 'niedługo', 'w najbliższym czasie', 'w niedalekiej przyszłości'],
  reasonable: [
    'w rozsądnym czasie',
    'w rozsądnym terminie',
    'w ciągu rozsądnego czasu',
    'w rozsądnym okresie czasu',
    'w akceptowalnym terminie',
  ],
  'without-delay': ['bez zbędnej zwłoki', 'bez zwłoki', 'bez nieuzasadnionych opóźnień', 'bez opóźnień', 'niezwłocznie', 'bezzwłocznie'],
  'best-effort': [
    'w miarę możliwości',
    'w miarę dostępności',
    'gdy czas pozwoli',
    'w wolnym czasie',
    'kiedy tylko będzie to możliwe',
    'w ramach naszych możliwości',
  ],
};

/** Wordings that speak in the first person or the future promise by themselves: not crossed with requests. */
const SELF_PROMISING = ['jak tylko będziemy mogli', 'kiedy tylko będzie to możliwe', 'w ramach naszych możliwości'];

const { vagueSlices } = grammarTests({
  tag: 'pl',
  vague,
  promises: [
    'Odpowiemy {V}.',
    'Postaramy się naprawić lukę {V}.',
    'Naprawimy podatność {V}.',
    'Staramy się wydawać poprawki {V}.',
    'Odpowiem {V}.',
    'Postaram się odpowiedzieć {V}.',
    'Będę informować o postępach {V}.',
    'Zespół bezpieczeństwa odpowie {V}.',
    'Nasz zespół przeanalizuje zgłoszenie {V}.',
    'Opiekunowie projektu skontaktują się z Tobą {V}.',
    'Acme wyda poprawkę {V}.',
    'Zespół Acme opublikuje poprawkę {V}.',
    'Dokładamy wszelkich starań, aby odpowiadać {V}.',
    'Luka zostanie naprawiona {V}.',
    'Zgłoszenia są rozpatrywane {V}.',
    'Zgłoszenia rozpatruje się {V}.',
    'Otrzymasz odpowiedź {V}.',
    'Zostaniesz poinformowany {V}.',
    'Dziękujemy za zgłoszenie, odpowiemy {V}.',
    'Zgłoś problem, a naprawimy go {V}.',
    'Zgłoś problem i odpowiemy {V}.',
    'Po potwierdzeniu luki poinformujemy Cię {V}.',
  ],
  requestVague: Object.values(vague)
    .flat()
    .filter((w) => !SELF_PROMISING.includes(w)),
  requests: [
    'Prosimy o zgłoszenie luki {V}.',
    'Zgłoś podatność {V}.',
    'Zgłaszajcie podatności {V}.',
    'Skontaktuj się z nami {V}.',
    'Zalecamy aktualizację {V}.',
    'Użytkownicy powinni zaktualizować bibliotekę {V}.',
    'Należy zaktualizować pakiet {V}.',
    'Daj nam czas na odpowiedź {V}.',
    'Szczegółowy opis pomoże nam naprawić błąd {V}.',
    'Dołącz PoC, abyśmy mogli odpowiedzieć {V}.',
    'Jeśli zgłosisz problem {V}, wymienimy Cię w podziękowaniach.',
    'Doceniamy zgłoszenia przesłane {V}.',
    'Nie ujawniaj szczegółów luki {V}.',
  ],
  times: [
    ['w ciągu 48 godzin', 2],
    ['w ciągu 24 godzin', 1],
    ['do 72 godzin', 3],
    ['w ciągu 3 dni roboczych', 3],
    ['w ciągu 1-2 dni', 2],
    ['w ciągu 7 dni', 7],
    ['w ciągu dwóch tygodni', 14],
    ['w ciągu jednego miesiąca', 30],
    ['w ciągu 90 dni', 90],
  ],
  timed: ['Odpowiemy {V}.', 'Zgłoszenia są rozpatrywane {V}.', 'Odpowiem {V}.', 'Nasz zespół postara się naprawić lukę {V}.'],
  headings: {
    reporting: [
      'Zgłaszanie podatności',
      'Jak zgłosić lukę',
      'Kontakt',
      'Zgłaszanie problemów bezpieczeństwa',
      'Odpowiedzialne ujawnianie',
      'Zglaszanie podatnosci',
      'Raportowanie luk',
    ],
    'supported-versions': [
      'Obsługiwane wersje',
      'Wspierane wersje',
      'Wersje',
      'Aktualizacje bezpieczeństwa',
      'Polityka wsparcia',
      'Obslugiwane wersje',
    ],
    response: [
      'Czas odpowiedzi',
      'Proces obsługi zgłoszeń',
      'Czego się spodziewać',
      'Co się stanie po zgłoszeniu',
      'Harmonogram',
      'Czas reakcji',
    ],
    disclosure: ['Polityka ujawniania', 'Publikacja informacji', 'Ujawnienie', 'Biuletyny bezpieczeństwa', 'Skoordynowane ujawnianie'],
  },
  plain: ['Polityka bezpieczeństwa', 'Wprowadzenie', 'Podziękowania', 'Zakres', 'W skrócie'],
});

test('pl: an adjective before a noun of handling is vague too', () => {
  assert.deepEqual(vagueSlices('Zapewniamy szybką odpowiedź.'), ['szybką odpowiedź']);
  assert.deepEqual(vagueSlices('Zespół gwarantuje sprawną obsługę zgłoszeń.'), ['sprawną obsługę']);
});

test('pl: text typed without Polish letters', () => {
  assert.deepEqual(vagueSlices('Odpowiemy niezwlocznie.'), ['niezwlocznie']);
  assert.deepEqual(vagueSlices('Odpowiemy w rozsadnym czasie.'), ['w rozsadnym czasie']);
  assert.deepEqual(vagueSlices('Poprawka zostanie wydana wkrotce.'), ['wkrotce']);
});

test('pl: "immediately" is no vague wording', () => {
  assert.deepEqual(vagueSlices('Natychmiast poinformujemy zgłaszającego.'), []);
});

test('pl: the preposition "we" is no English "we"', () => {
  assert.deepEqual(vagueSlices('Zgłoś lukę we wszystkich wersjach jak najszybciej.'), []);
});

test('pl: English words are no Polish team nouns', () => {
  const { core, md, NOW } = require('../helpers.js');
  const text = md(
    '# Acme',
    '',
    'security@acme-widgets.dev',
    '',
    'Threats that administrators face include:',
    '',
    '- Outdated packages: update them promptly.',
  );
  const found = core.lint(text, { now: NOW }).filter((f) => f.code === 'vague-sla');
  assert.deepEqual(found, []);
});

test('pl: a dash joins a request and a promise', () => {
  assert.deepEqual(vagueSlices('Prosimy o cierpliwość – odpowiemy najszybciej jak się da.'), ['najszybciej jak się da']);
});
