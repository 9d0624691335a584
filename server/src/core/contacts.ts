// The private reporting channels of a policy, in document order. Shared by no-contact and the
// security.txt generator so that both agree on what counts.

import type { PolicyModel, Span, EmailRef } from './model';
import { positionAt } from './positions';
import { emailProblem, findEmailCandidates, isPlaceholderEmail, mailtoUri } from './lexicon/emails';
import { channelKind, platformMentions, RELATIVE_ADVISORY_FORM_RE, urlInProse, type ChannelKind } from './lexicon/channels';

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
  // An address set in a code block ("    security@acme.dev") is one a reporter can use too; the
  // rules that judge how an address is written leave code alone, so it is looked for here only.
  for (const raw of model.rawBlocks) {
    const text = model.text.slice(raw.start, raw.end);
    if (!text.includes('@')) continue;
    for (const { address, start, end } of findEmailCandidates(text)) {
      if (emailProblem(address) !== undefined || isPlaceholderEmail(address)) continue;
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

/** A line, plus the line before it when that one introduces it with a colon. */
function lineContext(model: PolicyModel, line: number): string {
  const starts = model.lineStarts;
  const text = model.text.slice(starts[line], starts[line + 1] ?? model.text.length);
  const before = line > 0 ? model.text.slice(starts[line - 1], starts[line]).trim() : '';
  return /:\**$/.test(before) ? `${before} ${text}` : text;
}
