import type { TxtRuleDefinition } from '../txt-rule';

export const txtNoFinalNewline: TxtRuleDefinition = {
  code: 'securitytxt/no-final-newline',
  check(model) {
    const { text } = model;
    if (text.length === 0 || text.endsWith('\n')) return [];
    const last = model.lines[model.lines.length - 1]!;
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    return [
      {
        start: last.start,
        end: last.end,
        message: 'Every line of a security.txt ends with a line break, the last one too: add one.',
        fixes: [
          {
            title: 'Add a line break at the end',
            edits: [{ start: text.length, end: text.length, newText: text.endsWith('\r') ? '\n' : eol }],
            isPreferred: true,
          },
        ],
      },
    ];
  },
};
