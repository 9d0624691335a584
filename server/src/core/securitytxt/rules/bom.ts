import type { TxtRuleDefinition } from '../txt-rule';

export const txtBom: TxtRuleDefinition = {
  code: 'securitytxt/bom',
  check(model) {
    if (!model.bom) return [];
    return [
      {
        start: 0,
        end: 1,
        message: 'The file starts with a byte order mark: save it as UTF-8 without BOM.',
        fixes: [{ title: 'Remove the byte order mark', edits: [{ start: 0, end: 1, newText: '' }], isPreferred: true }],
      },
    ];
  },
};
