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
}
