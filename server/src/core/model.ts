// Types of the parsed policy. Every position is a UTF-16 offset into the original text; the
// server turns offsets into line/character positions once, at the edge.

export type Severity = 'error' | 'warning' | 'info' | 'hint';
import type { RuleParameters, RuleSetting } from '../../../shared/settings';

export type { RuleParameters, RuleSetting };

export interface Span {
  start: number;
  end: number;
}

export interface TextEdit extends Span {
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  isPreferred?: boolean;
}

export interface Finding extends Span {
  code: string;
  severity: Severity;
  message: string;
  fixes?: Fix[];
  /** Extra, rule-specific facts (e.g. the decoded text of mojibake) for fixes and tools. */
  data?: Record<string, unknown>;
}

/** What a heading says its section is about. */
export type SectionKind =
  'reporting' | 'supported-versions' | 'response' | 'disclosure' | 'scope' | 'safe-harbor' | 'encryption' | 'acknowledgments' | 'hiring';

export interface Section extends Span {
  /** Plain text of the heading. */
  title: string;
  depth: number;
  kinds: SectionKind[];
  /** The heading line itself. */
  heading: Span;
}

/**
 * A run of prose: a paragraph, heading or table cell flattened to plain text (markup removed,
 * inline code kept), with a map back to source offsets.
 */
export interface TextBlock extends Span {
  type: 'paragraph' | 'heading' | 'tableCell';
  text: string;
  /** Source offset of each plain-text character (length text.length + 1). */
  offsets: number[];
  /** Index into PolicyModel.sections of the section that holds the block, or -1 before any. */
  section: number;
  /** For blocks inside a list item: the paragraph that introduces the list (its lead-in). */
  leadIn?: TextBlock;
  /** Index of the table this cell belongs to. */
  table?: number;
  /** A list or table follows this block directly (so a trailing colon takes it in). */
  introduces?: Span;
}

export interface Sentence extends Span {
  text: string;
  block: TextBlock;
  /** Offset of the sentence inside block.text. */
  from: number;
}

/**
 * Where an address was found: prose, a mailto: link, a link whose target is a bare address
 * (no mailto:), or spelled out (`security at example dot org`).
 */
export type EmailSource = 'text' | 'mailto' | 'bare-link' | 'obfuscated';

/** An address; start/end select the address itself, so typing replaces it. */
export interface EmailRef extends Span {
  /** The address as written (for obfuscated ones, decoded). */
  address: string;
  source: EmailSource;
  /** For links: the text shown and the whole link. */
  linkText?: string;
  link?: Span;
  /** The block the address stands in, when it stands in prose. */
  block?: TextBlock;
}

export interface LinkRef extends Span {
  url: string;
  text: string;
  /** Section index (see TextBlock.section). */
  section: number;
  block?: TextBlock;
}

export interface Table extends Span {
  header: string[];
  rows: { cells: string[]; span: Span }[];
  section: number;
}

/** "within 48 hours", "3 business days", "90-day": a number with a unit of time. */
export interface ConcreteTime extends Span {
  text: string;
  /** The length in days (hours / 24 and so on), for comparing deadlines. */
  days: number;
  sentence: Sentence;
}

export interface PolicyModel {
  text: string;
  sections: Section[];
  blocks: TextBlock[];
  sentences: Sentence[];
  emails: EmailRef[];
  links: LinkRef[];
  tables: Table[];
  times: ConcreteTime[];
  /** HTML comments, which GitHub does not render. */
  comments: Span[];
  /** Code blocks and other raw HTML blocks: nothing inserted inside them would be read as Markdown. */
  rawBlocks: Span[];
  /** Start offset of every line. */
  lineStarts: number[];
  /** BCP 47 tag of the language the policy is written in, as far as can be told. */
  language: string;
  /** Supported languages that paragraphs of the policy are written in besides `language` (a bilingual policy). */
  languages: string[];
}

export interface LintOptions {
  /** Reference time for date rules; defaults to the current time. */
  now?: Date;
  /** Per-rule severity overrides; 'off' disables a rule. */
  rules?: Record<string, RuleSetting | undefined>;
  /**
   * Compliance profiles (PROFILES.md) whose requirements apply: they turn their rules on (a rule
   * the user set keeps the user's severity) and give them their parameters.
   */
  profiles?: readonly string[];
  /** Parameters of rules by code (e.g. slow-acknowledgement's maxAcknowledgeDays); profiles add theirs. */
  ruleOptions?: Record<string, RuleParameters>;
  /** stale-policy: the age in months after which a dated policy is stale (default 12). */
  stalePolicyMonths?: number;
  /** GitHub owner/name of the repository the policy belongs to, for links in quick fixes. */
  repository?: string;
  /** Folder of the policy inside its repository ('', '.github' or 'docs'), for relative links. */
  policyDir?: string;
  /** security.txt: days from now that a renewed Expires lies ahead (default 365). */
  expiresInDays?: number;
  /** security.txt: days before Expires from which securitytxt/expires-soon warns (default 30). */
  renewDays?: number;
  /** security.txt: the encoding the bytes were read in when it was not UTF-8 (e.g. "UTF-16LE"). */
  sourceEncoding?: string;
  /**
   * The repository-relative path of the SECURITY.md that GitHub shows instead of this one, when
   * this policy is never shown (shadowed-policy).
   */
  shadowedBy?: string;
  /** security.txt: the repository's SECURITY.md, for securitytxt/out-of-sync. */
  policy?: { text: string; path: string };
  /** security.txt: the configured web address of the policy (securityMd.securityTxt.policyUrl). */
  policyUrl?: string;
  /** security.txt: what OpenPGP.js made of the signature (checkSignature), for invalid-signature. */
  signature?: SignatureCheck;
}

/** The signature of a security.txt as OpenPGP.js read it. */
export interface SignatureCheck {
  /** Why the signature cannot be read or does not verify. */
  problem?: string;
  /** The IDs of the keys that made the signature, upper-case hex. */
  signingKeyIds?: string[];
  /** Why a signature by a key at hand could not be checked (an algorithm this build leaves out). */
  unverifiable?: string;
  /** The fingerprint of the key it verified with. */
  verifiedBy?: string;
  /** When that key expires (ISO 8601), if it does. */
  keyExpires?: string;
}
