import type { RuleDefinition, Report } from '../rule';
import { forbidsPublicPlace, privateChannels } from '../contacts';
import { reportingLink } from '../fixes';
import { publicPlaceIn } from '../lexicon/channels';

const ISSUES_LINK_RE = /(?:^|\/)(?:issues|discussions)(?:\/new)?\/?(?:[?#].*)?$/i;
/** The reporter is told to go there. */
const INSTRUCTION_RE =
  /\b(?:report|submit|open|create|file|post|raise|log|send|use|go to|melden|signal|report(?:ar|ez)|relat|abr[ae])|報告|提出|提交|报告|반영|제보|보고|등록|сообщ|созда/i;
/** The instruction is about security problems, not ordinary bugs. */
const SECURITY_RE =
  /secur|vulnerab|sicherheit|schwachstelle|sécurité|vulnérab|seguridad|segurança|vulnerabil|安全|漏洞|脆弱性|セキュリティ|취약|보안|уязвим|безопасн/i;

export const publicIssueReporting: RuleDefinition = {
  code: 'public-issue-reporting',
  check(model, ctx) {
    if (privateChannels(model).length > 0) return [];
    const reports: Report[] = [];
    const issueLinks = model.links.filter((l) => ISSUES_LINK_RE.test(l.url));
    for (const sentence of model.sentences) {
      if (sentence.block.type === 'heading') continue;
      const link = issueLinks.find((l) => l.start >= sentence.start && l.start < sentence.end);
      const place = link ? sentence.block.offsets.findIndex((o) => o >= link.start) - sentence.from : publicPlaceIn(sentence.text);
      if (place < 0 || !INSTRUCTION_RE.test(sentence.text)) continue;
      if (forbidsPublicPlace(model, sentence.text, place)) continue;
      const section = model.sections[sentence.block.section];
      const about = `${sentence.text} ${sentence.block.leadIn?.text ?? ''} ${section?.title ?? ''}`;
      if (!SECURITY_RE.test(about) && !section?.kinds.includes('reporting')) continue;
      const privateLink = reportingLink(ctx.options);
      const instruction = `Please report vulnerabilities privately through GitHub private vulnerability reporting: ${ctx.options.repository ? `<${privateLink}>` : `[report a vulnerability](${privateLink})`}.`;
      reports.push({
        start: sentence.start,
        end: sentence.end,
        fixes: [
          {
            title: 'Ask for private reporting instead',
            edits: [{ start: sentence.start, end: sentence.end, newText: instruction }],
            isPreferred: true,
          },
        ],
        message:
          'Public issues show a vulnerability to everyone before it is fixed: ask reporters to use a private channel (GitHub private vulnerability reporting or a security e-mail address) instead.',
      });
    }
    return reports;
  },
};
