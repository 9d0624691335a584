import type { RuleDefinition } from '../rule';
import { grammarFor } from '../language/grammar';
import { isResponseTime } from './missing-response-time';
import type { ConcreteTime, PolicyModel } from '../model';

/** The limit when no profile or setting gives one: the Best Practices badge's 14 days. */
export const DEFAULT_MAX_DAYS = 14;

/**
 * The promised time to acknowledge a report: the shortest time in a sentence about acknowledging
 * it ("we acknowledge reports within 3 business days"), failing one the shortest time to respond.
 */
function acknowledgementTime(model: PolicyModel): ConcreteTime | undefined {
  const shortest = (times: ConcreteTime[]) => times.reduce<ConcreteTime | undefined>((a, t) => (!a || t.days < a.days ? t : a), undefined);
  const acknowledges = (t: ConcreteTime) => grammarFor(model, t.sentence.text).has('acknowledge', t.sentence.text);
  return shortest(model.times.filter(acknowledges)) ?? shortest(model.times.filter((t) => isResponseTime(model, t)));
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

export const slowAcknowledgement: RuleDefinition = {
  code: 'slow-acknowledgement',
  evidence(model, ctx) {
    const time = acknowledgementTime(model);
    return time && time.days <= (ctx.parameters.maxAcknowledgeDays ?? DEFAULT_MAX_DAYS) ? time.sentence : undefined;
  },
  check(model, ctx) {
    const max = ctx.parameters.maxAcknowledgeDays ?? DEFAULT_MAX_DAYS;
    const time = acknowledgementTime(model);
    if (!time || time.days <= max) return [];
    return [
      {
        start: time.start,
        end: time.end,
        data: { days: time.days, maxAcknowledgeDays: max },
        message: `Acknowledging a report takes up to ${time.text}; the selected profiles ask for ${plural(max, 'day')} at most.`,
      },
    ];
  },
};
