import type { Finding, LintOptions } from '../model';
import { runRules } from '../lint';
import { parseSecurityTxt } from './parse';
import { securityTxtRules } from './rules/index';
import { firstLine } from './txt-rule';

/** Lints a security.txt file against RFC 9116. */
export function lintSecurityTxt(text: string, options: LintOptions = {}): Finding[] {
  const model = parseSecurityTxt(text);
  return runRules(securityTxtRules, model, options, firstLine(model));
}

/** security.txt files are recognised by name, any letter case. */
export function isSecurityTxtName(name: string): boolean {
  return /^security\.txt$/i.test(name);
}
