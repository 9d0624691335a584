import type { TxtRuleDefinition } from '../txt-rule';
import { fieldsNamed } from '../parse';
import { parseRfc3339, renewExpires, renewWindow } from '../expires';

export const txtExpiresSoon: TxtRuleDefinition = {
  code: 'securitytxt/expires-soon',
  check(model, ctx) {
    const window = renewWindow(ctx);
    const fields = fieldsNamed(model, 'Expires');
    // One Expires only: a repeat is multiple-expires's, and the first is the one readers take.
    const field = fields[0];
    const date = field && parseRfc3339(field.value);
    if (!field || !date) return [];
    const left = date.getTime() - ctx.now.getTime();
    // A date already past is expired's.
    if (left <= 0 || left > window * 86_400_000) return [];
    const days = Math.ceil(left / 86_400_000);
    return [
      {
        ...field.valueSpan,
        message: `This security.txt expires in ${days === 1 ? '1 day' : `${days} days`} (on ${field.value}): review it and set a new Expires before readers must treat it as stale.`,
        fixes: [renewExpires(field, ctx)],
      },
    ];
  },
};
