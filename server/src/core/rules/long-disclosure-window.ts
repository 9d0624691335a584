import type { RuleDefinition, Report } from '../rule';
import { phraseLanguage, timeChoices } from '../lexicon/replacements';

/** Sentences about making a vulnerability public or fixing it by a deadline. */
const DEADLINE_RE =
  /disclos|embargo|publicly|publish|make (?:it )?public|go public|deadline|fix(?:ed)? (?:with)?in|patch(?:ed)? (?:with)?in|resolved? (?:with)?in|divulg|offenleg|veröffentlich|披露|公開|공개|раскры/i;

export const MAX_DISCLOSURE_DAYS = 90;

export const longDisclosureWindow: RuleDefinition = {
  code: 'long-disclosure-window',
  check(model) {
    const reports: Report[] = [];
    for (const time of model.times) {
      if (time.days <= MAX_DISCLOSURE_DAYS || !DEADLINE_RE.test(time.sentence.text)) continue;
      const ninety = timeChoices(phraseLanguage(time.text, model.language)).ninetyDays;
      reports.push({
        start: time.start,
        end: time.end,
        fixes: [
          {
            title: `Replace "${time.text}" with "${ninety}"`,
            edits: [{ start: time.start, end: time.end, newText: ninety }],
            isPreferred: true,
          },
        ],
        message: `"${time.text}" is longer than the 90 days that is common practice for disclosure (Google Project Zero, CISA): shorten it to 90 days or less.`,
        data: { days: time.days },
      });
    }
    return reports;
  },
};
