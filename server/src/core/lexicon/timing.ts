// Words about time: vague promises, concrete times, and who is promising.
// All patterns are linear: alternations of literals with bounded gaps, no nested quantifiers.

/** Vague wording about when something will happen. Longest first so the widest phrase wins. */
const VAGUE_PHRASES = [
  // en
  'as soon as reasonably possible',
  'as soon as reasonably practicable',
  'as soon as practicable',
  'as soon as practical',
  'as soon as possible',
  'as soon as we can',
  'as quickly as possible',
  'as fast as possible',
  'as promptly as possible',
  'in a timely manner',
  'in a timely fashion',
  'within a reasonable time(?:frame| frame| period)?',
  'within a reasonable amount of time',
  'in a reasonable amount of time',
  'reasonable amount of time',
  'reasonable time(?:frame| frame)?',
  'reasonable period',
  'without undue delay',
  'in due course',
  'when possible',
  'best[- ]effort',
  'promptly',
  'timely',
  'quickly',
  'rapidly',
  'swiftly',
  'shortly',
  'soon',
  'asap',
  // de
  'so schnell wie möglich',
  'schnellstmöglich',
  'zeitnah',
  'umgehend',
  // fr
  'dès que possible',
  'aussi rapidement que possible',
  'le plus rapidement possible',
  'rapidement',
  // es
  'lo antes posible',
  'lo más rápido posible',
  'tan pronto como sea posible',
  'rápidamente',
  'a la brevedad',
  // pt
  'o mais rápido possível',
  'o mais breve possível',
  'assim que possível',
  'rapidamente',
  // zh, ja, ko, ru
  '尽快',
  '尽早',
  '及时',
  'できるだけ早く',
  'できる限り早く',
  '速やかに',
  '迅速に',
  '가능한 한 빨리',
  '최대한 빨리',
  '신속하게',
  'как можно скорее',
  'в кратчайшие сроки',
  'оперативно',
];

const LATIN_LETTER = String.raw`\p{L}\p{N}_`;

/** Matches vague timing wording; for Latin scripts only at word boundaries. */
export const VAGUE_RE = new RegExp(
  `(?<![${LATIN_LETTER}])(?:${VAGUE_PHRASES.join('|')})(?![${LATIN_LETTER}])|尽快|尽早|及时|できるだけ早く|できる限り早く|速やかに|迅速に|가능한 한 빨리|최대한 빨리|신속하게`,
  'giu',
);

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

/** A request addressed to the reporter, not a promise by the project. */
const REQUEST_RE =
  /\bplease\b|\bkindly\b|\bwe (?:ask|request|encourage|urge|expect you)\b|\b(?:you should|you must|you are asked)\b|\b(?:allow|give|grant|provide) us\b|\bdon'?t expect\b|\bdo not expect\b|\bbitte\b|\bveuillez\b|\bpor favor\b|\bpor gentileza\b|请|ください|주세요|пожалуйста/iu;

/** Who makes a promise: the project in the first person plural, its team, or a passive "will be done". */
const COMMITMENT_RE = new RegExp(
  [
    String.raw`\b(?:we|we'll|we’ll|we're|we’re|we've|we’ve|we'd)\b`,
    String.raw`\b(?:our|the) (?:security |core |project )?(?:team|maintainers|staff|developers)\b`,
    String.raw`\bmaintainers (?:will|shall|aim|try|strive)\b`,
    String.raw`\byou(?:'ll| will| can expect to| should expect to| may expect to) (?:receive|hear|get)\b`,
    String.raw`\b(?:will|shall) be (?:addressed|fixed|handled|acknowledged|reviewed|investigated|released|resolved|patched|published|answered|triaged|evaluated|assessed|disclosed|responded|processed)\b`,
    String.raw`\bwir\b|\bunser(?:e|em|en)?\b|\bnous\b|\bnotre\b|\bnosotros\b|\bnuestro\b|\bnós\b|\bnosso\b|\bnossa\b`,
    String.raw`\w(?:remos|aremos|eremos|iremos)\b`,
    String.raw`我们|我們|私たち|我々|当方|저희|우리|(?<!\p{L})(?:мы|наш\p{L}*)(?!\p{L})|\bvamos\b`,
  ].join('|'),
  'iu',
);

/** Sentences that speak well of reporters without promising anything ("We appreciate timely reports"). */
const NO_PROMISE_RE = /\b(?:appreciate|thank|welcome|value|encourage)\b/i;

/** The project promises something in this sentence. */
export function isCommitment(sentence: string): boolean {
  return COMMITMENT_RE.test(sentence) && !REQUEST_RE.test(sentence) && !NO_PROMISE_RE.test(sentence);
}

/** How long a release is supported is a promise too, but not about answering reports. */
export const SUPPORT_PERIOD_RE =
  /\bsupport(?:ed|s)?\b|\bmaintain|\blifecycle\b|\bend[- ]of[- ]life\b|\beol\b|\blts\b|unterstützt|pris en charge|soportad|suportad|支持|サポート|지원|поддерж/i;

/** A list item counts as a promise when its lead-in speaks for the project ("We will:"). */
export function isCommitmentLeadIn(leadIn: string): boolean {
  return (COMMITMENT_RE.test(leadIn) || /\bour\b/i.test(leadIn)) && !REQUEST_RE.test(leadIn);
}

export function isRequest(sentence: string): boolean {
  return REQUEST_RE.test(sentence);
}

/** Words that put a time in the context of handling a report. */
export const RESPONSE_CONTEXT_RE =
  /acknowledg|respon|review|examin|signalement|évalu|analy[sz]|repl(?:y|ies)|answer|hear (?:back|from)|get back|contact you|triage|confirm|receipt|update|fix|patch|resolv|release|assess|investigat|initial|follow[- ]up|disclos|publish|advisor|mitigat|remediat|embargo|notif|bestätig|antwort|rückmeldung|réponse|répond|accus|correct|respuesta|respond|acus|corrección|resposta|respond|confirma|correção|回复|响应|确认|修复|回答|返信|対応|修正|確認|응답|회신|답변|답장|확인|수정|ответ|подтвержд|исправ/iu;
