// Finding, validating and classifying e-mail addresses. Candidates are found from each '@'
// outwards with character loops, so a long run of letters costs one pass (no regex backtracking).

const LOCAL_CHAR = /[A-Za-z0-9._%+\-!#$&'*/=?^`{|}~]/;
const DOMAIN_CHAR = /[A-Za-z0-9.\-\u00C0-\uFFFF]/;

export interface EmailCandidate {
  start: number;
  end: number;
  address: string;
}

/**
 * Address-like tokens in plain text: `local@domain`, and the broken forms that the invalid-email
 * rule reports (`security@`, `a@@b.com`). Tokens that are not meant as addresses are skipped:
 * `@mentions`, `package@1.2.3` and `git@host:path`.
 */
export function findEmailCandidates(text: string): EmailCandidate[] {
  const found: EmailCandidate[] = [];
  let at = text.indexOf('@');
  let lastEnd = 0;
  while (at >= 0) {
    let start = at;
    while (start > lastEnd && LOCAL_CHAR.test(text[start - 1]!)) start--;
    // A local part does not start with a dot or a quote character of the surrounding prose.
    while (start < at && /[.'`{|}]/.test(text[start]!)) start++;
    let end = at + 1;
    if (text[end] === '@') end++; // a doubled '@' is a slip worth reporting
    while (end < text.length && DOMAIN_CHAR.test(text[end]!)) end++;
    // Sentence punctuation after an address is not part of it.
    while (end > at + 1 && /[.-]/.test(text[end - 1]!)) end--;
    const local = text.slice(start, at);
    const domain = text.slice(at + 1, end);
    const next = text[end];
    const skip =
      local.length === 0 || // @mention, @scope/package
      /^\d/.test(domain) || // package@1.2.3
      (next === ':' && /[\w~/]/.test(text[end + 1] ?? '')) || // git@github.com:owner/repo
      next === '/' || // user@host/path inside a URL
      text.slice(Math.max(0, start - 3), start) === '://'; // user@host credentials in a URL
    if (!skip) found.push({ start, end, address: text.slice(start, end) });
    lastEnd = Math.max(end, at + 1);
    at = text.indexOf('@', lastEnd);
  }
  return found;
}

const VALID_RE =
  /^[A-Za-z0-9._%+\-!#$&'*/=?^`{|}~]{1,64}@(?:[A-Za-z0-9\u00C0-\uFFFF](?:[A-Za-z0-9\-\u00C0-\uFFFF]{0,61}[A-Za-z0-9\u00C0-\uFFFF])?\.){1,8}[A-Za-z\u00C0-\uFFFF]{2,24}$/;

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
const MISSPELT_TLDS = new Set(['con', 'cmo', 'ocm', 'vom', 'xom', 'comm', 'coom']);

/** The address meant, when the slip is evident: a doubled @, a trailing dot, spaces, a misspelt domain. */
export function repairEmail(address: string): string | undefined {
  let fixed = address.replace(/\s+/g, '').replace(/@@+/g, '@').replace(/\.+$/, '');
  const at = fixed.lastIndexOf('@');
  if (at > 0) {
    const domain = fixed.slice(at + 1).toLowerCase();
    const tld = domain.slice(domain.lastIndexOf('.') + 1);
    const corrected = MISSPELT_DOMAINS[domain] ?? (MISSPELT_TLDS.has(tld) ? `${domain.slice(0, -tld.length)}com` : undefined);
    if (corrected) fixed = `${fixed.slice(0, at + 1)}${corrected}`;
  }
  return fixed !== address && emailProblem(fixed) === undefined ? fixed : undefined;
}

/** Top-level domains that RFC 2606 and RFC 6761 reserve: mail to them is never delivered. */
const RESERVED_TLDS = new Set(['test', 'invalid', 'localhost', 'example', 'local']);

/** Why an address cannot be delivered, or undefined when it looks deliverable. */
export function emailProblem(address: string): string | undefined {
  if (address.length === 0) return 'the address is empty';
  const ats = address.split('@').length - 1;
  if (ats === 0) return 'it has no "@"';
  if (ats > 1) return 'it has more than one "@"';
  const [local, domain] = address.split('@') as [string, string];
  if (!local) return 'nothing stands before the "@"';
  if (!domain) return 'no domain follows the "@"';
  if (/\s/.test(address)) return 'it contains white space';
  if (domain.endsWith('.')) return 'the domain ends with a dot';
  if (!domain.includes('.')) return `the domain "${domain}" has no dot`;
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return 'the part before the "@" has a misplaced dot';
  const tld = domain.slice(domain.lastIndexOf('.') + 1).toLowerCase();
  if (RESERVED_TLDS.has(tld)) return `".${tld}" is a reserved top-level domain that receives no mail`;
  if (!VALID_RE.test(address)) return 'it is not a well-formed address';
  const misspelt = MISSPELT_DOMAINS[domain.toLowerCase()] ?? (MISSPELT_TLDS.has(tld) ? `${domain.slice(0, -tld.length)}com` : undefined);
  if (misspelt) return `"${domain}" looks like a misspelling of "${misspelt}"`;
  return undefined;
}

/** Domains reserved for documentation (RFC 2606), and sub-domains of them. */
const DOC_DOMAIN_RE = /(?:^|\.)example\.(?:com|org|net)$/i;
/** Generic stand-ins: the domain or the local part says "put yours here". */
const STAND_IN_DOMAIN_RE =
  /(?:^|\.)(?:your|my)[-_.]?(?:domain|company|project|org|organi[sz]ation|site|website|email|mail)\.|^(?:domain|company|email|host|provider|mail)\.(?:com|org|net|tld)$/i;
const STAND_IN_LOCAL_RE =
  /^(?:you|your|yourname|your[-_.]?(?:name|email|e-mail|mail|address)|my[-_.]?(?:name|email)|name|user|username|email|e-mail|someone|somebody|first\.?last|firstname\.?lastname|john\.?doe|jane\.?doe)$/i;
const WEAK_DOMAIN_RE = /^(?:email|mail|domain|company|host|provider|example|gmail|yahoo|outlook|hotmail)\.(?:com|org|net|tld)$/i;

/** True for an address that only stands in for a real one. */
export function isPlaceholderEmail(address: string): boolean {
  const at = address.lastIndexOf('@');
  if (at < 0) return false;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (DOC_DOMAIN_RE.test(domain) || STAND_IN_DOMAIN_RE.test(domain)) return true;
  return STAND_IN_LOCAL_RE.test(local) && WEAK_DOMAIN_RE.test(domain);
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
