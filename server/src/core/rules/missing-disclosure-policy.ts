import type { Rule } from '../rule';
import { documentAnchor } from '../rule';
import { insertSection } from '../fixes';

const DISCLOSURE_RE =
  /\badvisor(?:y|ies)\b|\bCVEs?\b|\bGHSA\b|\bcoordinated (?:vulnerability )?disclosure\b|\bembargo|\bdisclos(?:e|ed|es|ing|ure)\b|\bpublicly (?:announce|release|publish)|\bsecurity (?:announcements?|releases? notes?)\b|offenlegung|veröffentlich|divulg|披露|安全公告|公告|開示|公表|アドバイザリ|공개 정책|공개 일정|보안 권고|공개합니다|공개됩니다|раскры|публику/i;

export const missingDisclosurePolicy: Rule = {
  code: 'missing-disclosure-policy',
  severity: 'info',
  description: 'Nothing says how and when a fixed vulnerability is disclosed.',
  fixable: true,
  check(model, ctx) {
    if (model.sections.some((s) => s.kinds.includes('disclosure'))) return [];
    if (model.sentences.some((s) => DISCLOSURE_RE.test(s.text))) return [];
    return [
      {
        ...documentAnchor(model),
        fixes: [insertSection(model, 'disclosure', ctx.options, 'Add a "Disclosure Policy" section')!],
        message: 'No disclosure policy: say how fixed vulnerabilities are published (e.g. a GitHub security advisory with a CVE) and when.',
      },
    ];
  },
};
