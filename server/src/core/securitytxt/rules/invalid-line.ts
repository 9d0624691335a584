import type { TxtRuleDefinition } from '../txt-rule';
import type { Fix } from '../../model';
import { KNOWN_FIELDS } from '../parse';
import { nearestField } from './unknown-field';

/** The known field a written name stands for: exactly (spaces as hyphens), nearly, or by a word. */
function knownName(written: string): string | undefined {
  const hyphenated = written.trim().replace(/\s+/g, '-');
  const exact = KNOWN_FIELDS.find((k) => k.toLowerCase() === hyphenated.toLowerCase());
  if (exact) return exact;
  const words = written.toLowerCase().split(/\s+/);
  return nearestField(hyphenated) ?? KNOWN_FIELDS.find((k) => words.includes(k.toLowerCase()));
}

/** "Contact mailto:…" (no colon) and "Security policy: …" / "Contact : …" (a malformed name). */
function repair(text: string, start: number): { name: string; fix: Fix } | undefined {
  const noColon = /^(\s*)([A-Za-z][A-Za-z-]*)([ \t]+)(?=(?:mailto|https?|tel|openpgp4fpr|dns):)/i.exec(text);
  const badName = /^(\s*)([A-Za-z][A-Za-z -]{0,40}?)([ \t]*:[ \t]*)/.exec(text);
  const m = noColon ?? badName;
  if (!m) return undefined;
  const name = knownName(m[2]!);
  if (!name) return undefined;
  const from = start + m[1]!.length;
  const to = start + m[0].length;
  return { name, fix: { title: `Write "${name}: "`, edits: [{ start: from, end: to, newText: `${name}: ` }], isPreferred: true } };
}

export const txtInvalidLine: TxtRuleDefinition = {
  code: 'securitytxt/invalid-line',
  check(model) {
    const lone = model.loneCarriageReturns;
    const endings: Fix = {
      title: 'Make every line end with a line feed',
      edits: lone.map((span) => ({ ...span, newText: '\n' })),
      isPreferred: true,
    };
    const crs = lone.map((span) => ({
      ...span,
      message:
        'A carriage return alone is not a line ending (RFC 9116: lines end with LF or CR LF), so this and the next line are one line: save the file with LF or CR LF line endings.',
      fixes: [endings],
    }));
    return (
      model.lines
        // A line run together by a lone carriage return is reported once, at the carriage return.
        .filter((l) => l.kind === 'invalid' && !l.text.includes('\r'))
        .map((line) => {
          const repaired = repair(line.text, line.start);
          return {
            start: line.start,
            end: line.end,
            message: repaired
              ? `This line is not a valid field: field names have no spaces and end with a colon. Did you mean "${repaired.name}:"?`
              : 'This line is not a field ("Name: value"), a comment ("# …") or blank: fix it or comment it out.',
            ...(repaired ? { fixes: [repaired.fix] } : {}),
          };
        })
        .concat(crs)
    );
  },
};
