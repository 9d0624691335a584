// Turning whatever the client sends as settings into Settings, ignoring what has the wrong type.

import type { RuleSetting, Settings } from '../../../shared/settings';
import type { LintOptions } from './model';
import { rules } from './rules/index';
import { securityTxtRules } from './securitytxt/rules/index';
import { PROFILE_IDS } from './profiles/index';

const RULE_SETTINGS = new Set<RuleSetting>(['off', 'hint', 'info', 'warning', 'error']);
const KNOWN_CODES = new Set([...rules, ...securityTxtRules].map((r) => r.code));

export function defaultSettings(): Settings {
  return { rules: {}, securityTxt: {} };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads raw settings; each value of the wrong type is skipped and described in `warnings`. */
export function readSettings(raw: unknown, warnings: string[]): Settings {
  const settings = defaultSettings();
  if (raw === undefined || raw === null) return settings;
  if (!isRecord(raw)) {
    warnings.push('securityMd settings are not an object; using the defaults.');
    return settings;
  }
  if (isRecord(raw.rules)) {
    for (const [code, value] of Object.entries(raw.rules)) {
      if (!KNOWN_CODES.has(code)) warnings.push(`securityMd.rules.${code}: no rule has this code; ignored.`);
      else if (typeof value === 'string' && RULE_SETTINGS.has(value as RuleSetting)) settings.rules[code] = value as RuleSetting;
      else if (value !== undefined && value !== null)
        warnings.push(`securityMd.rules.${code}: expected off, hint, info, warning or error; ignored.`);
    }
  } else if (raw.rules !== undefined) {
    warnings.push('securityMd.rules must be an object; ignored.');
  }
  readProfiles(raw, settings, warnings);
  readRuleOptions(raw, settings, warnings);
  const months = raw.stalePolicyMonths;
  if (typeof months === 'number' && Number.isFinite(months) && months > 0) settings.stalePolicyMonths = months;
  else if (months !== undefined && months !== null) warnings.push('securityMd.stalePolicyMonths must be a positive number; ignored.');
  const txt = isRecord(raw.securityTxt) ? raw.securityTxt : {};
  const days = txt.expiresInDays;
  if (typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= 365) settings.securityTxt.expiresInDays = days;
  else if (days !== undefined && days !== null)
    warnings.push('securityMd.securityTxt.expiresInDays must be a whole number from 1 to 365; ignored.');
  const renew = txt.renewDays;
  if (typeof renew === 'number' && Number.isInteger(renew) && renew >= 1 && renew <= 365) settings.securityTxt.renewDays = renew;
  else if (renew !== undefined && renew !== null)
    warnings.push('securityMd.securityTxt.renewDays must be a whole number from 1 to 365; ignored.');
  for (const key of ['policyUrl', 'canonicalUrl', 'csafUrl'] as const) {
    const v = txt[key];
    if (typeof v === 'string' && v.trim() !== '') settings.securityTxt[key] = v.trim();
    else if (v !== undefined && v !== null && v !== '') warnings.push(`securityMd.securityTxt.${key} must be a string; ignored.`);
  }
  return settings;
}

/** `profiles`: known profile ids; an unknown one is named with the ids there are. */
function readProfiles(raw: Record<string, unknown>, settings: Settings, warnings: string[]): void {
  if (raw.profiles === undefined || raw.profiles === null) return;
  if (!Array.isArray(raw.profiles)) {
    warnings.push('securityMd.profiles must be a list of profile ids; ignored.');
    return;
  }
  const profiles: string[] = [];
  for (const id of raw.profiles) {
    if (typeof id === 'string' && PROFILE_IDS.includes(id)) {
      if (!profiles.includes(id)) profiles.push(id);
    } else warnings.push(`securityMd.profiles: ${JSON.stringify(id)} is no profile (known: ${PROFILE_IDS.join(', ')}); ignored.`);
  }
  settings.profiles = profiles;
}

/** `ruleOptions`: the parameters of the rules that take them. */
function readRuleOptions(raw: Record<string, unknown>, settings: Settings, warnings: string[]): void {
  if (raw.ruleOptions === undefined || raw.ruleOptions === null) return;
  if (!isRecord(raw.ruleOptions)) {
    warnings.push('securityMd.ruleOptions must be an object; ignored.');
    return;
  }
  const options: NonNullable<Settings['ruleOptions']> = {};
  const days = raw.ruleOptions['slow-acknowledgement'];
  if (isRecord(days) && days.maxAcknowledgeDays !== undefined) {
    const n = days.maxAcknowledgeDays;
    if (typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 365) options['slow-acknowledgement'] = { maxAcknowledgeDays: n };
    else warnings.push('securityMd.ruleOptions.slow-acknowledgement.maxAcknowledgeDays must be a whole number from 1 to 365; ignored.');
  }
  const harbor = raw.ruleOptions['missing-safe-harbor'];
  if (isRecord(harbor) && harbor.level !== undefined) {
    if (harbor.level === 'commitment' || harbor.level === 'full') options['missing-safe-harbor'] = { level: harbor.level };
    else warnings.push('securityMd.ruleOptions.missing-safe-harbor.level must be "commitment" or "full"; ignored.');
  }
  for (const code of Object.keys(raw.ruleOptions))
    if (code !== 'slow-acknowledgement' && code !== 'missing-safe-harbor')
      warnings.push(`securityMd.ruleOptions.${code}: the rule takes no options; ignored.`);
  settings.ruleOptions = options;
}

/** Lint options from settings and the policy's place, the same for the server and the CLI. */
export function lintOptionsFrom(settings: Settings, location: { repository?: string; policyDir: string }): LintOptions {
  return {
    rules: settings.rules,
    ...(settings.profiles?.length ? { profiles: settings.profiles } : {}),
    ...(settings.ruleOptions ? { ruleOptions: settings.ruleOptions } : {}),
    ...(settings.stalePolicyMonths !== undefined ? { stalePolicyMonths: settings.stalePolicyMonths } : {}),
    ...(location.repository ? { repository: location.repository } : {}),
    policyDir: location.policyDir,
    ...(settings.securityTxt.expiresInDays !== undefined ? { expiresInDays: settings.securityTxt.expiresInDays } : {}),
    ...(settings.securityTxt.renewDays !== undefined ? { renewDays: settings.securityTxt.renewDays } : {}),
    ...(settings.securityTxt.policyUrl !== undefined ? { policyUrl: settings.securityTxt.policyUrl } : {}),
  };
}

/** Editor settings overlaid with a config file's; profiles only add, so both lists apply. */
export function mergeSettings(base: Settings, file: Partial<Settings>): Settings {
  const profiles = [...new Set([...(base.profiles ?? []), ...(file.profiles ?? [])])];
  const ruleOptions = { ...base.ruleOptions, ...file.ruleOptions };
  return {
    rules: { ...base.rules, ...file.rules },
    ...(profiles.length > 0 ? { profiles } : {}),
    ...(Object.keys(ruleOptions).length > 0 ? { ruleOptions } : {}),
    ...(file.stalePolicyMonths !== undefined
      ? { stalePolicyMonths: file.stalePolicyMonths }
      : base.stalePolicyMonths !== undefined
        ? { stalePolicyMonths: base.stalePolicyMonths }
        : {}),
    securityTxt: { ...base.securityTxt, ...file.securityTxt },
  };
}
