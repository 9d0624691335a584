// Sentences -> concrete times ("within 48 hours", "90-day"), with their source spans. What counts
// as a time is the lexicon's (lexicon/timing.ts); this maps its matches back to the source.

import type { ConcreteTime, Sentence } from '../model';
import { findTimes } from '../language/durations';

export function findConcreteTimes(sentences: Sentence[]): ConcreteTime[] {
  const times: ConcreteTime[] = [];
  for (const sentence of sentences) {
    const { offsets } = sentence.block;
    for (const t of findTimes(sentence.text)) {
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
