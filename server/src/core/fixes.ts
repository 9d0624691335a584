// Building blocks for quick fixes. A fix is plain data (edits as offsets into the text), so it
// can travel in diagnostic.data and be applied later without the model.

import type { EmailRef, Fix, PolicyModel, SectionKind, Span, TextEdit, LintOptions } from './model';
import { SECTION_TEMPLATES, renderTemplate } from './templates';
import type { SectionTemplate } from './templates';

export function replaceSpan(span: Span, newText: string): TextEdit {
  return { start: span.start, end: span.end, newText };
}

/** Applies edits that do not overlap; edits at the same offset keep their order. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i);
  let out = '';
  let at = 0;
  for (const { e } of sorted) {
    if (e.start < at) continue; // overlapping: left for the next pass
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

/** The line ending the document uses, so that inserted text matches it. */
export function eolOf(text: string): string {
  const crlf = text.indexOf('\r\n');
  return crlf >= 0 && crlf <= text.indexOf('\n') ? '\r\n' : '\n';
}

/** The private reporting link to suggest: GitHub's advisory form of the repository. */
export function reportingLink(options: LintOptions): string {
  if (options.repository) return `https://github.com/${options.repository}/security/advisories/new`;
  // Relative to the policy file as GitHub shows it (blob/<branch>/[dir/]SECURITY.md).
  return `${options.policyDir ? '../../../' : '../../'}security/advisories/new`;
}

/** Conventional order of the standard sections. */
const SECTION_ORDER: SectionKind[] = ['supported-versions', 'reporting', 'response', 'disclosure'];
const TEMPLATE_OF: Partial<Record<SectionKind, string>> = {
  'supported-versions': 'supported-versions',
  reporting: 'reporting',
  response: 'response',
  disclosure: 'disclosure',
  scope: 'scope',
  'safe-harbor': 'safe-harbor',
  encryption: 'encryption',
};

/** The section templates rendered once each: quick fixes of every lint insert them. */
const RENDERED = new Map<SectionTemplate, string>();
function rendered(template: SectionTemplate): string {
  let text = RENDERED.get(template);
  if (text === undefined) RENDERED.set(template, (text = renderTemplate(template.body)));
  return text;
}

/** A template rendered for insertion: defaults filled, the reporting link made real. */
export function sectionText(kind: SectionKind, options: LintOptions, withHeading = true): string | undefined {
  const id = TEMPLATE_OF[kind];
  const template = SECTION_TEMPLATES.find((t) => t.id === id);
  if (!template) return undefined;
  let lines = rendered(template).split('\n');
  if (kind === 'reporting') {
    // No real address is known, so the e-mail alternative is left out rather than invented.
    lines = lines
      .filter((l) => !l.includes('your-project.org'))
      .map((l) => l.replace('https://github.com/OWNER/REPO/security/advisories/new', reportingLink(options)));
    if (!options.repository) {
      lines = lines.map((l) => l.replace(/^<(\.\.\/[^>]+)>$/, '[Report a vulnerability]($1)'));
    }
  }
  if (!withHeading) lines = lines.slice(lines[1] === '' ? 2 : 1);
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The heading level standard sections use in this document: one below the title. */
function sectionDepth(model: PolicyModel): number {
  const [first, second] = model.sections;
  if (first && first.depth === 1) return second && second.depth > 1 ? second.depth : 2;
  return first ? first.depth : 2;
}

/**
 * Inserts a missing standard section where a reader expects it: among the other standard
 * sections in the conventional order, else after the title and its introduction.
 */
export function insertSection(model: PolicyModel, kind: SectionKind, options: LintOptions, title: string): Fix | undefined {
  let body = sectionText(kind, options);
  if (!body) return undefined;
  const depth = sectionDepth(model);
  body = body.replace(/^#{1,6} /, `${'#'.repeat(depth)} `);
  const rank = SECTION_ORDER.indexOf(kind);
  const peers = model.sections.filter((s) => s.depth === depth);
  const rankOf = (kinds: SectionKind[]) => Math.min(...kinds.map((k) => SECTION_ORDER.indexOf(k)).filter((i) => i >= 0), 99);
  const later = peers.find((s) => rankOf(s.kinds) !== 99 && rankOf(s.kinds) > rank);
  const earlier = [...peers].reverse().find((s) => rankOf(s.kinds) < rank);
  let at: number;
  if (later) at = later.start;
  else if (earlier) at = earlier.end;
  else {
    const title = model.sections[0];
    const next = model.sections.find((s) => title && s.start > title.start && s.depth > title.depth);
    at = title && title.depth < depth ? (next?.start ?? title.end) : 0;
  }
  return { title, edits: [insertBlock(model.text, outsideRawBlocks(model, at), body)], isPreferred: true };
}

/** Into the reporting section when there is one, else a whole new section. */
export function addPrivateReportingLink(model: PolicyModel, options: LintOptions): Fix {
  const section = model.sections.find((s) => s.kinds.includes('reporting'));
  if (!section) return insertSection(model, 'reporting', options, 'Add a "Reporting a Vulnerability" section with a private channel')!;
  const link = reportingLink(options);
  const sentence = `Report vulnerabilities privately through GitHub private vulnerability reporting: ${options.repository ? `<${link}>` : `[Report a vulnerability](${link})`}.`;
  const end = model.sections.find((s) => s.start > section.start && s.depth > section.depth)?.start ?? section.end;
  return {
    title: 'Add GitHub private vulnerability reporting to the reporting section',
    edits: [insertBlock(model.text, outsideRawBlocks(model, end), sentence)],
    isPreferred: true,
  };
}

/**
 * Adds a paragraph from a template at the end of the section of `kind` (before its subsections),
 * or at the end of the document when there is no such section.
 */
export function appendParagraph(model: PolicyModel, kind: SectionKind, templateId: string, title: string): Fix | undefined {
  const template = SECTION_TEMPLATES.find((t) => t.id === templateId);
  if (!template) return undefined;
  const section = model.sections.find((s) => s.kinds.includes(kind));
  const end = section
    ? (model.sections.find((s) => s.start > section.start && s.depth > section.depth)?.start ?? section.end)
    : model.text.length;
  return { title, edits: [insertBlock(model.text, outsideRawBlocks(model, end), rendered(template))] };
}

/** Moves an insertion point out of code blocks and HTML comments (an unclosed one runs to the end). */
export function outsideRawBlocks(model: PolicyModel, at: number): number {
  for (const raw of model.rawBlocks) if (raw.start < at && at <= raw.end) return raw.start;
  return at;
}

/** An edit that puts a block of Markdown at `at`, with exactly one blank line around it. */
export function insertBlock(text: string, at: number, block: string): TextEdit {
  const eol = eolOf(text);
  const before = text.slice(0, at);
  const after = text.slice(at);
  // Line breaks in the white space next to the insertion point, counted with loops: an
  // end-anchored regex would retry from every position of a long run of spaces.
  const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\r' || c === '\n';
  let leadingBreaks = 0;
  let i = 0;
  for (; i < after.length && isSpace(after[i]); i++) if (after[i] === '\n') leadingBreaks++;
  const afterBlank = i === after.length;
  let trailingBreaks = 0;
  let j = before.length - 1;
  for (; j >= 0 && isSpace(before[j]); j--) if (before[j] === '\n') trailingBreaks++;
  const beforeBlank = j < 0;
  const lead = beforeBlank ? '' : eol.repeat(Math.max(0, 2 - trailingBreaks));
  const trail = afterBlank ? eol.repeat(leadingBreaks > 0 ? 0 : 1) : eol.repeat(Math.max(0, 2 - leadingBreaks));
  return { start: at, end: at, newText: lead + block.replace(/\n/g, eol) + trail };
}

/** Edits that change an address everywhere it is written in its link (text and target). */
export function replaceAddress(model: PolicyModel, email: EmailRef, address: string): TextEdit[] {
  const span = email.link ?? email;
  const edits: TextEdit[] = [];
  const written = email.address;
  if (!written) return [{ start: email.start, end: email.end, newText: address }];
  for (
    let at = model.text.indexOf(written, span.start);
    at >= 0 && at + written.length <= span.end;
    at = model.text.indexOf(written, at + written.length)
  ) {
    edits.push({ start: at, end: at + written.length, newText: address });
  }
  return edits.length > 0 ? edits : [{ start: email.start, end: email.end, newText: address }];
}

/** Replaces an address (and its link) with the repository's private reporting link. */
export function useReportingLink(email: EmailRef, options: LintOptions): Fix {
  const link = reportingLink(options);
  const span = email.link ?? email;
  const newText = options.repository && !email.link ? `<${link}>` : `[GitHub private vulnerability reporting](${link})`;
  return { title: 'Use GitHub private vulnerability reporting instead', edits: [{ start: span.start, end: span.end, newText }] };
}
