import type { TxtRuleDefinition } from '../txt-rule';

export const txtLeadingWhitespace: TxtRuleDefinition = {
  code: 'securitytxt/leading-whitespace',
  check(model) {
    return model.fields
      .filter((f) => f.indent.end > f.indent.start)
      .map((field) => ({
        ...field.indent,
        message: `A field starts at the beginning of its line: remove the white space before "${field.name}".`,
        fixes: [{ title: 'Remove the white space', edits: [{ ...field.indent, newText: '' }], isPreferred: true }],
      }));
  },
};
