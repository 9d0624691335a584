import type { Finding, LintOptions } from '../model';
import { runRules } from '../lint';
import { parseSecurityTxt } from './parse';
import { securityTxtRules } from './rules/index';
import { firstLine } from './txt-rule';
import { checkSignature } from './signature';

/** Lints a security.txt file against RFC 9116. */
export function lintSecurityTxt(text: string, options: LintOptions = {}): Finding[] {
  const model = parseSecurityTxt(text);
  return runRules(securityTxtRules, model, options, firstLine(model));
}

/**
 * Lints a security.txt with its OpenPGP signature read (and verified, with the signer's public key
 * among `keys`): the findings of lintSecurityTxt plus securitytxt/invalid-signature.
 */
export async function lintSecurityTxtSigned(
  text: string,
  options: LintOptions = {},
  keys: readonly (string | Uint8Array)[] = [],
): Promise<Finding[]> {
  const signature = await checkSignature(text, keys);
  return lintSecurityTxt(text, signature ? { ...options, signature } : options);
}

/** security.txt files are recognised by name, any letter case. */
export function isSecurityTxtName(name: string): boolean {
  return /^security\.txt$/i.test(name);
}
