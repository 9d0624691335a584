import type { RuleDefinition, Report } from '../rule';
import { eolOf, sectionText } from '../fixes';
import type { LintOptions } from '../model';

/** What each template instruction is replaced with. */
function replacementFor(index: number, options: LintOptions): string {
  if (index === 0) return 'These versions receive security fixes:';
  if (index === 1) return sectionText('reporting', options, false)!;
  return 'We acknowledge every report within 3 business days and send a first assessment within 7 days.';
}

/** The instructions in GitHub's default SECURITY.md, which are meant to be replaced. */
const TEMPLATE_SENTENCES = [
  'use this section to tell people about which versions of your project are currently being supported',
  'use this section to tell people how to report a vulnerability',
  'tell them where to go, how often they can expect to get an update on a reported vulnerability',
];

/** Every instruction says "tell": a sentence without the word needs no normalising. */
const TELL_RE = /tell/i;

/** The version column of the template's sample table. */
const SAMPLE_VERSIONS = ['5.1.x', '5.0.x', '4.0.x', '< 4.0'];

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

export const templateText: RuleDefinition = {
  code: 'template-text',
  check(model, ctx) {
    const reports: Report[] = [];
    for (const sentence of model.sentences) {
      if (!TELL_RE.test(sentence.text)) continue;
      const text = normalise(sentence.text);
      const index = TEMPLATE_SENTENCES.findIndex((t) => text.includes(t));
      if (index >= 0) {
        const newText = replacementFor(index, ctx.options).replace(/\n/g, eolOf(model.text));
        reports.push({
          start: sentence.start,
          end: sentence.end,
          fixes: [
            {
              title: 'Replace the template instruction',
              edits: [{ start: sentence.start, end: sentence.end, newText }],
              isPreferred: true,
            },
          ],
          message: "Instruction from GitHub's SECURITY.md template: replace it with your project's own policy.",
        });
      }
    }
    for (const table of model.tables) {
      const firstColumn = new Set(table.rows.map((r) => normalise(r.cells[0] ?? '')));
      const hits = SAMPLE_VERSIONS.filter((v) => firstColumn.has(v)).length;
      if (hits >= 3) {
        const versions = sectionText('supported-versions', ctx.options, false)!.replace(/\n/g, eolOf(model.text));
        reports.push({
          start: table.start,
          end: table.end,
          fixes: [
            { title: 'Replace the sample table', edits: [{ start: table.start, end: table.end, newText: versions }], isPreferred: true },
          ],
          message: "Sample version table from GitHub's SECURITY.md template (5.1.x, 5.0.x, 4.0.x): list your project's real versions.",
        });
      }
    }
    return reports.sort((a, b) => a.start - b.start);
  },
};
