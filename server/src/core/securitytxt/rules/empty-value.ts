import type { TxtRuleDefinition } from '../txt-rule';

export const txtEmptyValue: TxtRuleDefinition = {
  code: 'securitytxt/empty-value',
  check(model) {
    return model.fields
      .filter((f) => f.value === '')
      .map((field) => ({
        ...field,
        message: `"${field.name}" has no value: write one, or remove the line.`,
      }));
  },
};
