import type { TxtRuleDefinition } from '../txt-rule';
import { CSAF_WELL_KNOWN_PATH, csafFields } from '../csaf';

export const txtCsafOrder: TxtRuleDefinition = {
  code: 'securitytxt/csaf-order',
  check: (model) => {
    const fields = csafFields(model);
    const first = fields[0];
    if (!first) return [];
    const wellKnown = fields.find(({ url }) => url?.pathname === CSAF_WELL_KNOWN_PATH);
    if (!wellKnown || wellKnown === first) return [];
    const line = model.lines[wellKnown.field.line]!;
    const firstLine = model.lines[first.field.line]!;
    // The last line may have no line ending: it takes the one of the line before it along.
    const lastWithoutEnding = line.next === line.end;
    const ending = model.text.includes('\r\n') ? '\r\n' : '\n';
    const moved = model.text.slice(line.start, line.end) + ending;
    const removeFrom = lastWithoutEnding ? model.lines[wellKnown.field.line - 1]!.end : line.start;
    return [
      {
        ...wellKnown.field,
        message: `The CSAF field of the well-known ${CSAF_WELL_KNOWN_PATH} must be the first CSAF field (CSAF 2.0, requirement 8): move this line above the other CSAF lines.`,
        fixes: [
          {
            title: 'Move this CSAF line first',
            edits: [
              { start: firstLine.start, end: firstLine.start, newText: moved },
              { start: removeFrom, end: line.next, newText: '' },
            ],
            isPreferred: true,
          },
        ],
      },
    ];
  },
};
