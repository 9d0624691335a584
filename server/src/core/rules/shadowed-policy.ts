import type { Rule } from '../rule';
import { documentAnchor } from '../rule';

/** Where GitHub looks, for the message: the order decides which file it shows. */
const SEARCH_ORDER = '.github/, the root, then docs/';

export const shadowedPolicy: Rule = {
  code: 'shadowed-policy',
  severity: 'warning',
  description: 'Another SECURITY.md comes first where GitHub looks, so GitHub never shows this one.',
  fixable: false,
  check(model, ctx) {
    const shownInstead = ctx.options.shadowedBy;
    if (!shownInstead) return [];
    return [
      {
        ...documentAnchor(model),
        message: `GitHub shows ${shownInstead} and never this file (it looks in ${SEARCH_ORDER} and takes the first SECURITY.md it finds). Move what only this file says into ${shownInstead}, then delete this one.`,
        data: { shownInstead },
      },
    ];
  },
};
