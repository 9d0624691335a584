import type { TxtRule } from '../txt-rule';

export const txtEmptyValue: TxtRule = {
  code: 'securitytxt/empty-value',
  severity: 'error',
  description: 'A field with no value.',
  fixable: false,
  check(model) {
    return model.fields
      .filter((f) => f.value === '')
      .map((field) => ({
        ...field,
        message: `"${field.name}" has no value: write one, or remove the line.`,
      }));
  },
};
