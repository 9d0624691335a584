// Concrete times offered in place of vague wording, in the language of the phrase.

import { DURATION_WORDS } from '../language/duration-words';
import { formatDuration } from '../language/durations';

export interface TimeChoices {
  acknowledge: string;
  business: string;
  week: string;
  fix: string;
  /** The 90-day disclosure deadline. */
  ninetyDays: string;
}

/** The choices of each language, built at first use: durations from Intl, frames from duration-words.ts. */
const CHOICES = new Map<string, TimeChoices>();

function choicesOf(language: string): TimeChoices {
  const { offer } = DURATION_WORDS[language]!;
  const within = (duration: string, frame = offer.within) => frame.replace('{}', duration);
  const three = new Intl.NumberFormat(language).format(3);
  return {
    acknowledge: within(formatDuration(language, 48, 'hour', offer.form)),
    business: within(offer.business.replace('{n}', three), offer.businessWithin),
    week: within(formatDuration(language, 7, 'day', offer.form)),
    fix: within(formatDuration(language, 90, 'day', offer.form)),
    ninetyDays: formatDuration(language, 90, 'day', offer.ninetyForm ?? 'count'),
  };
}

/** The language a phrase is written in, by its script and its words. */
export function phraseLanguage(phrase: string, fallback: string): string {
  if (/[\uac00-\ud7af]/.test(phrase)) return 'ko';
  if (/[\u3040-\u30ff]|速やか|迅速に/.test(phrase)) return 'ja';
  if (/[\u4e00-\u9fff]/.test(phrase)) return 'zh';
  if (/[\u0400-\u04ff]/.test(phrase)) return fallback === 'uk' ? 'uk' : 'ru';
  if (/möglich|zeitnah|umgehend/i.test(phrase)) return 'de';
  if (/dès que|rapidement que|le plus rapidement/i.test(phrase)) return 'fr';
  if (/antes posible|lo más|tan pronto|rápidamente|brevedad/i.test(phrase)) return fallback === 'pt' ? 'pt' : 'es';
  if (/possível|assim que/i.test(phrase)) return 'pt';
  if (/^rapidement$/i.test(phrase)) return 'fr';
  if (
    /\b(?:as soon|quickly|promptly|timely|soon|swiftly|rapidly|shortly|reasonable|undue|due course|possible|effort|asap|hours?|days?|weeks?|months?|years?)\b/i.test(
      phrase,
    )
  )
    return 'en';
  if (/[\u0e00-\u0e7f]/.test(phrase)) return 'th';
  if (/[\u0900-\u097f]/.test(phrase)) return 'hi';
  if (/[\u0600-\u06ff]/.test(phrase)) return fallback === 'fa' ? 'fa' : 'ar';
  return DURATION_WORDS[fallback] ? fallback : 'en';
}

/** Concrete times in a language (English for a language whose times are not known). */
export function timeChoices(language: string): TimeChoices {
  const tag = DURATION_WORDS[language] ? language : 'en';
  let choices = CHOICES.get(tag);
  if (!choices) CHOICES.set(tag, (choices = choicesOf(tag)));
  return choices;
}
