import type { RuleDefinition } from '../rule';
import { documentAnchor, hasSection } from '../rule';
import { insertSection } from '../fixes';
import { grammarFor, isSupportedLanguage } from '../language/grammar';

export const missingSupportedVersions: RuleDefinition = {
  code: 'missing-supported-versions',
  evidence(model) {
    const section = model.sections.find((s) => s.kinds.includes('supported-versions'));
    if (section) return section.heading;
    const table = model.tables.find((t) => t.header.some((cell) => grammarFor(model, cell).has('versionHeader', cell)));
    return table && { start: table.start, end: table.start };
  },
  check(model, ctx) {
    // In a language the linter cannot read, absence proves nothing (unsupported-language says so).
    if (!isSupportedLanguage(model.language)) return [];
    if (hasSection(model, 'supported-versions')) return [];
    if (model.tables.some((t) => t.header.some((cell) => grammarFor(model, cell).has('versionHeader', cell)))) return [];
    return [
      {
        ...documentAnchor(model),
        fixes: [insertSection(model, 'supported-versions', ctx.options, 'Add a "Supported Versions" section')!],
        message: 'No "Supported Versions" section: add one with a table of the versions that receive security fixes.',
      },
    ];
  },
};
