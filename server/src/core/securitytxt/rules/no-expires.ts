import type { TxtRuleDefinition } from '../txt-rule';
import { firstLine } from '../txt-rule';
import { fieldsNamed } from '../parse';
import { expiresIn } from '../expires';
import { rfc3339 } from '../generate';

export const txtNoExpires: TxtRuleDefinition = {
  code: 'securitytxt/no-expires',
  check(model, ctx) {
    if (fieldsNamed(model, 'Expires').length > 0) return [];
    const value = rfc3339(new Date(ctx.now.getTime() + expiresIn(ctx) * 86_400_000));
    // After the last field of the body, so a signed file keeps its signature block apart.
    const last = model.fields[model.fields.length - 1];
    const at = last ? model.lines[last.line]!.next : model.bom ? 1 : 0;
    const eol = model.text.includes('\r\n') ? '\r\n' : '\n';
    const lead = at > 0 && !/[\r\n]$/.test(model.text.slice(0, at)) ? eol : '';
    return [
      {
        ...firstLine(model),
        message: 'No Expires field: add one, less than a year ahead, e.g. "Expires: ' + value + '".',
        fixes: [
          {
            title: `Add "Expires: ${value}"`,
            edits: [{ start: at, end: at, newText: `${lead}Expires: ${value}${eol}` }],
            isPreferred: true,
          },
        ],
      },
    ];
  },
};
