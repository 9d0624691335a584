import type { RuleDefinition } from '../rule';
import { privateChannels, type Channel } from '../contacts';
import { isMailboxProvider } from '../lexicon/emails';
import type { PolicyModel } from '../model';

/** Local parts that name a role or a team, not a person ("security", "psirt", "oss-security"). */
const ROLE_WORD_RE =
  /^(?:security|secure|sec|secteam|vuln|vulns|vulnerability|vulnerabilities|disclosure|disclose|psirt|cert|csirt|sirt|incident|incidents|abuse|admin|admins|team|teams|maintainers?|devs?|developers?|core|staff|contact|info|support|help|report|reports|bugs?|bounty|privacy|legal|oss|opensource|project|noreply|no-reply|hello|office|ops|infra)$/i;

/** A first.last (or first_last) local part of letters only, neither part a role word. */
function nameLike(local: string): boolean {
  const parts = local.split(/[._]/);
  return parts.length === 2 && parts.every((p) => /^\p{L}{2,}$/u.test(p) && !ROLE_WORD_RE.test(p));
}

/** An address only one person reads: at a public mailbox provider, GitHub's noreply, or first.last. */
function personal(channel: Channel): boolean {
  if (channel.kind !== 'email') return false;
  const address = channel.uri.replace(/^mailto:/i, '');
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at);
  const domain = address.slice(at + 1).toLowerCase();
  if (domain === 'users.noreply.github.com') return true;
  if (isMailboxProvider(domain)) return !local.split(/[._+-]/).some((p) => ROLE_WORD_RE.test(p));
  return nameLike(local);
}

function securityChannels(model: PolicyModel): readonly Channel[] {
  return privateChannels(model).filter((c) => !c.general);
}

export const singlePersonContact: RuleDefinition = {
  code: 'single-person-contact',
  evidence(model) {
    return securityChannels(model).find((c) => !personal(c));
  },
  check(model) {
    const channels = securityChannels(model);
    if (channels.length === 0 || channels.some((c) => !personal(c))) return [];
    const first = channels[0]!;
    return [
      {
        start: first.start,
        end: first.end,
        message:
          "Reports reach one person's own address only: add a team alias (security@your-domain), a form or GitHub private vulnerability reporting, so reports are read when that person is away.",
      },
    ];
  },
};
