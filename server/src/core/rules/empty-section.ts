import type { RuleDefinition, Report } from '../rule';
import { insertBlock, sectionText } from '../fixes';

/** What does not count as content: blank lines, HTML comments, thematic breaks. */
function isBlank(text: string): boolean {
  return (
    withoutComments(text)
      .replace(/^[ \t]*(?:[-*_][ \t]*){3,}$/gm, '')
      .trim() === ''
  );
}

/** Removes HTML comments with indexOf: a lazy regex retries every unclosed "<!--" to the end. */
function withoutComments(text: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const open = text.indexOf('<!--', at);
    if (open < 0) return out + text.slice(at);
    const close = text.indexOf('-->', open + 4);
    out += text.slice(at, open);
    if (close < 0) return out; // an unclosed comment hides the rest, as GitHub renders it
    at = close + 3;
  }
}

export const emptySection: RuleDefinition = {
  code: 'empty-section',
  check(model, ctx) {
    const reports: Report[] = [];
    for (const section of model.sections) {
      if (!isBlank(model.text.slice(section.heading.end, section.end))) continue;
      const body = section.kinds.map((k) => sectionText(k, ctx.options, false)).find((t) => t !== undefined);
      reports.push({
        ...(body
          ? {
              fixes: [
                {
                  title: `Fill "${section.title}" from the template`,
                  edits: [insertBlock(model.text, section.heading.end, body)],
                  isPreferred: true,
                },
              ],
            }
          : {}),
        start: section.heading.start,
        end: section.heading.end,
        message: `The section "${section.title}" is empty: write its content or remove the heading.`,
        data: { kinds: section.kinds },
      });
    }
    return reports;
  },
};
