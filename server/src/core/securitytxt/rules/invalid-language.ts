import type { TxtRule } from '../txt-rule';
import { fieldsNamed } from '../parse';

/** An RFC 5646 language tag, in the common shape: language, script, region, variants. */
const TAG_RE =
  /^(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?$|^[Xx](?:-[A-Za-z0-9]{1,8})+$/;

export const txtInvalidLanguage: TxtRule = {
  code: 'securitytxt/invalid-language',
  severity: 'error',
  description: 'Preferred-Languages is not a comma-separated list of language tags.',
  fixable: false,
  check(model) {
    return fieldsNamed(model, 'Preferred-Languages').flatMap((field) => {
      if (field.value === '') return [];
      const bad = field.value
        .split(',')
        .map((t) => t.trim())
        .filter((t) => !TAG_RE.test(t));
      if (bad.length === 0) return [];
      return [
        {
          ...field.valueSpan,
          message: `${bad.map((b) => `"${b}"`).join(', ')} ${bad.length === 1 ? 'is not a language tag' : 'are not language tags'}: write RFC 5646 tags separated by commas, e.g. "en, de".`,
        },
      ];
    });
  },
};
