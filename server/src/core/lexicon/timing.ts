// Concrete times: a number with a unit of time.
// All patterns are linear: alternations of literals with bounded gaps, no nested quantifiers.

const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty[- ]?five|forty|sixty|ninety|a|an|a couple of|' +
  'ein|eine|einen|einem|zwei|drei|vier|fünf|sieben|zehn|vierzehn|dreißig|neunzig|' +
  'un|une|deux|trois|cinq|sept|dix|quinze|trente|quatre-vingt-dix|' +
  'uno|una|dos|tres|cinco|siete|diez|quince|treinta|noventa|' +
  'um|uma|dois|duas|três|sete|dez|quinze|trinta|noventa';

const NUMBER = String.raw`(?:\d{1,4}(?:[.,]\d{1,2})?(?:\s{0,2}(?:[-–—~]|to|bis|à|a|até|hasta)\s{0,2}\d{1,4})?|(?:${NUMBER_WORDS}))`;

/** Units of time with their length in days. */
const UNITS: [RegExp, number][] = [
  [/^(?:minutes?|mins?|minuten|minutos?|минут)/iu, 1 / 1440],
  [/^(?:hours?|hrs?|h|stunden?|heures?|horas?|час)/iu, 1 / 24],
  [/^(?:weeks?|wochen?|semaines?|semanas?|недел)/iu, 7],
  [/^(?:months?|monate?n?|mois|mes(?:es)?|m[eê]s(?:es)?|месяц)/iu, 30],
  [/^(?:years?|jahre?n?|ans?|años?|anos?|год|лет)/iu, 365],
  [/^(?:days?|tage?n?|werktage?n?|jours?|días?|dias?|дн|день)/iu, 1],
];

const LATIN_TIME = new RegExp(
  String.raw`(?<![\p{L}\p{N}.])(${NUMBER})\s{0,2}[- ]?\s{0,2}(?:(?:business|working|calendar|week|bank)[- ]?)?(minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?|years?|` +
    String.raw`stunden?|minuten|werktage?n?|arbeitstage?n?|tage?n?|wochen?|monate?n?|jahre?n?|` +
    String.raw`heures?|jours?|semaines?|mois|ans|` +
    String.raw`horas?|minutos?|días?|dias?|semanas?|meses|mes|años?|anos?|` +
    String.raw`час(?:а|ов)?|минут|дн(?:я|ей)|день|недел[иьюя]|месяц(?:а|ев)?|год(?:а)?|лет)(?![\p{L}\p{N}])` +
    String.raw`(?:\s{1,2}(?:ouvrés|ouvrables|hábiles|úteis|laborables))?`,
  'giu',
);

const CJK_TIME =
  /(\d{1,4}|[一二三四五六七八九十两]{1,3})\s{0,2}(?:个|個|ヶ|か|カ|ケ)?\s{0,2}(小时|小時|時間|个工作日|個工作日|工作日|営業日|영업일|시간|天|日|일|周|週間|週|주|星期|개월|月)/gu;

export interface TimeMatch {
  start: number;
  end: number;
  days: number;
}

function numberValue(raw: string): number {
  const digits = raw.match(/\d+(?:[.,]\d+)?/g);
  if (digits) return Math.max(...digits.map((d) => Number(d.replace(',', '.'))));
  const words: Record<string, number> = {
    one: 1,
    a: 1,
    an: 1,
    ein: 1,
    eine: 1,
    einen: 1,
    einem: 1,
    un: 1,
    une: 1,
    uno: 1,
    una: 1,
    um: 1,
    uma: 1,
    two: 2,
    zwei: 2,
    deux: 2,
    dos: 2,
    dois: 2,
    duas: 2,
    'a couple of': 2,
    three: 3,
    drei: 3,
    trois: 3,
    tres: 3,
    três: 3,
    four: 4,
    vier: 4,
    five: 5,
    fünf: 5,
    cinq: 5,
    cinco: 5,
    six: 6,
    seven: 7,
    sieben: 7,
    sept: 7,
    siete: 7,
    sete: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    zehn: 10,
    dix: 10,
    diez: 10,
    dez: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    vierzehn: 14,
    fifteen: 15,
    quince: 15,
    quinze: 15,
    twenty: 20,
    thirty: 30,
    dreißig: 30,
    trente: 30,
    treinta: 30,
    trinta: 30,
    forty: 40,
    sixty: 60,
    ninety: 90,
    neunzig: 90,
    'quatre-vingt-dix': 90,
    noventa: 90,
  };
  const key = raw.toLowerCase().replace(/forty[- ]?five/, 'fortyfive');
  if (key === 'fortyfive') return 45;
  return words[key] ?? 1;
}

const CJK_NUMBERS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function cjkNumber(raw: string): number {
  if (/\d/.test(raw)) return Number(raw);
  if (raw.length === 1) return CJK_NUMBERS[raw] ?? 1;
  // 十五 = 15, 三十 = 30, 九十 = 90
  const [a, b, c] = [...raw];
  if (a === '十') return 10 + (CJK_NUMBERS[b ?? ''] ?? 0);
  if (b === '十') return (CJK_NUMBERS[a ?? ''] ?? 1) * 10 + (CJK_NUMBERS[c ?? ''] ?? 0);
  return CJK_NUMBERS[a ?? ''] ?? 1;
}

function cjkUnitDays(unit: string): number {
  if (/小时|小時|時間|시간/.test(unit)) return 1 / 24;
  if (/周|週|주|星期/.test(unit)) return 7;
  if (/月|개월/.test(unit)) return 30;
  return 1;
}

/** Every number-with-a-unit-of-time in a piece of plain text. */
export function findTimes(text: string): TimeMatch[] {
  const found: TimeMatch[] = [];
  for (const m of text.matchAll(LATIN_TIME)) {
    const unit = m[2]!;
    const days = UNITS.find(([re]) => re.test(unit))?.[1] ?? 1;
    found.push({ start: m.index!, end: m.index! + m[0].length, days: numberValue(m[1]!) * days });
  }
  for (const m of text.matchAll(CJK_TIME)) {
    found.push({ start: m.index!, end: m.index! + m[0].length, days: cjkNumber(m[1]!) * cjkUnitDays(m[2]!) });
  }
  return found.sort((a, b) => a.start - b.start);
}
