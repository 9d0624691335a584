// The `securityMd` settings section, as the client sends it and a .securitymd.json holds it.

/** A rule's severity, or off. */
export type RuleSetting = 'off' | 'hint' | 'info' | 'warning' | 'error';

/** The `securityMd` settings section, as the client sends it. */
/** Parameters of a rule, as a .securitymd.json `ruleOptions` entry gives them. */
export interface RuleParameters {
  /** slow-acknowledgement: the most days a promised acknowledgement may take. */
  maxAcknowledgeDays?: number;
  /** missing-safe-harbor: "commitment" (no legal action, or research authorized) or "full" (all four disclose.io parts). */
  level?: 'commitment' | 'full';
}

export interface Settings {
  rules: Record<string, RuleSetting>;
  /** Compliance profiles whose requirements apply (ids of PROFILES.md). */
  profiles?: string[];
  /** Parameters of rules by code. */
  ruleOptions?: Record<string, RuleParameters>;
  stalePolicyMonths?: number;
  securityTxt: {
    expiresInDays?: number;
    renewDays?: number;
    policyUrl?: string;
    canonicalUrl?: string;
    /** The https URL of the CSAF provider-metadata.json, for the CSAF field. */
    csafUrl?: string;
  };
}
