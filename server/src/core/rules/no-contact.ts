import type { Rule } from '../rule';
import { documentAnchor } from '../rule';
import { privateChannels } from '../contacts';
import { insertBlock, insertSection, outsideRawBlocks, reportingLink } from '../fixes';
import type { Fix, PolicyModel, LintOptions } from '../model';

/** Into the reporting section when there is one, else a whole new section. */
function addChannel(model: PolicyModel, options: LintOptions): Fix {
  const section = model.sections.find((s) => s.kinds.includes('reporting'));
  if (!section) return insertSection(model, 'reporting', options, 'Add a "Reporting a Vulnerability" section with a private channel')!;
  const link = reportingLink(options);
  const sentence = `Report vulnerabilities privately through GitHub private vulnerability reporting: ${options.repository ? `<${link}>` : `[Report a vulnerability](${link})`}.`;
  const end = model.sections.find((s) => s.start > section.start && s.depth > section.depth)?.start ?? section.end;
  return {
    title: 'Add GitHub private vulnerability reporting to the reporting section',
    edits: [insertBlock(model.text, outsideRawBlocks(model, end), sentence)],
    isPreferred: true,
  };
}

export const noContact: Rule = {
  code: 'no-contact',
  severity: 'error',
  description: 'The policy gives no private way to report a vulnerability.',
  fixable: true,
  check(model, ctx) {
    if (privateChannels(model).length > 0) return [];
    return [
      {
        ...documentAnchor(model),
        fixes: [addChannel(model, ctx.options)],
        message:
          'No private way to report a vulnerability: add a security e-mail address or a link to GitHub private vulnerability reporting (https://github.com/OWNER/REPO/security/advisories/new).',
      },
    ];
  },
};
