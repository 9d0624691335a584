// Which links are private ways to report a vulnerability.

/** Pages of a platform site that are no program's: its marketing, documentation and listings. */
const SITE_PAGES =
  /^(?:blogs?|news|newsroom|docs?|documentation|help|support|kb|faq|resources|about|company|companies|careers|jobs|press|legal|terms|privacy|polic(?:y|ies)|pricing|products?|solutions|platform|services|customers|partners|contact|events|webinars|podcasts?|login|sign[-_]?in|sign[-_]?up|register|users?|hackers|researchers?|leaderboard|hacktivity|directory|programs|engagements|explore|learn|academy|status|api|search|opportunities|reports|organizations|settings|hacker101|glossary|vrt|vulnerability-rating-taxonomy|disclosure-guidelines|why-[\w-]+|for-[\w-]+)$/;

/** Pages of a program that are not where reports go: its thanks, its statistics, a disclosed report. */
const PROGRAM_SIDE_PAGES =
  /^(?:thanks|hall[-_]?of[-_]?fame|hacktivity|updates|settings|users|members|leaderboard|statistics|activity|credits|swag)$/;

/** A program's page at the first path segment (hackerone.com/acme), unless the site uses that segment itself. */
function handleAtFirst(segments: string[]): boolean {
  const [handle, next, third] = segments;
  if (!handle || SITE_PAGES.test(handle)) return false;
  if (next === 'reports' && third && /^\d+$/.test(third)) return false;
  return !next || !PROGRAM_SIDE_PAGES.test(next);
}

/** A program's page under a listing segment (yeswehack.com/programs/acme). */
function under(...listings: string[]): (segments: string[]) => boolean {
  return (segments) => {
    const i = segments.findIndex((s) => listings.includes(s));
    return i >= 0 && i <= 1 && !!segments[i + 1] && !PROGRAM_SIDE_PAGES.test(segments[i + 2] ?? '');
  };
}

interface Platform {
  /** The platform's domain; its other sub-domains (docs., blog., support.) are reference pages. */
  domain: string;
  /** Sub-domains that serve program pages too. */
  apps: string[];
  /** Whether the path (lower-cased segments) is a program's page or its report form. */
  program: (segments: string[]) => boolean;
}

/** Bug bounty and disclosure platforms, and the pages on them that are a program's way to report. */
const PLATFORMS: Platform[] = [
  { domain: 'hackerone.com', apps: ['www'], program: handleAtFirst },
  {
    domain: 'bugcrowd.com',
    apps: ['www'],
    program: (s) => (s[0] === 'engagements' ? !!s[1] : handleAtFirst(s)),
  },
  { domain: 'intigriti.com', apps: ['www', 'app'], program: under('programs') },
  { domain: 'yeswehack.com', apps: ['www'], program: under('programs') },
  { domain: 'immunefi.com', apps: ['www'], program: under('bounty', 'bug-bounty', 'boost', 'audit-competition') },
  {
    domain: 'hackenproof.com',
    apps: ['www'],
    program: (s) => under('programs')(s) || (s.length >= 2 && handleAtFirst(s)),
  },
  { domain: 'openbugbounty.org', apps: ['www'], program: under('bugbounty') },
  ...['huntr.com', 'huntr.dev'].map((domain) => ({
    domain,
    apps: ['www'],
    program: (s: string[]) => (s[0] === 'repos' && !!s[2]) || (s[0] === 'bounties' && s[1] === 'disclose'),
  })),
  { domain: 'federacy.com', apps: ['www', 'app'], program: handleAtFirst },
  { domain: 'cobalt.io', apps: ['www', 'app'], program: handleAtFirst },
  { domain: 'synack.com', apps: ['www'], program: (s) => s[0] === 'vdp' || s.includes('vulnerability-disclosure') },
  { domain: 'zerodayinitiative.com', apps: ['www'], program: (s) => s[0] === 'portal' },
  { domain: 'tidelift.com', apps: ['www'], program: (s) => s[0] === 'security' && !s[1] },
  { domain: 'msrc.microsoft.com', apps: [], program: (s) => s[0] === 'create-report' || s[0] === 'report' },
  { domain: 'bughunters.google.com', apps: [], program: (s) => s[0] === 'report' },
  { domain: 'g.co', apps: [], program: (s) => s[0] === 'vulnz' },
  { domain: 'kb.cert.org', apps: ['www'], program: (s) => s[0] === 'vince' || (s[0] === 'vuls' && s[1] === 'report') },
  { domain: 'security.snyk.io', apps: [], program: () => false },
];

/**
 * Whether a link on a bug bounty or disclosure platform is a program's page (true), one of the
 * platform's own pages (false), or on no platform at all (undefined).
 */
export function platformProgram(host: string, path: string): boolean | undefined {
  const platform = PLATFORMS.find((p) => host === p.domain || host.endsWith(`.${p.domain}`));
  if (!platform) return undefined;
  const sub = host === platform.domain ? '' : host.slice(0, -platform.domain.length - 1);
  if (sub && !platform.apps.includes(sub)) return false;
  const segments = path
    .replace(/[?#].*$/, '')
    .toLowerCase()
    .split('/')
    .filter((segment) => segment !== '');
  return platform.program(segments);
}

/** The platforms' domains, for finding program addresses written without a scheme. */
export const PLATFORM_DOMAINS = PLATFORMS.map((p) => p.domain);

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

/**
 * A repository's Security tab or its advisories page (https://github.com/OWNER/REPO/security,
 * .../security/advisories): GitHub's "Report a vulnerability" button there opens the private
 * reporting form. Not one advisory (.../advisories/GHSA-...) nor the policy (.../security/policy).
 */
export const GITHUB_SECURITY_PAGE_RE = /^https?:\/\/(?:www\.)?github\.com\/([\w.-]+)\/([\w.-]+)\/security(?:\/advisories)?\/?(?:[?#].*)?$/i;

/** The same pages, linked relatively from the repository's own SECURITY.md. */
export const RELATIVE_SECURITY_PAGE_RE = /^(?:\.\.\/)+security(?:\/advisories)?\/?(?:[?#].*)?$/i;

/** A public tracker: issues, discussions, forums, or a link to them. */
const PUBLIC_PLACE_RE =
  /\b(?:issue|bug) tracker\b|\b(?:github|gitlab|public) (?:issues?|discussions?)\b|\bissues? (?:page|tab|section|list|board)\b|\b(?:open|create|file|submit|raise|post|log)(?:ing)? (?:an? |new |public |github )*issue\b|\bnew issue\b|\bdiscussions? (?:tab|page|forum|board)\b|\bpublic (?:forum|channel|chat)\b|イシュー|イッシュー|议题|이슈|трекер/i;
/** "Issues" with a capital I names the repository's Issues tab; "security issues" is a problem. */
const ISSUES_TAB_RE = /(?<![\w-])Issues\b/;

/** Where a text first names a public tracker (an issue tracker, public issues, the Issues tab), or -1. */
export function publicPlaceIn(text: string): number {
  const places = [text.search(PUBLIC_PLACE_RE), text.search(ISSUES_TAB_RE)].filter((i) => i >= 0);
  return places.length > 0 ? Math.min(...places) : -1;
}

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
  const program = platformProgram(host, path);
  // A platform's blog, documentation or home page is reference, whatever words it has.
  if (program !== undefined) return program ? 'platform' : undefined;
  if (/^(?:forms\.gle|docs\.google\.com\/forms|forms\.office\.com)/.test(host + path)) return 'form';
  if (REFERENCE_HOSTS.test(host)) return undefined;
  if (host === 'github.com' || host.endsWith('.github.com')) {
    // Issues, discussions and pull requests are public; a policy page is not a channel.
    return /\/security\/advisories\/new/i.test(path) ? 'github-advisory' : undefined;
  }
  // Pages that thank researchers or list past advisories are not where reports go.
  if (/hall[-_]?of[-_]?fame|thanks|acknowledg|credits|researchers|advisories\/?$/i.test(path)) return undefined;
  // A project's own security page (https://example.org/security) or a reporting form.
  if (
    /^(?:security|psirt|bug-?bounty|vdp|cvd|disclosure)\./.test(host) ||
    /(?:^|\/)(?:security|psirt|whitehat|bug-?bounty|vdp|cvd)(?:[./#?-]|$)/i.test(path)
  )
    return 'security-page';
  const words = `${host}${path} ${text}`.toLowerCase();
  const reportWord = /report|melden|signal|reportar|relatar|disclos|bug-?bounty|\bvdp\b|\bcvd\b|psirt|\bcert\b/;
  const securityWord =
    /secur|sicherheit|sécurité|seguridad|segurança|kwetsbaar|vulnerab|vulnérab|schwachstelle|psirt|disclos|bounty|cert|\bcvd\b/;
  if (reportWord.test(words) && securityWord.test(words)) return 'security-page';
  return undefined;
}

/**
 * A link as far as it reaches in prose: punctuation, symbols and spaces beyond ASCII end it
 * ("https://hackerone.com/acme。请…" is https://hackerone.com/acme), as they end an address.
 */
export function urlInProse(url: string): string {
  for (let i = 0; i < url.length; i++) {
    const code = url.charCodeAt(i);
    if (code > 0x7f && ((code >= 0xff00 && code <= 0xffef) || /[\p{P}\p{S}\p{Z}]/u.test(url[i]!))) return url.slice(0, i);
  }
  return url;
}

const PLATFORM_MENTION_RE = new RegExp(
  `(?<![\\w.@/:-])(?:(?:www|app)\\.)?(?:${PLATFORM_DOMAINS.map((d) => d.replace(/\./g, '\\.')).join('|')})/[^\\s<>()[\\]{}"'\`]{1,300}`,
  'gi',
);

/**
 * Whether a text names any platform's domain, as the mention expression would find it (the same
 * case folding): one scan instead of a search per platform.
 */
const ANY_PLATFORM_RE = new RegExp(PLATFORM_DOMAINS.map((d) => d.replace(/\./g, '\\.')).join('|'), 'i');

/** Program pages of a platform written in prose without a scheme: "report at hackerone.com/acme". */
export function platformMentions(text: string): { start: number; end: number; url: string }[] {
  const found: { start: number; end: number; url: string }[] = [];
  if (!ANY_PLATFORM_RE.test(text)) return found;
  for (const m of text.matchAll(PLATFORM_MENTION_RE)) {
    // Program addresses are ASCII: a word glued after one ("hackerone.com/acme提交报告") is prose.
    const written = m[0].replace(/[^ -~].*$/s, '').replace(/[.,;:!?*_~]+$/, '');
    const url = `https://${written}`;
    if (channelKind(url, '') === 'platform') found.push({ start: m.index!, end: m.index! + written.length, url });
  }
  return found;
}
