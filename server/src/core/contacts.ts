// The private reporting channels of a policy, in document order. Shared by no-contact and the
// security.txt generator so that both agree on what counts.

import type { PolicyModel, Span, EmailRef, LinkRef } from './model';
import { positionAt } from './positions';
import { grammarFor } from './language/grammar';
import { emailProblem, findEmailCandidates, isPlaceholderEmail, mailtoUri } from './lexicon/emails';
import {
  channelKind,
  GITHUB_SECURITY_PAGE_RE,
  platformMentions,
  publicPlaceIn,
  RELATIVE_ADVISORY_FORM_RE,
  RELATIVE_SECURITY_PAGE_RE,
  urlInProse,
  type ChannelKind,
} from './lexicon/channels';

export interface Channel extends Span {
  kind: 'email' | ChannelKind;
  /** mailto:addr or an absolute URL; a relative advisory link becomes absolute when the repository is known. */
  uri: string;
  /** True when the surrounding text says it is for something other than security (sales, support). */
  general: boolean;
}

export function usableEmail(email: EmailRef): boolean {
  return emailProblem(email.address) === undefined && !isPlaceholderEmail(email.address);
}

/** Context that marks an address as not meant for vulnerability reports. */
const GENERAL_CONTEXT_RE =
  /\b(?:general|sales|support and questions|other (?:inquiries|questions)|non-security|code of conduct|conduct)\b/i;
const GENERAL_LOCAL_RE = /^(?:sales|conduct|marketing|press|careers|jobs|billing|hello|info|support|feedback|legal|privacy)$/i;

/** The channels of each model as the rules ask for them (no repository given): two rules do, in every lint. */
const RULE_CHANNELS = new WeakMap<PolicyModel, readonly Channel[]>();

export function privateChannels(model: PolicyModel, repository?: string): readonly Channel[] {
  if (repository !== undefined) return channelsOf(model, repository);
  let channels = RULE_CHANNELS.get(model);
  if (!channels) RULE_CHANNELS.set(model, (channels = channelsOf(model)));
  return channels;
}

function channelsOf(model: PolicyModel, repository?: string): Channel[] {
  const channels: Channel[] = [];
  // Whether a line speaks of general questions, once per line: a line may hold many addresses.
  const generalLines = new Map<number, boolean>();
  const generalLine = (offset: number): boolean => {
    const { line } = positionAt(model.lineStarts, offset);
    let general = generalLines.get(line);
    if (general === undefined) generalLines.set(line, (general = GENERAL_CONTEXT_RE.test(lineContext(model, line))));
    return general;
  };
  for (const email of model.emails) {
    if (!usableEmail(email)) continue;
    const local = email.address.slice(0, email.address.indexOf('@'));
    // The address's own line, and a label line before it ("For sales questions:").
    const general = GENERAL_LOCAL_RE.test(local) || generalLine(email.start);
    channels.push({ kind: 'email', uri: mailtoUri(email.address), general, start: email.start, end: email.end });
  }
  // An address set in a code block ("    security@acme.dev") or an HTML block is one a reporter can use too; the
  // rules that judge how an address is written leave code alone, so it is looked for here only.
  for (const raw of model.rawBlocks) {
    const text = model.text.slice(raw.start, raw.end);
    if (!text.includes('@')) continue;
    for (const { address, start, end } of findEmailCandidates(text)) {
      if (emailProblem(address) !== undefined || isPlaceholderEmail(address)) continue;
      // An HTML comment is a raw block too, but GitHub does not show it.
      if (model.comments.some((c) => c.start <= raw.start + start && raw.start + end <= c.end)) continue;
      const uri = mailtoUri(address);
      if (channels.some((c) => c.uri === uri)) continue;
      const local = address.slice(0, address.indexOf('@'));
      const general = GENERAL_LOCAL_RE.test(local) || generalLine(raw.start + start);
      channels.push({ kind: 'email', uri, general, start: raw.start + start, end: raw.start + end });
    }
  }
  for (const link of model.links) {
    if (/^mailto:/i.test(link.url)) continue;
    if (RELATIVE_ADVISORY_FORM_RE.test(link.url)) {
      const uri = repository ? `https://github.com/${repository}/security/advisories/new` : link.url;
      channels.push({ kind: 'github-advisory', uri, general: false, start: link.start, end: link.end });
      continue;
    }
    const url = urlInProse(link.url);
    const kind = channelKind(url, link.text);
    if (kind) channels.push({ kind, uri: url, general: false, start: link.start, end: link.end });
    else {
      const page = securityPageChannel(model, link, repository);
      if (page) channels.push(page);
    }
  }
  // A platform's program page named in prose without a scheme ("hackerone.com/acme"), unless a link holds it.
  const mentions: Channel[] = [];
  for (const block of model.blocks) {
    for (const mention of platformMentions(block.text)) {
      const start = block.offsets[mention.start]!;
      mentions.push({ kind: 'platform', uri: mention.url, general: false, start, end: block.offsets[mention.end - 1]! + 1 });
    }
  }
  if (mentions.length > 0) {
    const links = [...model.links].sort((a, b) => a.start - b.start);
    let next = 0;
    let reach = -1; // the furthest end of the links that start at or before the mention
    for (const mention of mentions.sort((a, b) => a.start - b.start)) {
      while (next < links.length && links[next]!.start <= mention.start) reach = Math.max(reach, links[next++]!.end);
      if (mention.start >= reach) channels.push(mention);
    }
  }
  return channels.sort((a, b) => a.start - b.start);
}

/**
 * GitHub's private vulnerability reporting named in a policy of any language: the feature, or the
 * button on the advisories page, quoted or set in its own capitals ("Click Report a vulnerability";
 * "To report a vulnerability, ..." is no button).
 */
const PRIVATE_REPORTING_RE = /private vulnerability reporting|["'“”‘’«»„`「『]report a vulnerability\b/i;
const REPORT_BUTTON_RE = /(?<=[\p{L}\p{M}\p{S},:]\s)Report a vulnerability\b/u;

/** Whether a text asks for a private report: it names GitHub's private reporting or says "privately" in its language. */
function saysPrivate(model: PolicyModel, text: string): boolean {
  return PRIVATE_REPORTING_RE.test(text) || REPORT_BUTTON_RE.test(text) || grammarFor(model, text).has('privately', text);
}

/** A turn away from what follows: "instead of opening an issue", "rather than", "avoid". */
const AWAY_RE = /\b(?:instead of|rather than|avoid)\b/i;

/**
 * Whether a sentence forbids the public place it names at `place` rather than sending the reader
 * there: a negation before it ("do not open a public issue"), or a prohibition in its clause,
 * which follows the place where the verb comes last ("공개 이슈로 보고하지 말아 주세요"). A "don't"
 * after the place, in another clause, is about something else.
 */
export function forbidsPublicPlace(model: PolicyModel, sentence: string, place: number): boolean {
  const before = sentence.slice(0, place);
  const grammar = grammarFor(model, sentence);
  return AWAY_RE.test(before) || grammar.has('negation', before) || grammar.has('prohibition', grammar.clauseAt(sentence, place));
}

/** Whether a sentence sends the reader to a public tracker ("open an issue"), not forbids it ("do not open an issue"). */
function sendsToPublicPlace(model: PolicyModel, sentence: string): boolean {
  const place = publicPlaceIn(sentence);
  return place >= 0 && !forbidsPublicPlace(model, sentence, place);
}

/**
 * A link to the repository's Security tab or advisories page as a private reporting channel: the
 * page holds GitHub's "Report a vulnerability" button, and counts when the prose around the link
 * asks for a private report there. That prose is the link's sentence, else (unless that sentence
 * sends reporters to a public issue) its block, the lead-ins of its list and the other paragraphs
 * and list items of its section; a heading ("Reporting a Vulnerability") says nothing of how. A
 * link to published advisories with no such words is none. The uri is the repository's form when
 * the repository is known and the link is its own (relative, or to the same repository).
 */
function securityPageChannel(model: PolicyModel, link: LinkRef, repository?: string): Channel | undefined {
  const relative = RELATIVE_SECURITY_PAGE_RE.test(link.url);
  const url = relative ? link.url : urlInProse(link.url);
  const absolute = relative ? undefined : GITHUB_SECURITY_PAGE_RE.exec(url);
  if (!relative && !absolute) return undefined;
  const block = link.block;
  const sentence = block && model.sentences.find((s) => s.block === block && link.start >= s.start && link.start < s.end);
  if (!sentence || !saysPrivate(model, sentence.text)) {
    if (sentence && sendsToPublicPlace(model, sentence.text)) return undefined;
    const around: string[] = [];
    for (let lead = block?.leadIn; lead; lead = lead.leadIn) around.push(lead.text);
    for (const b of model.blocks) if (b.section === link.section && b.type !== 'heading') around.push(b.text);
    if (!around.some((text) => saysPrivate(model, text))) return undefined;
  }
  const own = relative || (repository !== undefined && `${absolute![1]}/${absolute![2]}`.toLowerCase() === repository.toLowerCase());
  const uri = repository && own ? `https://github.com/${repository}/security/advisories/new` : url;
  return { kind: 'github-advisory', uri, general: false, start: link.start, end: link.end };
}

/** A line, plus the line before it when that one introduces it with a colon. */
function lineContext(model: PolicyModel, line: number): string {
  const starts = model.lineStarts;
  const text = model.text.slice(starts[line], starts[line + 1] ?? model.text.length);
  const before = line > 0 ? model.text.slice(starts[line - 1], starts[line]).trim() : '';
  return /:\**$/.test(before) ? `${before} ${text}` : text;
}
