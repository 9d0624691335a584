import type { Rule, Report } from '../rule';

/** Template placeholders that were never filled in. */
const PLACEHOLDER_RE = new RegExp(
  [
    String.raw`\{\{[^{}\n]{0,200}\}\}`,
    String.raw`\[(?:insert|add|enter|put|replace|your)\b[^\[\]\n]{0,100}\]`,
    String.raw`<(?:your|insert|enter|add)\b[^<>\n]{0,100}>`,
    String.raw`\[email(?:\s|&#160;)protected\]`,
  ].join('|'),
  'giu',
);

/** Upper-case template variables such as SECURITY_CONTACT_EMAIL or YOUR_NAME. */
const CAPS_VARIABLE_RE = /(?<![\w$])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![\w(])/g;
// Only words that stand for a person's or project's details; DOMAIN, URL or HOST are as often
// real configuration variables (`APP_DOMAIN`).
const CAPS_PLACEHOLDER_WORDS =
  /(?:^|_)(?:EMAIL|E_MAIL|MAIL|CONTACT|YOUR|MAINTAINER|PLACEHOLDER|INSERT)(?:_|$)|^(?:PROJECT|REPO|REPOSITORY|ORG|ORGANI[SZ]ATION|COMPANY|PRODUCT|OWNER)_(?:NAME|OWNER|URL)$/;

/** Work-in-progress markers left in prose. */
const MARKER_RE = /(?<![\w-])(?:TODO|TBD|FIXME)(?![\w-])/g;

export const placeholderText: Rule = {
  code: 'placeholder-text',
  severity: 'error',
  description: 'Unfilled template placeholders or TODO markers.',
  fixable: false,
  check(model) {
    const reports: Report[] = [];
    const taken: { start: number; end: number }[] = [];
    const add = (start: number, end: number, what: string) => {
      if (taken.some((t) => t.start < end && start < t.end)) return;
      taken.push({ start, end });
      reports.push({
        start,
        end,
        message: `"${what}" is an unfilled placeholder: replace it with the real ${describe(what)}.`,
        data: { placeholder: what },
      });
    };
    for (const block of model.blocks) {
      const { text, offsets } = block;
      const at = (from: number, to: number) => [offsets[from]!, offsets[to - 1]! + 1] as const;
      for (const m of text.matchAll(PLACEHOLDER_RE)) add(...at(m.index!, m.index! + m[0].length), m[0]);
      for (const m of text.matchAll(CAPS_VARIABLE_RE)) {
        if (CAPS_PLACEHOLDER_WORDS.test(m[0])) add(...at(m.index!, m.index! + m[0].length), m[0]);
      }
      for (const m of text.matchAll(MARKER_RE)) add(...at(m.index!, m.index! + m[0].length), m[0]);
    }
    for (const link of model.links) {
      const m = /\{\{[^{}\n]{0,200}\}\}/.exec(link.url);
      if (m) add(link.start, link.end, m[0]);
    }
    return reports.sort((a, b) => a.start - b.start);
  },
};

function describe(placeholder: string): string {
  if (/mail|contact/i.test(placeholder)) return 'contact address';
  if (/TODO|TBD|FIXME/.test(placeholder)) return 'content';
  if (/version/i.test(placeholder)) return 'version';
  if (/url|link/i.test(placeholder)) return 'link';
  return 'value';
}
