import type { TxtRuleDefinition } from '../txt-rule';
import type { Report } from '../../rule';
import { URI_FIELDS } from '../parse';
import { emailProblem } from '../../lexicon/emails';

const URI_RE = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;
const PHONE_RE = /^\+?[0-9][0-9 ().-]{5,}[0-9]$/;
const HOST_RE = /^(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:[/?#]\S*)?$/;

/** The scheme a value evidently lacks. */
function repair(value: string): { title: string; newText: string } | undefined {
  if (emailProblem(value) === undefined) return { title: 'Add "mailto:"', newText: `mailto:${value}` };
  if (PHONE_RE.test(value)) return { title: 'Add "tel:"', newText: `tel:${value.replace(/[ ().-]/g, '')}` };
  if (HOST_RE.test(value)) return { title: 'Add "https://"', newText: `https://${value}` };
  return undefined;
}

export const txtInvalidUri: TxtRuleDefinition = {
  code: 'securitytxt/invalid-uri',
  check(model) {
    const reports: Report[] = [];
    for (const field of model.fields) {
      if (!URI_FIELDS.has(field.name.toLowerCase()) || field.value === '' || URI_RE.test(field.value)) continue;
      const fix = repair(field.value);
      reports.push({
        ...field.valueSpan,
        message: `${field.name} must be a URI, and "${field.value}" is not one: ${fix ? `write "${fix.newText}"` : 'start it with a scheme such as https:, mailto: or tel:'}.`,
        ...(fix ? { fixes: [{ title: fix.title, edits: [{ ...field.valueSpan, newText: fix.newText }], isPreferred: true }] } : {}),
      });
    }
    return reports;
  },
};
