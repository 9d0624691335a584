// Sentences -> concrete times ("within 48 hours", "90-day"), with their source spans. What counts
// as a time is language/durations.ts's; this maps its matches back to the source.

import type { ConcreteTime, Sentence } from '../model';
import { findTimes } from '../language/durations';
import { languagesOf } from '../language/grammar';
import { isPastTime } from '../language/past-markers';
import { DURATION_LANGUAGES } from '../language/duration-words';

/**
 * The times of the sentences, each read in the languages the grammar reads it in (the policy's,
 * English, those of its script); in every language when the policy's languages are not given.
 */
export function findConcreteTimes(sentences: Sentence[], policy?: { language: string; languages: readonly string[] }): ConcreteTime[] {
  const times: ConcreteTime[] = [];
  for (const sentence of sentences) {
    const { offsets } = sentence.block;
    const languages = policy ? languagesOf(policy, sentence.text) : DURATION_LANGUAGES;
    for (const t of findTimes(sentence.text, languages)) {
      // "Released less than 2 years ago" is a moment, not a length of time anything takes.
      if (isPastTime(sentence.text, t.start, t.end, languages)) continue;
      times.push({
        start: offsets[sentence.from + t.start]!,
        end: offsets[sentence.from + t.end - 1]! + 1,
        text: sentence.text.slice(t.start, t.end),
        days: t.days,
        sentence,
      });
    }
  }
  return times;
}
