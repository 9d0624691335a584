// Headings -> sections: what each heading says its section is about, and where the section ends.

import type { PolicyModel, Section } from '../model';
import type { HeadingBlock } from '../markdown/blocks';
import { grammarFor } from '../language/grammar';

/**
 * One section per heading, in document order; `textLength` is where the last ones end. Headings
 * are read in the policy's languages (see hasSection in rule.ts for the others).
 */
export function sectionsOf(
  headings: HeadingBlock[],
  textLength: number,
  languages: Pick<PolicyModel, 'language' | 'languages'>,
): Section[] {
  const sections = headings.map(({ depth, span, block }): Section => {
    const title = block.text.trim();
    return {
      title,
      depth,
      kinds: grammarFor(languages, title, true).sectionKinds(title),
      heading: span,
      start: span.start,
      end: textLength,
    };
  });
  // A section runs to the next heading of the same or a higher level.
  for (let i = 0; i < sections.length; i++) {
    const section = sections[i]!;
    for (let j = i + 1; j < sections.length; j++) {
      if (sections[j]!.depth <= section.depth) {
        section.end = sections[j]!.start;
        break;
      }
    }
  }
  return sections;
}
