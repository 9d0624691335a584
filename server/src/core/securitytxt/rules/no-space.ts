import type { TxtRule } from '../txt-rule';

export const txtNoSpace: TxtRule = {
  code: 'securitytxt/no-space',
  severity: 'error',
  description: 'The colon after a field name is not followed by exactly one space.',
  fixable: true,
  check(model) {
    return model.fields
      .filter((f) => f.value !== '' && model.text.slice(f.separator.start, f.separator.end) !== ': ')
      .map((field) => ({
        ...field.separator,
        message: `Write exactly one space after "${field.name}:".`,
        fixes: [{ title: 'Use one space after the colon', edits: [{ ...field.separator, newText: ': ' }], isPreferred: true }],
      }));
  },
};
