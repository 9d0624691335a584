import type { RuleDefinition } from '../rule';
import { documentAnchor } from '../rule';

/** Where GitHub looks, for the message: the order decides which file it shows. */
const SEARCH_ORDER = '.github/, the root, then docs/';

export const shadowedPolicy: RuleDefinition = {
  code: 'shadowed-policy',
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
