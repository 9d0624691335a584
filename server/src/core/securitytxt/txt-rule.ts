// Shared pieces of the security.txt rules.

import type { Rule, RuleDefinition } from '../rule';
import type { Fix, Span } from '../model';
import type { SecurityTxtModel, TxtField } from './parse';
import { fieldsNamed } from './parse';
import type { Report } from '../rule';

export type TxtRule = Rule<SecurityTxtModel>;
export type TxtRuleDefinition = RuleDefinition<SecurityTxtModel>;

/** Where file-level findings go: the first line. */
export function firstLine(model: SecurityTxtModel): Span {
  const line = model.lines.find((l) => l.kind !== 'blank') ?? model.lines[0];
  return line ? { start: line.start, end: line.end } : { start: 0, end: 0 };
}

/** Deletes a field's whole line, line ending included. */
export function removeLine(model: SecurityTxtModel, field: TxtField, title: string): Fix {
  const line = model.lines[field.line]!;
  return { title, edits: [{ start: line.start, end: line.next, newText: '' }], isPreferred: true };
}

/** Every repeat of a field that may appear only once, with a fix that removes the repeat. */
export function repeatsOf(model: SecurityTxtModel, name: string, message: string): Report[] {
  return fieldsNamed(model, name)
    .slice(1)
    .map((field) => ({ ...field, message, fixes: [removeLine(model, field, `Remove this ${name} line`)] }));
}
