import type { RuleDefinition } from '../rule';
import { documentAnchor } from '../rule';
import { insertSection } from '../fixes';
import type { ConcreteTime, PolicyModel, TextBlock } from '../model';
import { grammarFor, isSupportedLanguage } from '../language/grammar';

/** The header and the row of the table cell that holds `offset`: "Acknowledgement | 48 hours". */
function tableContext(model: PolicyModel, block: TextBlock, offset: number): string[] {
  if (block.type !== 'tableCell' || block.table === undefined) return [];
  const table = model.tables[block.table]!;
  const row = table.rows.find((r) => r.span.start <= offset && offset < r.span.end);
  return [...table.header, ...(row?.cells ?? [])];
}

/**
 * A concrete time for hearing back about a report (RULES.md: acknowledging or answering), told by
 * the words around it: its sentence, the lead-in of its list or the items its own lead-in
 * introduces, its table row and header, or a heading about the response. Not a fix or disclosure deadline, nor how long releases are supported.
 */
export function isResponseTime(model: PolicyModel, time: ConcreteTime): boolean {
  const { sentence } = time;
  const { block } = sentence;
  const says = (text: string) => grammarFor(model, text).has('responseContext', text);
  if (says(sentence.text)) return true;
  if (grammarFor(model, sentence.text).has('supportPeriod', sentence.text)) return false;
  const section = model.sections[block.section];
  const responseSection = section !== undefined && section.kinds.includes('response') && !section.kinds.includes('disclosure');
  // A lead-in with the time ("Within 48 hours you will receive:") is told by the items it introduces.
  const items = block.introduces ? model.blocks.filter((b) => b.leadIn === block).map((b) => b.text) : [];
  return (
    responseSection || [block.leadIn?.text ?? '', section?.title ?? '', ...tableContext(model, block, time.start), ...items].some(says)
  );
}

export const missingResponseTime: RuleDefinition = {
  code: 'missing-response-time',
  evidence(model) {
    const time = model.times.find((t) => isResponseTime(model, t));
    return time && time.sentence;
  },
  check(model, ctx) {
    // In a language the linter cannot read, absence proves nothing (unsupported-language says so).
    if (!isSupportedLanguage(model.language)) return [];
    if (model.times.some((t) => isResponseTime(model, t))) return [];
    return [
      {
        ...documentAnchor(model),
        fixes: [insertSection(model, 'response', ctx.options, 'Add a "Response Timeline" section')!],
        message: 'No response time: say when reporters will hear back, e.g. "We acknowledge reports within 3 business days."',
      },
    ];
  },
};
