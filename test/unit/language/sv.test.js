// @ts-check
'use strict';
// Swedish grammar: who promises (vi, jag, the team, the project's name, "kommer att", "ska",
// s-passives, "du får"), vague wording, requests, conditions with the verb first.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { grammarTests } = require('./harness.js');

const vague = {
  asap: [
    'så snart som möjligt',
    'så fort som möjligt',
    'snarast',
    'snarast möjligt',
    'så snabbt som möjligt',
    'så snart vi kan',
    'vid första tillfälle',
  ],
  quickly: ['snabbt', 'skyndsamt', 'omgående', 'raskt'],
  timely: ['i god tid', 'i rätt tid', 'i tid'],
  soon: ['snart', 'inom kort', 'inom en snar framtid', 'i sinom tid', 'inom den närmaste tiden'],
  reasonable: ['inom rimlig tid', 'inom en rimlig tid', 'inom skälig tid', 'inom en rimlig tidsram', 'på rimlig tid'],
  'without-delay': ['utan dröjsmål', 'utan onödigt dröjsmål', 'utan fördröjning', 'utan onödiga förseningar'],
  'best-effort': ['efter bästa förmåga', 'i mån av tid', 'när vi har tid', 'på vår fritid', 'när det är möjligt', 'i mån av resurser'],
};

/** Wordings that speak in the first person promise by themselves: not crossed with requests. */
const SELF_PROMISING = ['så snart vi kan', 'när vi har tid', 'på vår fritid'];

const { vagueSlices } = grammarTests({
  tag: 'sv',
  vague,
  promises: [
    'Vi svarar {V}.',
    'Vi kommer att svara {V}.',
    'Vi ska åtgärda sårbarheten {V}.',
    'Vi strävar efter att släppa en rättning {V}.',
    'Vi försöker besvara alla rapporter {V}.',
    'Jag svarar {V}.',
    'Jag kommer att titta på problemet {V}.',
    'Säkerhetsteamet granskar rapporten {V}.',
    'Vårt team återkommer {V}.',
    'Förvaltarna kommer att kontakta dig {V}.',
    'Acme kommer att publicera en säkerhetsrättning {V}.',
    'Projektet släpper en ny version {V}.',
    'Sårbarheter kommer att hanteras {V}.',
    'Rapporter besvaras {V}.',
    'Rättningar släpps {V}.',
    'Du får svar {V}.',
    'Du kommer att kontaktas {V}.',
    'Tack för din rapport, vi återkommer {V}.',
    'Rapportera problemet, så åtgärdar vi det {V}.',
    'När sårbarheten är bekräftad meddelar vi dig {V}.',
  ],
  requestVague: Object.values(vague)
    .flat()
    .filter((w) => !SELF_PROMISING.includes(w)),
  requests: [
    'Vänligen rapportera sårbarheten {V}.',
    'Rapportera sårbarheter {V}.',
    'Kontakta oss {V}.',
    'Vi ber dig att meddela oss {V}.',
    'Användare bör uppdatera {V}.',
    'Användare uppmanas att uppgradera {V}.',
    'Ge oss tid att svara {V}.',
    'En utförlig beskrivning hjälper oss att åtgärda felet {V}.',
    'Bifoga loggar så att vi kan svara {V}.',
    'Om du rapporterar felet {V}, nämner vi dig i tacklistan.',
    'Vi uppskattar rapporter som kommer {V}.',
    'Publicera inte detaljer {V}.',
  ],
  times: [
    ['inom 48 timmar', 2],
    ['inom 24 timmar', 1],
    ['inom 72 timmar', 3],
    ['inom 3 arbetsdagar', 3],
    ['inom 1-2 dagar', 2],
    ['inom en vecka', 7],
    ['inom två veckor', 14],
    ['inom en månad', 30],
    ['inom 90 dagar', 90],
  ],
  timed: ['Vi svarar {V}.', 'Rapporter besvaras {V}.', 'Jag svarar {V}.', 'Säkerhetsteamet försöker åtgärda sårbarheten {V}.'],
  headings: {
    reporting: [
      'Rapportera en sårbarhet',
      'Rapportering av sårbarheter',
      'Kontakt',
      'Säkerhetskontakt',
      'Hur du rapporterar',
      'Ansvarsfullt avslöjande',
    ],
    'supported-versions': ['Versioner som stöds', 'Stödda versioner', 'Versioner', 'Säkerhetsuppdateringar', 'Supportpolicy'],
    response: ['Svarstid', 'Svarstider', 'Hanteringsprocess', 'Vad du kan förvänta dig', 'Tidslinje', 'Sårbarhetshantering'],
    disclosure: ['Offentliggörande', 'Policy för offentliggörande', 'Säkerhetsmeddelanden', 'Samordnat avslöjande', 'Publicering'],
  },
  plain: ['Säkerhetspolicy', 'Säkerhet', 'Introduktion', 'Omfattning', 'Ansvar', 'Anteckningar'],
});

test('sv: an adjective before a noun of handling is vague too', () => {
  assert.deepEqual(vagueSlices('Vi lovar ett snabbt svar.'), ['snabbt svar']);
  assert.deepEqual(vagueSlices('Teamet ger skyndsam återkoppling.'), ['skyndsam återkoppling']);
});

test('sv: "kommer att" with an s-passive and the best-effort concept', () => {
  assert.deepEqual(vagueSlices('Sårbarheter kommer att hanteras efter bästa förmåga.'), ['efter bästa förmåga']);
});

test('sv: "immediately" is no vague wording', () => {
  assert.deepEqual(vagueSlices('Vi meddelar dig omedelbart.'), []);
});

test('sv: "så snart" tied to an event is no vague time', () => {
  assert.deepEqual(vagueSlices('Säkerhetsuppdateringar släpps så snart de är klara.'), []);
});
