import type { Rule } from '../rule';
import { documentAnchor } from '../rule';
import { isSupportedLanguage } from '../language/grammar';

/** The English name of a language tag ("fi" -> "Finnish"), by CLDR through Intl. */
function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export const unsupportedLanguage: Rule = {
  code: 'unsupported-language',
  severity: 'info',
  description: 'The policy is written in a language the linter cannot read; the checks that need to read it are skipped.',
  fixable: false,
  check(model) {
    if (isSupportedLanguage(model.language)) return [];
    const name = languageName(model.language);
    return [
      {
        ...documentAnchor(model),
        message: `This policy seems to be written in ${name} (${model.language}), which the linter cannot read yet: the checks for missing sections, response times and disclosure are skipped so that nothing false is reported. Contacts, links, placeholders and the other checks still run.`,
        data: { language: model.language, name },
      },
    ];
  },
};
