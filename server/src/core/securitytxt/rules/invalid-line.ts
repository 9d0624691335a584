import type { TxtRule } from '../txt-rule';
import { KNOWN_FIELDS } from '../parse';
import { nearestField } from './unknown-field';

export const txtInvalidLine: TxtRule = {
  code: 'securitytxt/invalid-line',
  severity: 'error',
  description: 'A line that is neither a field, a comment, nor blank.',
  fixable: false,
  check(model) {
    return model.lines
      .filter((l) => l.kind === 'invalid')
      .map((line) => {
        // "Security policy: https://…": a field name with a space in it.
        const name = /^\s*([A-Za-z][A-Za-z -]{0,40}?)\s*:/.exec(line.text)?.[1];
        const suggestion = name
          ? (nearestField(name.replace(/\s+/g, '-')) ?? KNOWN_FIELDS.find((k) => name.toLowerCase().split(/\s+/).includes(k.toLowerCase())))
          : undefined;
        return {
          start: line.start,
          end: line.end,
          message: suggestion
            ? `This line is not a valid field: field names have no spaces. Did you mean "${suggestion}:"?`
            : 'This line is not a field ("Name: value"), a comment ("# …") or blank: fix it or comment it out.',
          ...(suggestion && name
            ? {
                fixes: [
                  {
                    title: `Rename to ${suggestion}`,
                    edits: [
                      {
                        start: line.start + line.text.indexOf(name),
                        end: line.start + line.text.indexOf(name) + name.length,
                        newText: suggestion,
                      },
                    ],
                    isPreferred: true,
                  },
                ],
              }
            : {}),
        };
      });
  },
};
