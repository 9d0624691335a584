import type { Rule } from '../rule';
import { documentAnchor } from '../rule';

const DISCLOSURE_RE =
  /\badvisor(?:y|ies)\b|\bCVEs?\b|\bGHSA\b|\bcoordinated (?:vulnerability )?disclosure\b|\bembargo|\bdisclos(?:e|ed|es|ing|ure)\b|\bpublicly (?:announce|release|publish)|offenlegung|veröffentlich|divulg|公开|披露|公開|開示|공개|раскры|публику/i;

export const missingDisclosurePolicy: Rule = {
  code: 'missing-disclosure-policy',
  severity: 'info',
  description: 'Nothing says how and when a fixed vulnerability is disclosed.',
  fixable: true,
  check(model) {
    if (model.sections.some((s) => s.kinds.includes('disclosure'))) return [];
    if (model.sentences.some((s) => DISCLOSURE_RE.test(s.text))) return [];
    return [
      {
        ...documentAnchor(model),
        message:
          'No disclosure policy: say how fixed vulnerabilities are published (e.g. a GitHub security advisory with a CVE) and when.',
      },
    ];
  },
};
