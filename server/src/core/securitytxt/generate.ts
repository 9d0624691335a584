// The RFC 9116 security.txt that a policy implies.

import type { PolicyModel } from '../model';
import { privateChannels } from '../contacts';
import { PRODUCT } from '../meta';
import { isKeyUrl, parseUrl } from '../lexicon/channels';
import { statedLanguages } from '../lexicon/languages';

const HTTPS_RE = /^https:\/\//i;
const ACKNOWLEDGMENTS_RE = /hall of fame|wall of fame|acknowledg|thanks|credits|hall-of-fame/i;
const HIRING_RE = /\bhiring\b|\bjobs?\b|\bcareers?\b|join (?:us|our team)/i;
/** A 40-digit OpenPGP v4 fingerprint, in groups or not. */
const FINGERPRINT_RE = /(?<![0-9A-Fa-f])((?:[0-9A-Fa-f]{4}[ \t]{0,2}){9}[0-9A-Fa-f]{4})(?![0-9A-Fa-f])/;

/** The first https link that `test` accepts (by its text, its URL, or its section's title). */
function firstLink(model: PolicyModel, test: (words: string, url: string) => boolean): string | undefined {
  for (const link of model.links) {
    if (!HTTPS_RE.test(link.url)) continue;
    const title = model.sections[link.section]?.title ?? '';
    if (test(`${link.text} ${title}`, link.url)) return link.url;
  }
  return undefined;
}

/** Phone numbers given for reports ("Phone: +1 555 0100"), as tel: URIs (RFC 3966). */
const PHONE_RE =
  /\b(?:phone|telephone|tel|call us|hotline|telefon|téléphone|teléfono|telefone|电话|電話|전화|телефон)\b[^0-9+\n]{0,20}(\+\d[\d ().-]{5,20}\d)/giu;

function phones(model: PolicyModel): { uri: string; start: number }[] {
  const out: { uri: string; start: number }[] = [];
  for (const sentence of model.sentences) {
    for (const m of sentence.text.matchAll(PHONE_RE)) {
      const at = sentence.from + m.index! + m[0].indexOf(m[1]!);
      out.push({ uri: `tel:${m[1]!.replace(/[ ().-]/g, '')}`, start: sentence.block.offsets[at]! });
    }
  }
  return out;
}

function encryption(model: PolicyModel): string | undefined {
  const key = firstLink(
    model,
    (words, url) => isKeyUrl(url) || /\b(?:pgp|gpg) key\b|public key|encryption key/i.test(words.split(' ').slice(0, 8).join(' ')),
  );
  if (key) return key;
  for (const sentence of model.sentences) {
    if (!/fingerprint|fingerabdruck|empreinte|huella|impressão digital|指纹|フィンガープリント|지문|отпечат/i.test(sentence.text)) continue;
    const m = FINGERPRINT_RE.exec(sentence.text);
    if (m) return `openpgp4fpr:${m[1]!.replace(/\s/g, '').toLowerCase()}`;
  }
  return undefined;
}

export interface GenerateOptions {
  now?: Date;
  /** Days from now until Expires; RFC 9116 recommends less than a year, so more is capped at 365. */
  expiresInDays?: number;
  /** The web address of the policy (Policy field). */
  policyUrl?: string;
  /** Where the security.txt will be served (Canonical field). */
  canonicalUrl?: string;
  /** GitHub owner/name: completes relative advisory links and gives a Policy URL. */
  repository?: string;
  /** Name of the policy file, for the header comment. */
  sourceName?: string;
  /** The https URL of the provider's CSAF provider-metadata.json (CSAF field). */
  csafUrl?: string;
}

/** Platforms whose programs pay bounties; a program page there means the policy has a bounty. */
const BOUNTY_PLATFORMS =
  /(?:^|\.)(?:hackerone\.com|bugcrowd\.com|intigriti\.com|yeswehack\.com|immunefi\.com|hackenproof\.com|huntr\.com|huntr\.dev)$/;

/** "Bounty" is the word in most languages' security writing too (Bug-Bounty-Programm, バグバウンティ). */
const BOUNTY_WORD_RE = /bounty|バウンティ|바운티|баунти|赏金|賞金/i;

/**
 * Whether the policy sends reports to a bug bounty program: a program page on a platform that
 * pays bounties, in a policy that speaks of a bounty (the same platforms host programs that do
 * not pay). Prose alone is not trusted: policies mention bounties as often to say they have none.
 */
function hasBountyProgram(model: PolicyModel, channels: { kind: string; uri: string }[]): boolean {
  const onPlatform = channels.filter((c) => c.kind === 'platform' && BOUNTY_PLATFORMS.test(parseUrl(c.uri)?.host ?? ''));
  return onPlatform.length > 0 && (BOUNTY_WORD_RE.test(model.text) || onPlatform.some((c) => BOUNTY_WORD_RE.test(c.uri)));
}

/** A CSAF value per CSAF 2.0 requirement 8: an https URL of a provider-metadata.json. */
function csafValue(url: string, notes: string[]): string | undefined {
  const parsed = parseUrl(url);
  if (parsed?.scheme === 'https' && /\/provider-metadata\.json$/i.test(parsed.path.replace(/[?#].*$/, ''))) return url;
  notes.push(`No CSAF field: "${url}" is not an https URL of a provider-metadata.json (CSAF 2.0, requirement 8).`);
  return undefined;
}

export interface SecurityTxtField {
  name: string;
  value: string;
}

export interface SecurityTxt {
  /** The file, or undefined when the policy gives nothing to put in it (see reason). */
  text?: string;
  fields: SecurityTxtField[];
  /** Why no file could be made. */
  reason?: string;
  notes: string[];
}

export const DEFAULT_EXPIRES_DAYS = 365;

export function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function generateSecurityTxt(model: PolicyModel, options: GenerateOptions = {}): SecurityTxt {
  const now = options.now ?? new Date();
  const notes: string[] = [];
  const channels = privateChannels(model, options.repository).filter((c) => /^(?:mailto:|https?:\/\/|tel:)/i.test(c.uri));
  // Addresses for sales or general questions only count when nothing else is offered.
  const security = [...channels.filter((c) => !c.general), ...phones(model)].sort((a, b) => a.start - b.start);
  const chosen = security.length > 0 ? security : channels;
  const contacts: string[] = [];
  for (const c of chosen) {
    let uri = c.uri;
    // RFC 9116 requires https for web URIs; the policy's http link gets upgraded, with a note.
    if (/^http:\/\//i.test(uri)) {
      uri = `https://${uri.slice(7)}`;
      notes.push(`The policy links ${c.uri} over http; the Contact uses ${uri}. Check that it works and fix the link in the policy.`);
    }
    if (!contacts.some((u) => u.toLowerCase() === uri.toLowerCase())) contacts.push(uri);
  }
  if (contacts.length === 0) {
    return {
      fields: [],
      notes,
      reason:
        'The policy names no private reporting channel (a valid e-mail address or an https link to a reporting form), so there is no Contact for a security.txt.',
    };
  }

  let days = options.expiresInDays ?? DEFAULT_EXPIRES_DAYS;
  if (!Number.isFinite(days) || days < 1) days = DEFAULT_EXPIRES_DAYS;
  if (days > DEFAULT_EXPIRES_DAYS) {
    notes.push(`Expires was capped at ${DEFAULT_EXPIRES_DAYS} days: RFC 9116 advises less than a year.`);
    days = DEFAULT_EXPIRES_DAYS;
  }
  const expires = new Date(now.getTime() + Math.round(days) * 86_400_000);

  const fields: SecurityTxtField[] = contacts.map((value) => ({ name: 'Contact', value }));
  fields.push({ name: 'Expires', value: rfc3339(expires) });
  const key = encryption(model);
  if (key) fields.push({ name: 'Encryption', value: key });
  const thanks = firstLink(model, (words) => ACKNOWLEDGMENTS_RE.test(words));
  if (thanks) fields.push({ name: 'Acknowledgments', value: thanks });
  const stated = statedLanguages(model.sentences.map((s) => s.text));
  fields.push({ name: 'Preferred-Languages', value: (stated.length > 0 ? stated : [model.language]).join(', ') });
  if (options.canonicalUrl) fields.push({ name: 'Canonical', value: options.canonicalUrl });
  const policy = options.policyUrl ?? (options.repository ? `https://github.com/${options.repository}/security/policy` : undefined);
  if (policy) fields.push({ name: 'Policy', value: policy });
  const hiring = firstLink(model, (words, url) => HIRING_RE.test(words) || /\/(?:jobs|careers)\b/i.test(url));
  if (hiring) fields.push({ name: 'Hiring', value: hiring });
  const csaf = options.csafUrl ? csafValue(options.csafUrl, notes) : undefined;
  if (csaf) fields.push({ name: 'CSAF', value: csaf });
  if (hasBountyProgram(model, channels)) fields.push({ name: 'Bug-Bounty', value: 'True' });

  const header = `# Generated by ${PRODUCT} from ${options.sourceName ?? 'SECURITY.md'} on ${rfc3339(now)}`;
  const text = [header, ...fields.map((f) => `${f.name}: ${f.value}`)].join('\n') + '\n';
  return { text, fields, notes };
}
