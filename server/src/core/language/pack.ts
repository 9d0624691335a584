// What the linter must know of a language to read a policy written in it. One pack a language
// (packs/<tag>.ts); grammar.ts compiles them all into the matchers the rules use.
//
// Every entry is a list of regular-expression sources, matched case-insensitively against the
// plain text of a sentence (headings: against their lower-cased text). In a pack whose words are
// separated by spaces, a match must begin and end at a word boundary; write a source that should
// match inside a word (a verb ending, a suffix) as `\p{L}*ending`. Keep every source linear:
// literals, classes and bounded repeats ({0,3}), no nested quantifiers.

import type { SectionKind } from '../model';

/**
 * The kinds of vague timing wording RULES.md lists for vague-sla. Each is a concept that every
 * language words its own way; a pack gives every wording it knows, with its inflections.
 */
export const VAGUE_CONCEPTS = [
  /** as soon as possible, as soon as practicable, as soon as we can, at the earliest opportunity */
  'asap',
  /** quickly, promptly, rapidly, swiftly, expeditiously, with all due speed */
  'quickly',
  /** in a timely manner, timely, in good time */
  'timely',
  /** soon, shortly, in due course, in the near future */
  'soon',
  /** within a reasonable time, a reasonable period, a reasonable timeframe */
  'reasonable',
  /** without (undue) delay */
  'without-delay',
  /** best effort, when possible, as time permits, when we can */
  'best-effort',
] as const;

export type VagueConcept = (typeof VAGUE_CONCEPTS)[number];

export interface PromiseGrammar {
  /**
   * The project speaking in the first person, singular or plural: subject pronouns ("we", "I",
   * "we'll"), and verb forms that carry the person when the pronoun is dropped
   * (es "responderemos", pl "odpowiemy"). A weak signal: present-tense statements count, but a
   * `noPromise` word outweighs it.
   */
  firstPerson: string[];
  /** First-person possessives ("our", "my"): a list lead-in with one speaks for the project ("Our process:"). */
  possessive: string[];
  /** Those who speak for the project: "our (security) team", "the maintainers". A weak signal too. */
  team: string[];
  /**
   * Verbs of intent and the future, whoever the subject ("will", "aims to", "endeavours to",
   * "make every effort"; de "werden", es future endings). A strong signal: it outweighs `noPromise`.
   */
  intent: string[];
  /** Passive voice about what happens to reports, fixes and replies ("will be fixed", "are acknowledged"). Strong. */
  passive: string[];
  /** "you will receive / hear / get": the reporter is told what the project will send. Strong. */
  youReceive: string[];
}

/**
 * The concepts the compliance-profile rules read (PROFILES.md). Each is a list of sources like
 * every other entry; a pack gives every wording it knows, with its inflections.
 */
export const COMPLIANCE_CONCEPTS = [
  /** What the policy covers or leaves out: "this policy applies to", "in scope", "out of scope", "covers". */
  'scope',
  /** No legal action for good-faith research: "will not pursue legal action", "not sue", "not prosecute", "no lawsuit". */
  'noLegalAction',
  /** Research under the policy counts as authorized: "consider your research authorized", "authorized access", "lawful". */
  'authorized',
  /** An exemption from anti-circumvention law: "DMCA", "anti-circumvention", "circumvention of technology controls". */
  'antiCircumvention',
  /** A waiver of the terms of service for the research: "terms of service", "terms of use", "acceptable use policy". */
  'termsWaiver',
  /** Good faith: "good faith", "good-faith", "bona fide". */
  'goodFaith',
  /** What a report should contain: "steps to reproduce", "proof of concept", "affected versions", "impact", "stack trace". */
  'reportContents',
  /** The end of support: "end of life", "end of support", "supported until", "EOL", "last security release". */
  'supportEnd',
  /** Where fixed vulnerabilities are published: "security advisory", "GitHub Security Advisories", "release notes", "changelog", "mailing list", "announce". */
  'advisoryChannel',
  /** Acknowledging a report (the first answer, not the fix): "acknowledge", "confirm receipt", "initial response", "first response". */
  'acknowledge',
  /** Personal data a reporter could be asked for: "full name", "real name", "phone number", "postal address", "passport", "ID card", "date of birth". */
  'personalData',
  /** Anonymous reports: "anonymous", "anonymously", "without giving your name". */
  'anonymous',
  /** A requirement on the reporter: "must", "required", "mandatory", "need to", "have to", "only accept reports that". */
  'mandatory',
  /** The reporter may leave it out: "optional", "optionally", "if you wish", "not required". */
  'optional',
  /** Negation: "not", "no", "never", "cannot", "won't", "neither". */
  'negation',
  /** A prohibition on the reporter: "do not", "must not", "not allowed", "prohibited", "forbidden", "refrain from", "avoid", "out of scope". */
  'prohibition',
  /** Testing methods a policy may forbid: "denial of service", "DoS", "social engineering", "phishing", "physical", "spam", "brute force", "automated scanning". */
  'testingMethod',
  /** Disclosure only with the project's permission: "without our (prior) (written) consent / permission / approval / authorization". */
  'permission',
  /** Without end: "never", "at any time", "under no circumstances", "forever", "in perpetuity". */
  'indefinite',
  /** A limit in time or to an event: "until", "before", "prior to", "unless", "after (a fix)", "embargo". */
  'timeLimit',
  /**
   * A report is private or confidential: "privately", "a private report", "in private",
   * "confidentially", "confidential", "in confidence". Not "private key" or "personal data".
   */
  'privately',
] as const;

export type ComplianceConcept = (typeof COMPLIANCE_CONCEPTS)[number];

export interface LanguagePack {
  /** BCP 47 tag. */
  tag: string;
  /** Words are separated by spaces: matches begin and end at word boundaries. False for zh, ja, th. */
  spaced: boolean;
  /**
   * Words the language writes in one case only (English "I"). Where a sentence is read in other
   * languages too, a match in another case is not that word: every grammar reads English beside
   * the policy's language, where "i" is the Italian article or the Swedish "in". Read alone, the
   * language may be written carelessly ("i will fix it").
   */
  fixedCase?: string[];
  /** Words in a heading that say what its section is about (matched in the lower-cased heading). */
  headings: Partial<Record<SectionKind, string[]>>;
  /** A table header cell that names versions ("Version", "Versión"), for supported-version tables. */
  versionHeader: string[];
  /** Vague timing wording, by concept. */
  vague: Record<VagueConcept, string[]>;
  /** Who promises, and how. */
  promise: PromiseGrammar;
  /**
   * Requests to the reporter ("please", "we ask you to", "give us time", "this will help us"): a
   * sentence with one is never a promise.
   */
  request: string[];
  /**
   * An instruction at the start of a sentence or list item ("Report ...", "Do not ..."): a request
   * unless the sentence also speaks in the first person ("Report it and we will reply promptly").
   * Matched at the start only; write the verbs, not an anchor.
   */
  imperative: string[];
  /** Praise without a promise ("we appreciate timely reports"): outweighs the weak signals only. */
  noPromise: string[];
  /**
   * What opens a clause that sets a condition or states a purpose ("if you report it quickly",
   * "in case we do not reply within a reasonable time", "to ensure that packagers can update
   * promptly"): such a clause neither promises nor asks, and passes nothing on to the clauses
   * after it. Matched at the start of a clause (write them to begin there).
   */
  condition: string[];
  /**
   * Words that open a new clause: coordinators ("and", "but") and subordinators ("if", "when",
   * "because", "until"). A sentence is judged clause by clause; a clause with no stance of its own
   * shares the one before it.
   */
  conjunction: string[];
  /**
   * A list lead-in that introduces conditions on the reporter, not the project's steps
   * ("researchers who:", "if you:"). Matched at the end of the lead-in, before its colon.
   */
  leadInCondition: string[];
  /**
   * Words that put a time in the context of answering a report: acknowledge, respond, reply,
   * answer, confirm receipt, triage, review, assess, investigate, get back to / contact / inform
   * the reporter, a status update. Not fixing, releasing or publishing (see `fix`, `disclosure`):
   * RULES.md's response time is about hearing back.
   */
  responseContext: string[];
  /** Words for repairing a vulnerability: fix, patch, remediate, resolve, mitigate, correct. */
  fix: string[];
  /** How long releases are supported: a time in such a sentence is no response time. */
  supportPeriod: string[];
  /** Words that say how fixed vulnerabilities are made public: advisory, CVE, disclose, publish. */
  disclosure: string[];
  /** The words of the compliance-profile rules, by concept. */
  compliance: Record<ComplianceConcept, string[]>;
}
