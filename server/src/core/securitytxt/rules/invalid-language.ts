import type { TxtRuleDefinition } from '../txt-rule';
import type { Report } from '../../rule';
import { fieldsNamed } from '../parse';
import { judgeLanguageTag } from '../language-tag';

export const txtInvalidLanguage: TxtRuleDefinition = {
  code: 'securitytxt/invalid-language',
  check(model) {
    return fieldsNamed(model, 'Preferred-Languages').flatMap((field) => {
      if (field.value === '') return [];
      const reports: Report[] = [];
      let offset = field.valueSpan.start;
      for (const item of field.value.split(',')) {
        const lead = item.length - item.trimStart().length;
        const tag = item.trim();
        const start = offset + lead;
        offset += item.length + 1;
        const verdict = judgeLanguageTag(tag);
        if (verdict.valid) continue;
        const span = tag === '' ? { start: field.valueSpan.start, end: field.valueSpan.end } : { start, end: start + tag.length };
        reports.push({ ...span, message: messageFor(tag, verdict), ...fixFor(verdict.suggestion, span) });
      }
      return reports;
    });
  },
};

function messageFor(tag: string, verdict: { wellFormed: boolean; suggestion?: string; region?: string }): string {
  if (tag === '') return 'An empty item in the list: write language tags separated by single commas, e.g. "en, de".';
  const write = verdict.suggestion ? `write "${verdict.suggestion}"` : 'write a registered tag such as "en" or "de"';
  if (verdict.region) return `"${tag}" is a country code, not a language: ${write} (the language of ${verdict.region}).`;
  if (verdict.suggestion?.includes(',')) return `"${tag}" is not one language tag: ${write} (tags are separated by commas).`;
  if (!verdict.wellFormed)
    return `"${tag}" is not an RFC 5646 language tag: ${write}${verdict.suggestion ? '' : ', and separate tags with commas'}.`;
  return `"${tag}" is not in the IANA language subtag registry: ${write}.`;
}

function fixFor(suggestion: string | undefined, span: { start: number; end: number }) {
  if (!suggestion) return {};
  return { fixes: [{ title: `Write "${suggestion}"`, edits: [{ ...span, newText: suggestion }], isPreferred: true }] };
}
