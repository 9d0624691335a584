// security-md check: the compliance checklist of one policy against the chosen profiles.

import * as path from 'node:path';
import { checkCompliance, complianceMarkdown, complianceText, lintOptionsFrom, parsePolicy, PRODUCT, PROFILE_IDS } from '../core/index';
import type { ComplianceReport } from '../core/index';
import { readPolicy, resolvePolicyPath, PolicyReadError } from '../node/read-policy';
import { policyLocation } from '../node/location';
import { settingsFor, type LintPathsOptions } from './lint-paths';

export const CHECK_FORMATS = ['text', 'json', 'markdown'];

export interface CheckOptions {
  path: string;
  profiles: readonly string[];
  format: string;
  config?: LintPathsOptions['config'];
  now?: Date;
}

/** Prints the checklist; 0 when every requirement is met, 1 when one is not, 2 when nothing could be checked. */
export function runCheck(options: CheckOptions, out: (s: string) => void, err: (s: string) => void): number {
  let file: string;
  let text: string;
  try {
    file = resolvePolicyPath(options.path);
    text = readPolicy(file).text;
  } catch (error) {
    if (!(error instanceof PolicyReadError)) throw error;
    err(`${PRODUCT}: ${error.message}`);
    return 2;
  }
  const settings = settingsFor(file, options.config, err, options.profiles);
  const profiles = settings.profiles ?? [];
  if (profiles.length === 0) {
    err(`${PRODUCT}: check needs a profile: --profile ID, or "profiles" in .securitymd.json (known: ${PROFILE_IDS.join(', ')})`);
    return 2;
  }
  const lintOptions = { ...lintOptionsFrom(settings, policyLocation(file)), ...(options.now ? { now: options.now } : {}) };
  const model = parsePolicy(text);
  const reports: ComplianceReport[] = profiles.map((id) => checkCompliance(model, id, lintOptions));
  const shown = path.relative(process.cwd(), file) || file;
  if (options.format === 'json') {
    const json = reports.map(({ profile, requirements }) => ({
      profile,
      requirements: requirements.map(({ id, title, source, url, met, optional, evidence, rules, problems }) => ({
        id,
        title,
        source,
        ...(url ? { url } : {}),
        met,
        ...(optional ? { optional } : {}),
        evidence,
        rules,
        problems,
      })),
    }));
    out(JSON.stringify(json.length === 1 ? json[0] : json, null, 2));
  } else if (options.format === 'markdown') {
    out(reports.map((r) => complianceMarkdown(r, shown)).join('\n'));
  } else {
    out(reports.map((r) => complianceText(r, shown)).join('\n\n'));
  }
  return reports.every((r) => r.met === r.total) ? 0 : 1;
}
