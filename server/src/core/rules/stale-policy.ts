import type { RuleDefinition, Report } from '../rule';

const LABEL_RE =
  /\b(?:last (?:updated|reviewed|revised|modified|changed)|updated on|updated|effective(?: date| from| as of)?|revised|reviewed on|zuletzt (?:aktualisiert|geändert)|stand|dernière mise à jour|mis à jour le|última (?:actualización|atualização|revisión|revisão)|actualizado|atualizado)\b|最后更新|最終更新|마지막 업데이트|последнее обновление|обновлено/giu;

const MONTHS: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};
const MONTH_NAME = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;

/** Date forms, each giving (year, month 0-11 or -1, day or 0) of the latest moment it can mean. */
const DATE_FORMS: [RegExp, (m: RegExpExecArray) => [number, number, number]][] = [
  [/(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/y, (m) => [+m[1]!, +m[2]! - 1, +m[3]!]],
  [/(\d{4})[-/.](\d{1,2})(?![\d])/y, (m) => [+m[1]!, +m[2]! - 1, 0]],
  [new RegExp(String.raw`${MONTH_NAME}\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(\d{4})`, 'iy'), (m) => [+m[3]!, month(m[1]!), +m[2]!]],
  [new RegExp(String.raw`(\d{1,2})(?:st|nd|rd|th)?\.?\s{1,3}${MONTH_NAME},?\s{1,3}(\d{4})`, 'iy'), (m) => [+m[3]!, month(m[2]!), +m[1]!]],
  [new RegExp(String.raw`${MONTH_NAME},?\s{1,3}(\d{4})`, 'iy'), (m) => [+m[2]!, month(m[1]!), 0]],
  // 15/01/2025 or 01/15/2025: take the later of the two readings.
  [
    /(\d{1,2})[/.](\d{1,2})[/.](\d{4})/y,
    (m) => {
      const a = +m[1]!;
      const b = +m[2]!;
      const [mo, d] = a > 12 ? [b, a] : b > 12 ? [a, b] : [Math.max(a, b), Math.min(a, b)];
      return [+m[3]!, mo - 1, d];
    },
  ],
  [/(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?/y, (m) => [+m[1]!, +m[2]! - 1, m[3] ? +m[3] : 0]],
  [/(\d{4})(?!\d)/y, (m) => [+m[1]!, -1, 0]],
];

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Today, written the way the policy wrote its date (form = index into DATE_FORMS). */
function today(now: Date, form: number, written: string): string {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  const d = now.getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  const abbreviated = /^[a-z]{3}\.?\s/i.test(written) || /\d\s+[a-z]{3}\.?\s/i.test(written);
  const name = abbreviated ? MONTH_NAMES[m]!.slice(0, 3) : MONTH_NAMES[m]!;
  const sep = /\d{4}([-/.])/.exec(written)?.[1] ?? '-';
  switch (form) {
    case 0:
      return `${y}${sep}${pad(m + 1)}${sep}${pad(d)}`;
    case 1:
      return `${y}${sep}${pad(m + 1)}`;
    case 2:
      return `${name} ${d}, ${y}`;
    case 3:
      return `${d} ${name} ${y}`;
    case 4:
      return `${name} ${y}`;
    case 6:
      return `${y}年${m + 1}月${d}日`;
    case 7:
      return String(y);
    default:
      return `${y}-${pad(m + 1)}-${pad(d)}`;
  }
}

function month(name: string): number {
  return MONTHS[name.slice(0, 3).toLowerCase()] ?? 0;
}

/** The last moment a date can mean: a month alone is its last day, a year alone its last day. */
function latestMoment([year, mon, day]: [number, number, number]): Date | undefined {
  if (year < 1990 || year > 2200 || mon > 11) return undefined;
  if (mon < 0) return new Date(Date.UTC(year, 11, 31, 23, 59, 59));
  if (day === 0) return new Date(Date.UTC(year, mon + 1, 0, 23, 59, 59));
  if (day > 31) return undefined;
  return new Date(Date.UTC(year, mon, day, 23, 59, 59));
}

export function monthsBetween(earlier: Date, later: Date): number {
  return (
    (later.getUTCFullYear() - earlier.getUTCFullYear()) * 12 +
    later.getUTCMonth() -
    earlier.getUTCMonth() -
    (later.getUTCDate() < earlier.getUTCDate() ? 1 : 0)
  );
}

export const stalePolicy: RuleDefinition = {
  code: 'stale-policy',
  check(model, ctx) {
    const limit = ctx.options.stalePolicyMonths ?? 12;
    const reports: Report[] = [];
    for (const block of model.blocks) {
      for (const label of block.text.matchAll(LABEL_RE)) {
        // The date follows the label within a few characters: "Last Updated: January 2025".
        const after = label.index! + label[0].length;
        const gap = /^[\s*_:：\-–—|]{0,8}(?:on\s)?/.exec(block.text.slice(after, after + 12))![0].length;
        const from = after + gap;
        for (const [form, [re, read]] of DATE_FORMS.entries()) {
          re.lastIndex = from;
          const m = re.exec(block.text);
          if (!m) continue;
          const date = latestMoment(read(m));
          if (!date) break;
          const age = monthsBetween(date, ctx.now);
          if (age >= limit) {
            const span = { start: block.offsets[from]!, end: block.offsets[from + m[0].length - 1]! + 1 };
            const newDate = today(ctx.now, form, m[0]);
            reports.push({
              ...span,
              fixes: [{ title: `Set the date to today (${newDate})`, edits: [{ ...span, newText: newDate }], isPreferred: true }],
              message: `The policy was last updated ${age} month${age === 1 ? '' : 's'} ago: review it, then set the date to today.`,
              data: { date: m[0], months: age },
            });
          }
          break;
        }
      }
    }
    return reports;
  },
};
