import type { RuleDefinition } from '../rule';
import { findMojibake } from '../lexicon/mojibake';

export const mojibake: RuleDefinition = {
  code: 'mojibake',
  check(model) {
    return findMojibake(model.text).map((run) => ({
      start: run.start,
      end: run.end,
      fixes: [
        { title: `Replace with "${run.decoded}"`, edits: [{ start: run.start, end: run.end, newText: run.decoded }], isPreferred: true },
      ],
      message: `"${model.text.slice(run.start, run.end)}" is garbled text (UTF-8 read as ${run.codePage}): it should read "${run.decoded}".`,
      data: { decoded: run.decoded, codePage: run.codePage },
    }));
  },
};
