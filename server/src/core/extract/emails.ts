// Links and text blocks -> e-mail addresses: mailto: links and links to a bare address first,
// then addresses in prose that no link holds, then spelled-out ones (`security at example dot
// org`). What counts as an address is the lexicon's (lexicon/emails.ts); this finds where.

import type { EmailRef, LinkRef, TextBlock } from '../model';
import { decodeObfuscated, findEmailCandidates, OBFUSCATED_EMAIL_RE } from '../lexicon/emails';
import { locate } from '../markdown/inline-text';

/** The addresses of a policy, ordered by where they start. */
export function findEmails(text: string, links: LinkRef[], blocks: TextBlock[]): EmailRef[] {
  const emails = emailsOfLinks(text, links);
  const outsideLinks = new LinkCursor(links);
  for (const block of blocks) {
    if (block.text.includes('@')) addEmailsInProse(block, outsideLinks, emails);
    findObfuscated(block, emails);
  }
  return emails.sort((a, b) => a.start - b.start);
}

/** Addresses that links point to: `mailto:a@b` or just `a@b`; start/end select the address. */
export function emailsOfLinks(text: string, links: LinkRef[]): EmailRef[] {
  const emails: EmailRef[] = [];
  for (const link of links) {
    const bare = !/^[a-z][a-z0-9+.-]*:/i.test(link.url) && /^[^\s/@]+@[^\s/@]+$/.test(link.url);
    if (!/^mailto:/i.test(link.url) && !bare) continue;
    let address = bare ? link.url : link.url.slice(7).split('?')[0]!;
    try {
      address = decodeURIComponent(address).trim();
    } catch {
      // keep the raw text: a broken escape is itself worth reporting
    }
    const [start, end] = address ? locate(address, text, link.start, link.end) : [link.start, link.start];
    const found = end > start;
    emails.push({
      address,
      source: bare ? 'bare-link' : 'mailto',
      start: found ? start : link.start,
      end: found ? end : link.end,
      linkText: link.text,
      link: { start: link.start, end: link.end },
      ...(link.block ? { block: link.block } : {}),
    });
  }
  return emails;
}

/** Whether offsets fall inside a link; asked in increasing order, so one pointer walks the links. */
export class LinkCursor {
  private readonly spans: LinkRef[];
  private at = 0;

  constructor(links: LinkRef[]) {
    this.spans = [...links].sort((a, b) => a.start - b.start);
  }

  covers(offset: number): boolean {
    const { spans } = this;
    while (this.at < spans.length && spans[this.at]!.end <= offset) this.at++;
    for (let k = this.at; k < spans.length && spans[k]!.start <= offset; k++) if (offset < spans[k]!.end) return true;
    return false;
  }
}

/** Adds the addresses written in a block's text, less those inside links (counted with their links). */
function addEmailsInProse(block: TextBlock, links: LinkCursor, emails: EmailRef[]): void {
  for (const c of findEmailCandidates(block.text)) {
    const start = block.offsets[c.start]!;
    if (links.covers(start)) continue;
    emails.push({ address: c.address, source: 'text', start, end: block.offsets[c.end - 1]! + 1, block });
  }
}

/** Adds the spelled-out addresses of a block that no address found so far covers. */
function findObfuscated(block: TextBlock, emails: EmailRef[]): void {
  if (!/\bat\b|\bAT\b|\[at\]|\(at\)|\[@\]|\(@\)/i.test(block.text)) return;
  for (const m of block.text.matchAll(OBFUSCATED_EMAIL_RE)) {
    const address = decodeObfuscated(m[1]!, m[2]!, m[0]);
    if (!address) continue;
    const start = block.offsets[m.index!]!;
    if (emails.some((e) => e.start <= start && start < e.end)) continue;
    emails.push({ address, source: 'obfuscated', start, end: block.offsets[m.index! + m[0].length - 1]! + 1, block });
  }
}
