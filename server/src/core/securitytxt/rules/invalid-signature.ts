import type { TxtRuleDefinition } from '../txt-rule';
import type { Report } from '../../rule';
import { fieldsNamed } from '../parse';
import { parseRfc3339 } from '../expires';

/** Reads what checkSignature found (LintOptions.signature); without it, there is nothing to say. */
export const txtInvalidSignature: TxtRuleDefinition = {
  code: 'securitytxt/invalid-signature',
  check(model, ctx) {
    const signature = ctx.options.signature;
    const block = model.signatureBlock;
    if (!signature || !block?.complete) return [];
    if (signature.problem) return [{ ...block.span, message: `The signature is not valid: ${signature.problem}. Sign the file again.` }];
    if (!signature.verifiedBy || !signature.keyExpires) return [];
    const keyExpires = new Date(signature.keyExpires);
    const reports: Report[] = [];
    const day = (date: Date) => date.toISOString().slice(0, 10);
    if (keyExpires.getTime() <= ctx.now.getTime()) {
      reports.push({
        ...block.span,
        message: `The key that signed this file (${signature.verifiedBy}) expired on ${day(keyExpires)}: readers cannot trust the signature. Extend the key's expiry, publish it, and sign the file again.`,
      });
      return reports;
    }
    const expires = fieldsNamed(model, 'Expires')
      .map((field) => ({ field, date: parseRfc3339(field.value) }))
      .find((e) => e.date);
    if (expires?.date && keyExpires.getTime() < expires.date.getTime()) {
      reports.push({
        ...expires.field.valueSpan,
        message: `The key that signed this file (${signature.verifiedBy}) expires on ${day(keyExpires)}, before this file does (${day(expires.date)}): from then on readers cannot check the signature. Extend the key's expiry or set an earlier Expires.`,
      });
    }
    return reports;
  },
};
