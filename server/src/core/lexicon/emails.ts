// Finding, validating and classifying e-mail addresses, read by their grammar: a local part of
// RFC 5321 atext (or a quoted string) and, by RFC 6531, letters of any script; a domain of labels
// of letters, digits and hyphens in any script. Punctuation and symbols of every script end an
// address, and so does a change of script inside a word ("请发送至security@acme.dev로"). Candidates
// are found from each '@' outwards with character loops: a long run of letters costs one pass.

import {
  UNSPACED_SCRIPTS,
  domainIssue,
  isIntlLetter,
  isIntlMark,
  isRealTld,
  labelsBeforeSuffix,
  nearestCommonTld,
  publicSuffixOf,
  scriptOf,
} from './domains';

export interface EmailCandidate {
  start: number;
  end: number;
  address: string;
}

const ATEXT_SYMBOLS = "!#$%&'*+-/=?^_`{|}~";

/** RFC 5321 atext in ASCII: letters, digits and the symbols an address may hold. */
function isAsciiAtext(char: string): boolean {
  const code = char.charCodeAt(0);
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (char.length === 1 && ATEXT_SYMBOLS.includes(char))
  );
}

/** The code point that ends just before `i` (a surrogate pair is one character). */
function charBefore(text: string, i: number): string {
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(i - 2, i);
  }
  return text[i - 1]!;
}

/** The code point that starts at `i`. */
function charAt(text: string, i: number): string {
  return String.fromCodePoint(text.codePointAt(i)!);
}

/**
 * Where the local part before the '@' at `at` starts (no further back than `floor`): atext and
 * letters, without crossing into a word of another script, nor into a word of a script written
 * without spaces once an ASCII character has been taken ("请发送至security@" starts at "s").
 */
function localStart(text: string, at: number, floor: number, domainScript: string | undefined): number {
  if (text[at - 1] === '"') return quotedStart(text, at, floor);
  let start = at;
  let script: string | undefined;
  let asciiTaken = false;
  while (start > floor) {
    // Combining marks belong to the letter before them: the letter decides for both.
    let base = start;
    while (base > floor && isIntlMark(charBefore(text, base))) base -= charBefore(text, base).length;
    if (base === floor) break;
    const char = charBefore(text, base);
    const ascii = char === '.' || isAsciiAtext(char);
    if (!ascii && !isIntlLetter(char)) break;
    const group = scriptOf(char);
    if (group && script && group !== script) break;
    // After ASCII ("404@", "123456@"), a letter of another script joins only when the domain is
    // written in that script too (иван1990@почта.рф), and never one of a script without spaces.
    if (!ascii && group && asciiTaken && group !== 'latin' && (UNSPACED_SCRIPTS.has(group) || group !== domainScript)) break;
    if (group) script = group;
    if (ascii && char !== '.') asciiTaken = true;
    start = base - char.length;
  }
  // Prose quotes and dots before an address are not part of it.
  while (start < at && /[.'`{|}]/.test(text[start]!)) start++;
  return start;
}

/** The opening quote of a quoted local part ("john doe"@acme.dev), or `at` when there is none. */
function quotedStart(text: string, at: number, floor: number): number {
  const limit = Math.max(floor, at - 2 - 128);
  for (let i = at - 2; i >= limit; i--) {
    const char = text[i]!;
    if (char === '\n' || char === '\r') return at;
    if (char !== '"') continue;
    let slashes = 0;
    while (i - 1 - slashes >= limit && text[i - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 1) continue;
    // A quote right after a Latin word is prose ("say"@…); after CJK text or a mark it opens the address.
    return i < at - 2 && !/[A-Za-z0-9]/.test(text[i - 1] ?? '') ? i : at;
  }
  return at;
}

/**
 * Where the domain that starts at `from` ends: labels of letters, digits and hyphens, each label
 * in one script ("acme.dev로" ends before "로", "例え.jp" is two labels of two scripts).
 */
function domainEnd(text: string, from: number): number {
  let end = from;
  let script: string | undefined;
  while (end < text.length) {
    const char = charAt(text, end);
    if (char === '.') {
      script = undefined;
      end++;
      continue;
    }
    const ascii = /[A-Za-z0-9-]/.test(char);
    if (!ascii && !isIntlLetter(char)) break;
    const group = scriptOf(char);
    if (group && script && group !== script) break;
    if (group) script = group;
    end += char.length;
    while (end < text.length && isIntlMark(charAt(text, end))) end += charAt(text, end).length;
  }
  // A sentence's period or a dash after the address is not part of it.
  while (end > from && /[.-]/.test(text[end - 1]!)) end--;
  return end;
}

/**
 * The domain without a last label that begins the next sentence: "acme.dev.Thanks" and
 * "acme.dev.请查收" are "acme.dev" when that ends in a real top-level domain and the whole does not.
 */
function withoutNextSentence(domain: string): string {
  const dot = domain.lastIndexOf('.');
  const head = domain.slice(0, dot).replace(/\.+$/, ''); // "acme.dev...我们" ends with an ellipsis
  if (dot < 0 || !head.includes('.')) return domain;
  const last = domain.slice(dot + 1);
  if (isRealTld(last) || !isRealTld(head.slice(head.lastIndexOf('.') + 1))) return domain;
  const capitalised = /^\p{Lu}/u.test(last) && !/\p{Lu}/u.test(head);
  const switched = scriptOf(charAt(last, 0)) !== scriptOf(charBefore(head, head.length));
  return capitalised || switched ? head : domain;
}

/** The script of the first letter beyond ASCII in a word, if any. */
function scriptOfWord(word: string): string | undefined {
  for (const char of word) if (char.charCodeAt(0) > 0x7f && isIntlLetter(char)) return scriptOf(char);
  return undefined;
}

/**
 * Address-like tokens in plain text: `local@domain`, and the broken forms that the invalid-email
 * rule reports (`security@`, `a@@b.com`). Tokens that are not meant as addresses are skipped:
 * `@mentions`, `package@1.2.3`, `icon@2x.png` and `git@host:path`.
 */
export function findEmailCandidates(text: string): EmailCandidate[] {
  const found: EmailCandidate[] = [];
  let at = text.indexOf('@');
  let lastEnd = 0;
  while (at >= 0) {
    let domainStart = at + 1;
    if (text[domainStart] === '@') domainStart++; // a doubled '@' is a slip worth reporting
    let end = domainEnd(text, domainStart);
    const domain = withoutNextSentence(text.slice(domainStart, end));
    end = domainStart + domain.length;
    const start = localStart(text, at, lastEnd, scriptOfWord(domain));
    const local = text.slice(start, at);
    const lastLabel = domain.slice(domain.lastIndexOf('.') + 1);
    const next = text[end];
    const skip =
      local.length === 0 || // @mention, @scope/package
      local.split('{').length !== local.split('}').length || // envoy-{dev,announce}@…: a shorthand for several
      /^\d/.test(lastLabel) || // package@1.2.3, node@20
      (/^\d/.test(domain) && !isRealTld(lastLabel)) || // icon@2x.png
      (/[^ -~]/.test(local) && !domain.includes('.')) || // 感谢@张三: a mention in CJK prose
      (next === ':' && /[\w~/]/.test(text[end + 1] ?? '')) || // git@github.com:owner/repo
      next === '/' || // user@host/path inside a URL
      text.slice(Math.max(0, start - 3), start) === '://'; // user@host credentials in a URL
    if (!skip) found.push({ start, end, address: text.slice(start, end) });
    lastEnd = Math.max(end, at + 1);
    at = text.indexOf('@', lastEnd);
  }
  return found;
}

/** Slips of the keyboard in the domains people type most. */
export const MISSPELT_DOMAINS: Record<string, string> = {
  'gmial.com': 'gmail.com',
  'gmai.com': 'gmail.com',
  'gamil.com': 'gmail.com',
  'gnail.com': 'gmail.com',
  'gmaill.com': 'gmail.com',
  'hotmial.com': 'hotmail.com',
  'hotmai.com': 'hotmail.com',
  'outlok.com': 'outlook.com',
  'yaho.com': 'yahoo.com',
  'yahooo.com': 'yahoo.com',
  'protonmial.com': 'protonmail.com',
};

/** The local part and the domain of an address; a quoted local part may hold '@' and spaces. */
function splitAddress(address: string): { local: string; domain: string; ats: number; quoted: boolean } {
  if (address.startsWith('"')) {
    let close = 1;
    while (close < address.length && address[close] !== '"') close += address[close] === '\\' ? 2 : 1;
    if (close < address.length) {
      const rest = address.slice(close + 1);
      const ats = rest.split('@').length - 1;
      return {
        local: address.slice(0, close + 1),
        domain: rest.slice(rest.indexOf('@') + 1),
        ats: rest.startsWith('@') ? ats : ats + 1,
        quoted: true,
      };
    }
  }
  const at = address.indexOf('@');
  return {
    local: at < 0 ? address : address.slice(0, at),
    domain: at < 0 ? '' : address.slice(at + 1),
    ats: address.split('@').length - 1,
    quoted: false,
  };
}

/** UTF-8 octets of a string (RFC 6531 counts the local part's 64 in octets). */
function octets(text: string): number {
  let n = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    n += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return n;
}

export interface EmailIssue {
  /** syntax: not an address; reserved: a domain kept from the DNS; tld: no such top-level domain; misspelt: a known slip. */
  kind: 'syntax' | 'reserved' | 'tld' | 'misspelt';
  message: string;
}

/** Why an address cannot be delivered, with its kind, or undefined when it looks deliverable. */
export function emailIssue(address: string): EmailIssue | undefined {
  const syntax = (message: string): EmailIssue => ({ kind: 'syntax', message });
  if (address.length === 0) return syntax('the address is empty');
  const { local, domain, ats, quoted } = splitAddress(address);
  if (ats === 0) return syntax('it has no "@"');
  if (ats > 1) return syntax('it has more than one "@"');
  if (!local) return syntax('nothing stands before the "@"');
  if (!domain) return syntax('no domain follows the "@"');
  if (/\s/.test(quoted ? domain : address)) return syntax('it contains white space');
  const stray = [...domain].find((char) => char !== '.' && !/[A-Za-z0-9-]/.test(char) && !isIntlLetter(char) && !isIntlMark(char));
  if (stray) return syntax(`the domain contains "${stray}", which no domain name can hold`);
  if (domain.endsWith('.')) return syntax('the domain ends with a dot');
  if (!domain.includes('.')) return syntax(`the domain "${domain}" has no dot`);
  if (!quoted) {
    if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return syntax('the part before the "@" has a misplaced dot');
    for (const char of /^[\w.+-]+$/.test(local) ? '' : local) {
      if (char === '.' || isAsciiAtext(char) || isIntlLetter(char) || isIntlMark(char)) continue;
      return syntax(`the part before the "@" contains "${char}", which an address cannot hold unquoted`);
    }
  } else if (/\p{Cc}/u.test(local)) return syntax('the quoted part before the "@" holds a control character');
  if (octets(local) > 64) return syntax('the part before the "@" is longer than 64 characters');
  const problem = domainIssue(domain);
  if (problem) return { kind: problem.kind, message: problem.message };
  const misspelt = MISSPELT_DOMAINS[domain.toLowerCase()];
  if (misspelt) return { kind: 'misspelt', message: `"${domain}" looks like a misspelling of "${misspelt}"` };
  return undefined;
}

/** Why an address cannot be delivered, or undefined when it looks deliverable. */
export function emailProblem(address: string): string | undefined {
  return emailIssue(address)?.message;
}

/** Characters a mailto: URI carries as they are in a local part (RFC 6068); the rest is percent-encoded. */
const MAILTO_PLAIN_RE = /[A-Za-z0-9.!$&'*+,;=_~-]/;

/**
 * The mailto: URI of an address (RFC 6068): an internationalized domain in its ASCII form
 * (xn--), and whatever a URI cannot hold in the local part (a quote, a space, a letter beyond
 * ASCII) percent-encoded as UTF-8.
 */
export function mailtoUri(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 0) return `mailto:${address}`;
  let local = '';
  for (const char of address.slice(0, at)) {
    local += MAILTO_PLAIN_RE.test(char)
      ? char
      : encodeURIComponent(char).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  }
  let domain = address.slice(at + 1);
  if (/[^ -~]/.test(domain)) {
    try {
      domain = new URL(`http://${domain}`).hostname;
    } catch {
      domain = encodeURIComponent(domain);
    }
  }
  return `mailto:${local}@${domain}`;
}

/** A character that may begin an address: atext, a letter of any script, or a quote. */
function opensAddress(char: string): boolean {
  return char === '"' || isAsciiAtext(char) || isIntlLetter(char);
}

/**
 * The address meant, when the slip is evident: a doubled @, a trailing dot, spaces, punctuation
 * of any script clinging to either end, a misspelt domain or top-level domain (.con → .com).
 */
export function repairEmail(address: string): string | undefined {
  // Full-width forms come from a CJK input method left in full-width mode: ＠ is @, ． is a dot.
  const halfWidth = address.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  let fixed = halfWidth.replace(/\s+/g, '').replace(/@@+/g, '@');
  let from = 0;
  while (from < fixed.length && !opensAddress(charAt(fixed, from))) from += charAt(fixed, from).length;
  let to = fixed.length;
  while (to > from && !(isIntlLetter(charBefore(fixed, to)) || /[A-Za-z0-9]/.test(charBefore(fixed, to))))
    to -= charBefore(fixed, to).length;
  fixed = fixed.slice(from, to);
  const at = fixed.lastIndexOf('@');
  if (at > 0) {
    const domain = fixed.slice(at + 1).toLowerCase();
    const tld = domain.slice(domain.lastIndexOf('.') + 1);
    const meant = nearestCommonTld(tld);
    const corrected = MISSPELT_DOMAINS[domain] ?? (meant && domain.includes('.') ? `${domain.slice(0, -tld.length)}${meant}` : undefined);
    if (corrected) fixed = `${fixed.slice(0, at + 1)}${corrected}`;
  }
  return fixed !== address && emailProblem(fixed) === undefined ? fixed : undefined;
}

/** Who owns an address, in the words a template puts there: "you", "your-name", "first.last" … */
const STAND_IN_LOCAL_RE =
  /^(?:you|your|me|my|yourname|your[-_.]?(?:name|email|e-mail|mail|address|username|user|login|id)|my[-_.]?(?:name|email|mail|address)|name|username|user|user[-_.]?name|login|email|e-mail|mail|address|someone|somebody|first[-_.]?last|first[-_.]?name[-_.]?last[-_.]?name|firstname|lastname|name[-_.]?surname|john[-_.]?doe|jane[-_.]?doe|jdoe|foo|foobar|nombre|usuario|tu[-_.]?(?:nombre|correo|email)|correo|nom|pr[eé]nom[-_.]?nom|votre[-_.]?(?:nom|email|adresse)|vorname[-_.]?nachname|max[-_.]?mustermann|erika[-_.]?mustermann|ihr[-_.]?name|nome|seu[-_.]?(?:nome|email)|fulano|имя|пользователь|ваш[-_.]?email|用户|用户名|你的邮箱|名前|ユーザー)$/i;

/** A domain label that says "put yours here": your-domain, yourcompany, my-site, tudominio, votre-entreprise … */
const YOUR_THING_LABEL_RE =
  /^(?:your|my|tu|su|votre|ton|ihre?|deine?|seu|sua|vostro|tuo)[-_]?(?:domain|company|project|org|organi[sz]ation|site|website|email|e-mail|mail|app|product|team|host|server|business|name|dominio|empresa|proyecto|sitio|domaine|entreprise|soci[eé]t[eé]|projet|firma|projekt|unternehmen|webseite|seite|projeto|azienda|progetto|sito)s?$/i;

/** Registrable labels that are a stand-in whoever the address names: example.*, domain.*, company.* … */
const STAND_IN_DOMAIN_LABEL_RE = /^(?:example|domain|company|dominio|domaine|empresa|entreprise|firma|домен|компания|域名|公司)$/i;

/** Registrable labels of public mailbox providers: anyone's address may be there. */
const MAILBOX_PROVIDER_RE =
  /^(?:gmail|googlemail|yahoo|outlook|hotmail|live|msn|protonmail|proton|pm|icloud|me|aol|gmx|yandex|mail|qq|163|126|yeah|sina|foxmail|naver|daum|web|zoho|fastmail|tutanota|tuta|posteo|mailbox)$/i;

/** Registrable labels that are a stand-in with a stand-in local part ("email@email.email", "you@mysite.org"). */
const WEAK_DOMAIN_LABEL_RE =
  /^(?:email|e-mail|mail|host|provider|website|site|server|organi[sz]ation|org|business|corp|correo|почта|邮箱)$/i;

/** True for an address at a public mailbox provider (gmail.com, qq.com, outlook.com …), not at a project's own domain. */
export function isMailboxProvider(domain: string): boolean {
  const labels = labelsBeforeSuffix(domain);
  return MAILBOX_PROVIDER_RE.test(labels[labels.length - 1] ?? '');
}

/** True for an address that only stands in for a real one. */
export function isPlaceholderEmail(address: string): boolean {
  const at = address.lastIndexOf('@');
  if (at < 0) return false;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1).toLowerCase();
  const labels = labelsBeforeSuffix(domain);
  const registrable = labels[labels.length - 1];
  if (!registrable) return false;
  if (labels.some((label) => YOUR_THING_LABEL_RE.test(label)) || STAND_IN_DOMAIN_LABEL_RE.test(registrable)) return true;
  // email@, mail@, host@ … at .com, .org, .net or the template's .tld stand in whoever writes.
  if (/^(?:email|mail|host|provider)$/.test(registrable) && /^(?:com|org|net|tld)$/.test(publicSuffixOf(domain) ?? '')) return true;
  return STAND_IN_LOCAL_RE.test(local) && (WEAK_DOMAIN_LABEL_RE.test(registrable) || MAILBOX_PROVIDER_RE.test(registrable));
}

/**
 * Addresses written out to dodge spam bots: `security at python dot org`,
 * `security[at]example.org`, `security (at) example (dot) org`. Group 1 is the local part,
 * group 2 the domain with its spelled-out dots.
 */
export const OBFUSCATED_EMAIL_RE =
  /(?<![\w.+-])([A-Za-z0-9][\w.+-]{0,63})\s{0,3}(?:\\?\[\s{0,2}(?:at|@)\s{0,2}\\?\]|\(\s{0,2}(?:at|@)\s{0,2}\)|\{\s{0,2}(?:at|@)\s{0,2}\}|<at>| at | AT )\s{0,3}([A-Za-z0-9][\w-]{0,62}(?:(?:\s{0,3}(?:\[dot\]|\(dot\)|\{dot\}|<dot>| dot | DOT )\s{0,3}|\.)[A-Za-z0-9][\w-]{0,62}){1,6})/g;

/** The address an obfuscated match stands for, or undefined when it is ordinary prose. */
export function decodeObfuscated(local: string, domain: string, raw: string): string | undefined {
  const decodedDomain = domain.replace(/\s{0,3}(?:\[dot\]|\(dot\)|\{dot\}|<dot>| dot | DOT )\s{0,3}/g, '.');
  const address = `${local}@${decodedDomain}`;
  const tld = decodedDomain.slice(decodedDomain.lastIndexOf('.') + 1);
  // "look at python dot org" is prose unless the dots are spelled out too or the at is bracketed.
  const bracketed = /[[({<]\s{0,2}(?:at|@)/i.test(raw);
  const spelledDot = /\b(?:dot|DOT)\b|\[dot\]|\(dot\)/.test(raw);
  if (!bracketed && !spelledDot) return undefined;
  if (!/^[A-Za-z]{2,24}$/.test(tld)) return undefined;
  return emailProblem(address) === undefined ? address : undefined;
}
