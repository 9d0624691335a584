import type { Rule } from '../rule';
import { documentAnchor } from '../rule';
import { insertSection } from '../fixes';

export const missingReportingSection: Rule = {
  code: 'missing-reporting-section',
  severity: 'warning',
  description: 'No section tells reporters how to report a vulnerability.',
  fixable: true,
  check(model, ctx) {
    if (model.sections.some((s) => s.kinds.includes('reporting'))) return [];
    return [
      {
        ...documentAnchor(model),
        fixes: [insertSection(model, 'reporting', ctx.options, 'Add a "Reporting a Vulnerability" section')!],
        message: 'No "Reporting a Vulnerability" section: add one that says where and how to send a report privately.',
      },
    ];
  },
};
