// Compliance profiles as data: one JSON file a profile (PROFILES.md). A profile names its
// requirements, each with its source and the rules that decide it, and the parameters those rules
// take under it. A profile only adds: it turns its rules on and never turns one off.

import type { RuleParameters, RuleSetting, Severity } from '../model';
import github from './github.json';
import baseline1 from './openssf-baseline-1.json';
import baseline2 from './openssf-baseline-2.json';
import baseline3 from './openssf-baseline-3.json';
import bestPractices from './openssf-best-practices.json';
import craManufacturer from './cra-manufacturer.json';
import craSteward from './cra-steward.json';
import cisa from './cisa-bod-20-01.json';
import iso29147 from './iso-29147.json';
import discloseIo from './disclose-io.json';

export interface ProfileRequirement {
  id: string;
  title: string;
  /** The clause or section of the source that asks for it. */
  source: string;
  url?: string;
  /** The requirement is met when none of these rules reports anything. */
  rules: string[];
  /** Parameters the rules take under this requirement. */
  parameters?: Record<string, RuleParameters>;
  /** The severity of the findings of its rules that are off by default (warning unless it says). */
  severity?: Severity;
  /** The source calls it optional: shown in the checklist, not counted in the score or the exit code. */
  optional?: boolean;
}

export interface Profile {
  id: string;
  title: string;
  /** A few characters for the status bar ("CRA"). */
  short: string;
  summary: string;
  appliesTo: string;
  sources: { title: string; url: string }[];
  requirements: ProfileRequirement[];
}

export const PROFILES: readonly Profile[] = [
  github,
  baseline1,
  baseline2,
  baseline3,
  bestPractices,
  craManufacturer,
  craSteward,
  cisa,
  iso29147,
  discloseIo,
] as Profile[];

export const PROFILE_IDS: readonly string[] = PROFILES.map((p) => p.id);

export function profileById(id: string): Profile | undefined {
  return PROFILES.find((p) => p.id === id);
}

const SEVERITY_RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };

/** The severity the chosen profiles give a rule that is off by default: the strongest any asks for, or undefined. */
export function profileSeverity(code: string, profiles: readonly string[] | undefined): Severity | undefined {
  let severity: Severity | undefined;
  for (const id of profiles ?? []) {
    for (const requirement of profileById(id)?.requirements ?? []) {
      if (!requirement.rules.includes(code)) continue;
      const asked = requirement.severity ?? 'warning';
      if (!severity || SEVERITY_RANK[asked] > SEVERITY_RANK[severity]) severity = asked;
    }
  }
  return severity;
}

/**
 * A rule's parameters under the chosen profiles, the strictest winning (the fewest days, the full
 * safe harbor), with the user's own parameters over them.
 */
export function ruleParameters(code: string, profiles: readonly string[] | undefined, own?: RuleParameters): RuleParameters {
  const merged: RuleParameters = {};
  for (const id of profiles ?? []) {
    for (const requirement of profileById(id)?.requirements ?? []) {
      const p = requirement.parameters?.[code];
      if (!p) continue;
      if (p.maxAcknowledgeDays !== undefined)
        merged.maxAcknowledgeDays = Math.min(merged.maxAcknowledgeDays ?? Infinity, p.maxAcknowledgeDays);
      if (p.level !== undefined) merged.level = p.level === 'full' || merged.level === 'full' ? 'full' : 'commitment';
    }
  }
  return { ...merged, ...own };
}

/** The severity a rule runs at: the user's setting, else its default, else what a profile asks for. */
export function effectiveSeverity(
  rule: { code: string; severity: RuleSetting },
  setting: RuleSetting | undefined,
  profiles: readonly string[] | undefined,
): RuleSetting {
  if (setting) return setting;
  if (rule.severity !== 'off') return rule.severity;
  return profileSeverity(rule.code, profiles) ?? 'off';
}
