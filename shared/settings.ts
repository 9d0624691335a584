// The `securityMd` settings section, as the client sends it and a .securitymd.json holds it.

/** A rule's severity, or off. */
export type RuleSetting = 'off' | 'hint' | 'info' | 'warning' | 'error';

/** The `securityMd` settings section, as the client sends it. */
export interface Settings {
  rules: Record<string, RuleSetting>;
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
