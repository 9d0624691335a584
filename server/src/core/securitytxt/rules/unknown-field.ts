import type { TxtRuleDefinition } from '../txt-rule';
import { KNOWN_FIELDS } from '../parse';

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The known field a name is a slip for (edit distance 2, or 1 for short names), if any. */
export function nearestField(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (lower === 'acknowledgements') return 'Acknowledgments';
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const known of KNOWN_FIELDS) {
    const d = distance(lower, known.toLowerCase());
    if (d < bestDistance) {
      best = known;
      bestDistance = d;
    }
  }
  return bestDistance > 0 && bestDistance <= (lower.length <= 5 ? 1 : 2) ? best : undefined;
}

export const txtUnknownField: TxtRuleDefinition = {
  code: 'securitytxt/unknown-field',
  check(model) {
    const known = new Set(KNOWN_FIELDS.map((k) => k.toLowerCase()));
    return model.fields
      .filter((f) => !known.has(f.name.toLowerCase()))
      .map((field) => {
        const suggestion = nearestField(field.name);
        return {
          ...field.nameSpan,
          message: suggestion
            ? `"${field.name}" is not a security.txt field: did you mean "${suggestion}"?`
            : `"${field.name}" is not in the security.txt field registry: readers will ignore it.`,
          ...(suggestion
            ? { fixes: [{ title: `Rename to ${suggestion}`, edits: [{ ...field.nameSpan, newText: suggestion }], isPreferred: true }] }
            : {}),
        };
      });
  },
};
