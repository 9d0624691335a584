import type { TxtRuleDefinition } from '../txt-rule';
import { URI_FIELDS } from '../parse';

export const txtNotHttps: TxtRuleDefinition = {
  code: 'securitytxt/not-https',
  check(model) {
    return model.fields
      .filter((f) => URI_FIELDS.has(f.name.toLowerCase()) && /^http:\/\//i.test(f.value))
      .map((field) => ({
        ...field.valueSpan,
        message: `RFC 9116 requires https for web URIs: use https://${field.value.slice(7)}.`,
        fixes: [
          {
            title: 'Use https://',
            edits: [{ start: field.valueSpan.start, end: field.valueSpan.start + 7, newText: 'https://' }],
            isPreferred: true,
          },
        ],
      }));
  },
};
