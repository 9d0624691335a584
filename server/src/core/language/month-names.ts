// The names of the months in every supported language, from CLDR through Intl: as they stand
// alone and inside a date ("März"; "březen", "1. března"), long and short. An ordinal date
// ("am 1. März", "do 1. března") does not end a sentence at the dot after its day.

import { SUPPORTED_LANGUAGES } from './packs/index';

let names: Set<string> | undefined;

/** Whether `word` names a month in a supported language (any case; a short name's dot left out). */
export function isMonthName(word: string): boolean {
  names ??= monthNames();
  return names.has(word.toLowerCase());
}

function monthNames(): Set<string> {
  const found = new Set<string>();
  const styles: Intl.DateTimeFormatOptions[] = [
    { month: 'long' },
    { month: 'short' },
    { day: 'numeric', month: 'long' },
    { day: 'numeric', month: 'short' },
  ];
  for (const tag of SUPPORTED_LANGUAGES)
    for (const style of styles) {
      const format = new Intl.DateTimeFormat(tag, { ...style, timeZone: 'UTC' });
      for (let month = 0; month < 12; month++)
        for (const part of format.formatToParts(new Date(Date.UTC(2024, month, 15))))
          if (part.type === 'month' && /^\p{L}+\.?$/u.test(part.value)) found.add(part.value.toLowerCase().replace(/\.$/, ''));
    }
  return found;
}
