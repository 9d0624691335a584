// Which links are private ways to report a vulnerability.

/** Bug bounty and disclosure platforms that take private reports. */
const PLATFORM_HOSTS = [
  'hackerone.com',
  'bugcrowd.com',
  'huntr.com',
  'huntr.dev',
  'intigriti.com',
  'app.intigriti.com',
  'yeswehack.com',
  'tidelift.com',
  'openbugbounty.org',
  'zerodayinitiative.com',
  'immunefi.com',
  'hackenproof.com',
  'msrc.microsoft.com',
  'bughunters.google.com',
  'g.co',
  'security.snyk.io',
];

/** Hosts of reference material, never a reporting channel of the project itself. */
const REFERENCE_HOSTS =
  /(?:^|\.)(?:docs\.github\.com|help\.github\.com|github\.blog|owasp\.org|cve\.org|cve\.mitre\.org|mitre\.org|first\.org|cisa\.gov|nvd\.nist\.gov|nist\.gov|wikipedia\.org|rfc-editor\.org|ietf\.org|securitytxt\.org|openssf\.org|bestpractices\.dev|semver\.org|keepachangelog\.com|shields\.io|img\.shields\.io|contributor-covenant\.org|opensource\.guide|creativecommons\.org|stackoverflow\.com|stackexchange\.com)$/i;

export interface ParsedUrl {
  scheme: string;
  host: string;
  path: string;
}

export function parseUrl(url: string): ParsedUrl | undefined {
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#\s]*)([^\s]*)$/i.exec(url.trim());
  if (!m) return undefined;
  const host = m[2]!
    .replace(/^[^@]*@/, '')
    .replace(/:\d+$/, '')
    .toLowerCase();
  return { scheme: m[1]!.toLowerCase(), host, path: m[3] ?? '' };
}

/** GitHub's private vulnerability reporting form of a repository: .../security/advisories/new */
export const GITHUB_ADVISORY_FORM_RE = /^https?:\/\/github\.com\/[\w.-]+\/[\w.-]+\/security\/advisories\/new\/?(?:[?#].*)?$/i;

/** A relative link to the advisory form, as written in a repository's own SECURITY.md. */
export const RELATIVE_ADVISORY_FORM_RE = /^(?:\.\.\/)+security\/advisories\/new\/?$/i;

/** A link to a PGP key: an encryption key is not a place to send a report. */
export function isKeyUrl(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (/(?:^|\.)(?:keys\.openpgp\.org|keyserver\.ubuntu\.com|pgp\.mit\.edu|keybase\.io)$/.test(parsed.host)) return true;
  return (
    /\.(?:asc|gpg|pgp|pub)(?:[?#].*)?$/i.test(parsed.path) ||
    /(?:^|[/_.-])(?:pgp|gpg|openpgp|pubkey|public[-_]?key)(?:[/_.-]|$)/i.test(parsed.path)
  );
}

export type ChannelKind = 'github-advisory' | 'platform' | 'form' | 'security-page';

/** What kind of private reporting channel a link is, or undefined when it is none. */
export function channelKind(url: string, text: string): ChannelKind | undefined {
  if (GITHUB_ADVISORY_FORM_RE.test(url)) return 'github-advisory';
  if (isKeyUrl(url)) return undefined;
  const parsed = parseUrl(url);
  if (!parsed || (parsed.scheme !== 'https' && parsed.scheme !== 'http')) return undefined;
  const { host, path } = parsed;
  if (PLATFORM_HOSTS.some((h) => host === h || host.endsWith(`.${h}`))) return 'platform';
  if (/^(?:forms\.gle|docs\.google\.com\/forms|forms\.office\.com)/.test(host + path)) return 'form';
  if (REFERENCE_HOSTS.test(host)) return undefined;
  if (host === 'github.com' || host.endsWith('.github.com')) {
    // Issues, discussions and pull requests are public; a policy page is not a channel.
    return /\/security\/advisories\/new/i.test(path) ? 'github-advisory' : undefined;
  }
  // Pages that thank researchers or list past advisories are not where reports go.
  if (/hall[-_]?of[-_]?fame|thanks|acknowledg|credits|researchers|advisories\/?$/i.test(path)) return undefined;
  // A project's own security page (https://example.org/security) or a reporting form.
  if (/^security\.|^psirt\./.test(host) || /(?:^|\/)(?:security|psirt|whitehat|bug-?bounty|vdp|cvd)(?:[./#?-]|$)/i.test(path))
    return 'security-page';
  const words = `${host}${path} ${text}`.toLowerCase();
  const reportWord = /report|melden|signal|reportar|relatar|disclos|bug-?bounty|\bvdp\b|\bcvd\b|psirt|\bcert\b/;
  const securityWord =
    /secur|sicherheit|sécurité|seguridad|segurança|kwetsbaar|vulnerab|vulnérab|schwachstelle|psirt|disclos|bounty|cert|\bcvd\b/;
  if (reportWord.test(words) && securityWord.test(words)) return 'security-page';
  return undefined;
}
