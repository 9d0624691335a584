// The answers of "Create security policy", from which the server writes a complete SECURITY.md.

/** A row of the supported-versions table. */
export interface VersionRow {
  version: string;
  supported: boolean;
}

export interface PolicyAnswers {
  /** GitHub owner/name, for private vulnerability reporting. */
  repository?: string;
  /** Offer GitHub private vulnerability reporting (needs `repository`). */
  githubAdvisories: boolean;
  /** An address that receives reports. */
  email?: string;
  /** Supported and unsupported versions as table rows, newest first; default: latest release only. */
  versions?: VersionRow[];
  /** How soon reports are acknowledged, e.g. "3 business days". */
  acknowledgeWithin?: string;
  /** Days until disclosure. */
  disclosureDays?: number;
  scope?: boolean;
  safeHarbor?: boolean;
  /** https URL of the PGP key for encrypted reports. */
  encryptionKeyUrl?: string;
  /**
   * Compliance profiles (ids of PROFILES.md) whose requirements the policy must meet: the sections
   * and sentences they need are added. None or an empty list: the policy is the same as without.
   */
  profiles?: string[];
}

/** What a policy needs, beyond the default one, to meet the requirements of some profiles. */
export interface PolicyNeeds {
  /** A "Scope" section. */
  scope: boolean;
  /** The testing methods that are not allowed (in the Scope section). */
  testRestrictions: boolean;
  /** A "Safe Harbor" section. */
  safeHarbor: boolean;
  /** How long releases receive security fixes (under the version table). */
  supportPeriod: boolean;
  /** A secure way to send a report: GitHub private vulnerability reporting or a PGP key. */
  secureChannel: boolean;
  /** The most days the acknowledgement of a report may take, when a profile limits it. */
  maxAcknowledgeDays?: number;
}

/** The .securitymd.json that turns on `profiles`, for a repository that has none. */
export function profilesConfigText(profiles: readonly string[]): string {
  return `{\n  "profiles": [${profiles.map((p) => JSON.stringify(p)).join(', ')}]\n}\n`;
}
