import type { RuleDefinition, Report } from '../rule';

const BEGIN_RE = /-----BEGIN PGP ([A-Z ]{1,40})-----/g;
/** A line of radix-64 key data. */
const ARMOR_LINE_RE = /^[ \t>]*[A-Za-z0-9+/]{20,}={0,2}[ \t]*$/m;

export const brokenPgpBlock: RuleDefinition = {
  code: 'broken-pgp-block',
  check(model) {
    const reports: Report[] = [];
    const { text } = model;
    for (const m of text.matchAll(BEGIN_RE)) {
      const kind = m[1]!;
      const start = m.index!;
      const beginEnd = start + m[0].length;
      // A cleartext-signed message has no END line of its own: its signature block closes it.
      if (kind === 'SIGNED MESSAGE') {
        const next = text.indexOf('-----BEGIN PGP ', beginEnd);
        if (next >= 0 && text.startsWith('-----BEGIN PGP SIGNATURE-----', next)) continue;
        reports.push({
          start,
          end: beginEnd,
          message:
            'This PGP signed message has no "-----BEGIN PGP SIGNATURE-----" block after it: paste the whole output of gpg --clearsign.',
        });
        continue;
      }
      const endMarker = `-----END PGP ${kind}-----`;
      const endAt = text.indexOf(endMarker, beginEnd);
      // A later BEGIN before the END means this block was never closed.
      const nextBegin = text.indexOf('-----BEGIN PGP ', beginEnd);
      const closed = endAt >= 0 && (nextBegin < 0 || endAt < nextBegin);
      const body = text.slice(beginEnd, closed ? endAt : nextBegin < 0 ? text.length : nextBegin);
      let problem: string | undefined;
      if (!closed) problem = `has no "${endMarker}" line`;
      else if (kind !== 'SIGNED MESSAGE' && !ARMOR_LINE_RE.test(body)) problem = 'holds no key data';
      if (!problem) continue;
      reports.push({
        start,
        end: beginEnd,
        message: `This PGP ${kind.toLowerCase()} ${problem}: paste the whole armored block as exported (gpg --armor --export), or link to the key instead.`,
      });
    }
    return reports;
  },
};
