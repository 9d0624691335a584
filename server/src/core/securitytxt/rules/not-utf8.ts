import type { TxtRuleDefinition } from '../txt-rule';
import type { Report } from '../../rule';
import { firstLine } from '../txt-rule';
import { positionAt } from '../../positions';

/** What a decoder leaves where bytes were not UTF-8: VS Code and the command line both do this. */
const REPLACEMENT_RUN = /\uFFFD+/g;

export const txtNotUtf8: TxtRuleDefinition = {
  code: 'securitytxt/not-utf8',
  check(model, ctx) {
    const encoding = ctx.options.sourceEncoding;
    if (encoding && encoding !== 'UTF-8') {
      return [
        {
          ...firstLine(model),
          message: `The file is encoded as ${encoding}; RFC 9116 requires UTF-8: save it as UTF-8 without a byte order mark.`,
        },
      ];
    }
    // One finding per line: a file in a legacy encoding has such runs on many lines.
    const reports: Report[] = [];
    let lastLine = -1;
    for (const match of model.text.matchAll(REPLACEMENT_RUN)) {
      const { line } = positionAt(model.lineStarts, match.index);
      if (line === lastLine) continue;
      lastLine = line;
      reports.push({
        start: match.index,
        end: match.index + match[0].length,
        message:
          'These bytes are not UTF-8 (shown as "\uFFFD"); RFC 9116 requires UTF-8: save the file as UTF-8 and retype the characters they stood for.',
      });
    }
    return reports;
  },
};
