import type { RuleDefinition } from '../rule';
import { documentAnchor } from '../rule';
import { privateChannels } from '../contacts';
import { addPrivateReportingLink } from '../fixes';
import { isKeyUrl } from '../lexicon/channels';
import { grammarFor, isSupportedLanguage } from '../language/grammar';
import type { PolicyModel, Span } from '../model';

const PGP_BLOCK_RE = /-----BEGIN PGP PUBLIC KEY BLOCK-----/;

/**
 * Where the policy offers a secure way to send a report: a channel that is encrypted and private
 * (GitHub private reporting, a bug-bounty platform, an https form), an encryption key, or a section
 * or sentence about encrypting reports.
 */
function secureChannel(model: PolicyModel): Span | undefined {
  const channel = privateChannels(model).find(
    (c) => c.kind === 'github-advisory' || (c.kind !== 'email' && c.kind !== 'security-page' && /^https:/i.test(c.uri)),
  );
  if (channel) return channel;
  const key = model.links.find((l) => isKeyUrl(l.url));
  if (key) return key;
  const section = model.sections.find((s) => s.kinds.includes('encryption'));
  if (section) return section.heading;
  const block = PGP_BLOCK_RE.exec(model.text);
  if (block) return { start: block.index, end: block.index + block[0].length };
  const sentence = model.sentences.find((s) => grammarFor(model, s.text, true).namesSection(s.text, 'encryption'));
  return sentence && { start: sentence.start, end: sentence.end };
}

export const missingSecureChannel: RuleDefinition = {
  code: 'missing-secure-channel',
  evidence: secureChannel,
  check(model, ctx) {
    if (secureChannel(model)) return [];
    // A policy in a language the linter cannot read may still name a key in words.
    if (!isSupportedLanguage(model.language) && privateChannels(model).length > 0) return [];
    return [
      {
        ...documentAnchor(model),
        fixes: [addPrivateReportingLink(model, ctx.options)],
        message:
          'No secure way to send a report: offer GitHub private vulnerability reporting (encrypted and private) or a PGP key for encrypted e-mail.',
      },
    ];
  },
};
