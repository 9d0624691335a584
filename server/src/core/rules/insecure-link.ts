import type { RuleDefinition, Report } from '../rule';
import { channelKind } from '../lexicon/channels';

/** Links whose integrity matters: where to report, the policy, advisories, keys. */
const SENSITIVE_RE = /secur|vulnerab|disclos|advisor|report|polic|pgp|gpg|\bkey\b|\.asc\b|keys\.openpgp|bounty|cve|psirt/i;
const LOCAL_RE = /^http:\/\/(?:localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)(?:[:/]|$)/i;

export const insecureLink: RuleDefinition = {
  code: 'insecure-link',
  check(model) {
    const reports: Report[] = [];
    for (const link of model.links) {
      if (!/^http:\/\//i.test(link.url) || LOCAL_RE.test(link.url)) continue;
      const secure = `https://${link.url.slice(7)}`;
      const sensitive = channelKind(secure, link.text) !== undefined || SENSITIVE_RE.test(`${link.url} ${link.text}`);
      if (!sensitive) continue;
      // Every place the URL is written in the link: the target, and the text when it repeats it.
      const edits = [];
      for (let at = model.text.indexOf(link.url, link.start); at >= 0 && at < link.end; at = model.text.indexOf(link.url, at + 1)) {
        edits.push({ start: at, end: at + 7, newText: 'https://' });
      }
      reports.push({
        start: link.start,
        end: link.end,
        ...(edits.length > 0 ? { fixes: [{ title: `Use ${secure}`, edits, isPreferred: true }] } : {}),
        message: `"${link.url}" is not encrypted, so it can be tampered with on the way: link to the https:// address instead.`,
        data: { url: link.url, secure },
      });
    }
    return reports;
  },
};
