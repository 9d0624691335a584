// The score OpenSSF Scorecard's Security-Policy check would give this policy (0-10). Scorecard
// adds: 6 when the file has a URL or an e-mail address, 3 when it has text beyond them, and 1 when
// it mentions "vuln", "disclos" or a 1-4 digit number at least twice (its probes
// securityPolicyContainsLinks, -ContainsText and -ContainsVulnerabilityDisclosure).

import { findEmailCandidates } from './lexicon/emails';

export interface ScorecardPart {
  points: number;
  max: number;
  /** What earns the points, and what to do when they are missing. */
  label: string;
  advice: string;
}

export interface ScorecardResult {
  score: number;
  max: 10;
  parts: ScorecardPart[];
}

const URL_RE = /https?:\/\/[A-Za-z0-9./?=_%:-]*/g;
const DISCLOSURE_RE = /vuln|disclos/gi;
/** Scorecard's `\b*[0-9]{1,4}\b`: the digits may follow letters ("v3"). */
const NUMBER_RE = /\d{1,4}\b/g;

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function scorecardScore(text: string): ScorecardResult {
  // Scorecard counts each distinct URL and address once.
  const urls = [...new Set([...text.matchAll(URL_RE)].map((m) => m[0]))];
  const emails = [...new Set(findEmailCandidates(text).map((c) => c.address))].filter((a) => /@[^@]+\.[A-Za-z]{2,}$/.test(a));
  const linked = urls.length + emails.length;
  const linkedLength = [...urls, ...emails].reduce((n, s) => n + utf8Length(s), 0);
  const size = utf8Length(text);
  const mentions = (text.match(DISCLOSURE_RE)?.length ?? 0) + (text.match(NUMBER_RE)?.length ?? 0);
  const parts: ScorecardPart[] = [
    {
      points: linked > 0 ? 6 : 0,
      max: 6,
      label: 'a URL or an e-mail address',
      advice: 'add a way to report: an e-mail address or a link (GitHub private vulnerability reporting)',
    },
    {
      points: size > 1 && size > linkedLength + linked * 2 ? 3 : 0,
      max: 3,
      label: 'text beyond the links',
      advice: 'explain the process in words, not only links',
    },
    {
      points: mentions >= 2 ? 1 : 0,
      max: 1,
      label: 'two mentions of vulnerabilities, disclosure or a number (such as days)',
      advice: 'say how vulnerabilities are disclosed and within how many days',
    },
  ];
  return { score: parts.reduce((n, p) => n + p.points, 0), max: 10, parts };
}

/** "OpenSSF Scorecard Security-Policy: 9/10 (missing: …)". */
export function describeScorecard(result: ScorecardResult): string {
  const missing = result.parts.filter((p) => p.points < p.max).map((p) => p.advice);
  return `OpenSSF Scorecard Security-Policy: ${result.score}/${result.max}${missing.length ? ` (for 10: ${missing.join('; ')})` : ''}`;
}
