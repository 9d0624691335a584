import type { RuleDefinition } from '../rule';
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

export const unsupportedLanguage: RuleDefinition = {
  code: 'unsupported-language',
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
