// @ts-check
'use strict';
// Czech grammar: who promises (verb forms without a pronoun in the 1st person, the team, the
// project's name, perfective futures, passives, "obdržíte"), vague wording in every case form,
// requests and conditions; text typed without diacritics.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { grammarTests } = require('./harness.js');

const vague = {
  asap: [
    'co nejdříve',
    'co nejdřív',
    'co nejrychleji',
    'co možná nejdříve',
    'v co nejkratší době',
    'v nejkratší možné době',
    'při nejbližší příležitosti',
    'jakmile to bude možné',
    'jakmile budeme moci',
  ],
  quickly: ['rychle', 'obratem', 'urychleně', 'svižně', 'promptně'],
  timely: ['včas', 'včasně', 'v náležitém čase'],
  soon: ['brzy', 'zanedlouho', 'v brzké době', 'v dohledné době', 'v blízké budoucnosti'],
  reasonable: ['v přiměřené lhůtě', 'v přiměřené době', 'v rozumném čase', 'během přiměřené doby', 'v rozumném časovém rámci'],
  'without-delay': ['bez zbytečného odkladu', 'bez odkladu', 'bez prodlení', 'bez zbytečných průtahů', 'neprodleně', 'bezodkladně'],
  'best-effort': [
    'podle našich možností',
    'dle možností',
    'když to čas dovolí',
    've volném čase',
    'v rámci možností',
    'kdykoli to bude možné',
  ],
};

/** Wordings that speak in the first person or the future promise by themselves: not crossed with requests. */
const SELF_PROMISING = ['jakmile to bude možné', 'jakmile budeme moci', 'podle našich možností', 'kdykoli to bude možné'];

const { vagueSlices } = grammarTests({
  tag: 'cs',
  vague,
  promises: [
    'Odpovíme {V}.',
    'Pokusíme se chybu opravit {V}.',
    'Opravíme zranitelnost {V}.',
    'Snažíme se vydávat opravy {V}.',
    'Odpovím {V}.',
    'Pokusím se problém vyřešit {V}.',
    'Budu vás informovat {V}.',
    'Bezpečnostní tým odpoví {V}.',
    'Náš tým hlášení prověří {V}.',
    'Správci projektu se vám ozvou {V}.',
    'Acme vydá opravu {V}.',
    'Tým Acme zveřejní bezpečnostní upozornění {V}.',
    'Vynasnažíme se odpovídat {V}.',
    'Zranitelnost bude opravena {V}.',
    'Hlášení se zpracovávají {V}.',
    'Opravy jsou vydávány {V}.',
    'Obdržíte odpověď {V}.',
    'Budete informováni {V}.',
    'Děkujeme za hlášení, odpovíme {V}.',
    'Nahlaste nám chybu a opravíme ji {V}.',
    'Po potvrzení zranitelnosti vás budeme informovat {V}.',
  ],
  requestVague: Object.values(vague)
    .flat()
    .filter((w) => !SELF_PROMISING.includes(w)),
  requests: [
    'Prosím, nahlaste zranitelnost {V}.',
    'Nahlaste zranitelnost {V}.',
    'Pošli nám hlášení {V}.',
    'Kontaktujte nás {V}.',
    'Žádáme vás, abyste nás informovali {V}.',
    'Doporučujeme aktualizovat knihovnu {V}.',
    'Uživatelé by měli aktualizovat balíček {V}.',
    'Dejte nám čas na opravu {V}.',
    'Podrobný popis nám pomůže chybu opravit {V}.',
    'Přiložte PoC, abychom mohli odpovědět {V}.',
    'Pokud chybu nahlásíte {V}, uvedeme vás v poděkování.',
    'Oceňujeme hlášení zaslaná {V}.',
    'Nezveřejňujte podrobnosti {V}.',
  ],
  times: [
    ['do 48 hodin', 2],
    ['během 24 hodin', 1],
    ['do 72 hodin', 3],
    ['do 3 pracovních dnů', 3],
    ['během 1-2 dnů', 2],
    ['do 7 dní', 7],
    ['do dvou týdnů', 14],
    ['do jednoho měsíce', 30],
    ['do 90 dnů', 90],
  ],
  timed: ['Odpovíme {V}.', 'Hlášení budou zpracována {V}.', 'Odpovím {V}.', 'Náš tým se pokusí zranitelnost opravit {V}.'],
  headings: {
    reporting: [
      'Hlášení zranitelnosti',
      'Nahlášení zranitelnosti',
      'Jak nahlásit chybu',
      'Kontakt',
      'Odpovědné zveřejnění',
      'Hlaseni zranitelnosti',
      'Bezpečnostní problémy',
    ],
    'supported-versions': ['Podporované verze', 'Verze', 'Bezpečnostní aktualizace', 'Politika podpory', 'Podporovane verze'],
    response: ['Doba odpovědi', 'Proces zpracování', 'Co očekávat', 'Průběh řešení', 'Časový harmonogram', 'Lhůty'],
    disclosure: [
      'Zveřejnění zranitelností',
      'Zásady zveřejňování',
      'Publikace oprav',
      'Bezpečnostní upozornění',
      'Koordinované zveřejnění',
    ],
  },
  plain: ['Bezpečnostní zásady', 'Úvod', 'Poděkování', 'Rozsah', 'Moje filozofie'],
});

test('cs: an adjective before a noun of handling is vague too', () => {
  assert.deepEqual(vagueSlices('Zajistíme rychlou opravu.'), ['rychlou opravu']);
  assert.deepEqual(vagueSlices('Tým slibuje včasnou reakci.'), ['včasnou reakci']);
});

test('cs: text typed without diacritics', () => {
  assert.deepEqual(vagueSlices('Odpovíme co nejdrive.'), ['co nejdrive']);
  assert.deepEqual(vagueSlices('Oprava bude vydana neprodlene.'), ['neprodlene']);
});

test('cs: "immediately" is no vague wording', () => {
  assert.deepEqual(vagueSlices('Okamžitě vás budeme informovat.'), []);
});
