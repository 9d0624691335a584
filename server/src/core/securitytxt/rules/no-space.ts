import type { TxtRuleDefinition } from '../txt-rule';

export const txtNoSpace: TxtRuleDefinition = {
  code: 'securitytxt/no-space',
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
