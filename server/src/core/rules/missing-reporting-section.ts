import type { RuleDefinition } from '../rule';
import { documentAnchor, hasSection } from '../rule';
import { insertSection } from '../fixes';
import { isSupportedLanguage } from '../language/grammar';

export const missingReportingSection: RuleDefinition = {
  code: 'missing-reporting-section',
  evidence(model) {
    return model.sections.find((s) => s.kinds.includes('reporting'))?.heading;
  },
  check(model, ctx) {
    // In a language the linter cannot read, absence proves nothing (unsupported-language says so).
    if (!isSupportedLanguage(model.language)) return [];
    if (hasSection(model, 'reporting')) return [];
    return [
      {
        ...documentAnchor(model),
        fixes: [insertSection(model, 'reporting', ctx.options, 'Add a "Reporting a Vulnerability" section')!],
        message: 'No "Reporting a Vulnerability" section: add one that says where and how to send a report privately.',
      },
    ];
  },
};
