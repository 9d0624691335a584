import type { TxtRule } from '../txt-rule';

export const txtBom: TxtRule = {
  code: 'securitytxt/bom',
  severity: 'error',
  description: 'The file starts with a byte order mark.',
  fixable: true,
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
