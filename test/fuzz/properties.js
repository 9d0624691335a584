// @ts-check
'use strict';
// Property definitions for fuzzing the SECURITY.md and security.txt linters (not a test file:
// fuzz.test.js and run.mjs run these with different numbers of cases).
//
// Inputs: random strings (ASCII with control characters, any code point, lone surrogates),
// lines of Markdown / security.txt fragments, and real policies from the optional external
// corpus (../shared/corpus), read at run time and mutated (never copied into the repository).
//
// Properties, for each linter:
//   (a) lint never throws and never returns an 'internal-error' finding
//   (b) every finding lies inside the text (0 <= start <= end <= length), sorted by start
//   (c) deterministic: the same text (and the same `now`) gives deep-equal findings
//   (d) every fix's edits lie inside the text, do not overlap, and applyEdits applies all of them
//   (e) fixAll is idempotent and leaves no 'internal-error'

const fs = require('node:fs');
const path = require('node:path');
const assert = require('node:assert/strict');
const fc = require('fast-check');

const ROOT = path.resolve(__dirname, '../..');
const core = require(path.join(ROOT, 'dist', 'core.js'));
const { VERSIONS_TABLE_HEAD } = require('../cli/fixtures.js');

const CORPUS = path.resolve(__dirname, '../../../shared/corpus');
/** Fixed reference time: date rules (stale-policy, expired, long-expiry) judge against it. */
const NOW = new Date('2026-11-22T00:00:00Z');
const DEFAULT_SEED = 20261122;
/** Mutated policies are cut to a window of at most this many characters (keeps cases fast). */
const MAX_WINDOW = 2500;

// ---------------------------------------------------------------------------------------------
// Seed documents: a few invented ones (always there), plus the corpus when it is present.

const INVENTED_POLICIES = [
  [
    '# Security Policy',
    '',
    '## Supported Versions',
    '',
    ...VERSIONS_TABLE_HEAD,
    '| 3.2.x   | :white_check_mark: |',
    '| < 3.0   | :x:                |',
    '',
    '## Reporting a Vulnerability',
    '',
    'Please email [security@larkspur.dev](mailto:security@larkspur.dev) or use',
    '[private reporting](https://github.com/larkspur/hive/security/advisories/new).',
    'Do not open a public issue. We will answer as soon as possible, within 48 hours.',
    '',
    '## Disclosure',
    '',
    'We publish an advisory once a fix is released, at most 90 days after the report.',
    '',
  ].join('\n'),
  [
    '# Security',
    '',
    'Last updated: March 3, 2021',
    '',
    '## Reporting',
    '',
    'Use this section to tell people how to report a vulnerability.',
    'Write to secuirty@larkspur.con or security at larkspur dot dev, or [us](mailto:ops@larkspur.dev).',
    'Old page: http://larkspur.dev/security. Contact: [INSERT EMAIL] TODO',
    '',
    '## Response',
    '',
    '',
    '## Encryption',
    '',
    '```',
    '-----BEGIN PGP PUBLIC KEY BLOCK-----',
    '',
    'mDMEZk3QbxYJKwYBBAHaRw8BAQdAq7Vn2cXbPz0rW1sLJm4eTfYh8uKdN3oQxA5v',
    '```',
    '',
    'Wir antworten zeitnah. 我们会尽快回复。 Rapport dans 180 jours.',
    '',
  ].join('\n'),
];

const INVENTED_TXT = [
  [
    'Contact: mailto:security@larkspur.dev',
    'Contact: https://larkspur.dev/report',
    'Expires: 2027-06-30T00:00:00.000Z',
    'Encryption: https://larkspur.dev/pgp.asc',
    'Preferred-Languages: en, de',
    'Canonical: https://larkspur.dev/.well-known/security.txt',
    'Policy: https://larkspur.dev/security',
    '',
  ].join('\n'),
  [
    '-----BEGIN PGP SIGNED MESSAGE-----',
    'Hash: SHA256',
    '',
    '# Our security contacts',
    ' Contact:mailto:sec@larkspur.dev',
    'Expires: tomorrow',
    'Expires: 2019-01-01T00:00:00Z',
    'Preferred-Languages: en',
    'Preferred-Languages: xx_123, de',
    'Policy: http://larkspur.dev/security',
    'Hiring:',
    'Favourite-Colour: blue',
    'this line is not a field',
    '-----BEGIN PGP SIGNATURE-----',
    '',
    'iHUEARYIAB0WIQT1',
    '-----END PGP SIGNATURE-----',
    'trailing data',
  ].join('\r\n'),
];

function readDir(dir, pattern) {
  try {
    return fs
      .readdirSync(dir)
      .filter((name) => pattern.test(name))
      .sort()
      .map((name) => fs.readFileSync(path.join(dir, name), 'utf8'));
  } catch {
    return [];
  }
}

/** Real documents from the external corpus, when it exists (read now, never copied). */
function loadCorpus() {
  if (!fs.existsSync(CORPUS)) return { present: false, md: [], txt: [] };
  return {
    present: true,
    md: [...readDir(path.join(CORPUS, 'seeds'), /\.md$/i), ...readDir(path.join(CORPUS, 'security-md'), /\.md$/i)],
    txt: readDir(path.join(CORPUS, 'security-txt'), /\.txt$/i),
  };
}

// ---------------------------------------------------------------------------------------------
// Arbitraries.

/** Line breaks and blanks, which both token lists mix in. */
const LINE_BREAKS_AND_BLANKS = ['\r\n', '\r', '\n', '\n\n', '\t', ' '];

const MD_TOKENS = [
  '#',
  '##',
  '###',
  '# Security Policy',
  '## Reporting a Vulnerability',
  '## Supported Versions',
  '## Response Time',
  '## Disclosure Policy',
  '- ',
  '* ',
  '+ ',
  '1. ',
  '2) ',
  '> ',
  '>> ',
  '|',
  '| --- |',
  '| Version | Supported |',
  '|---|---|',
  '---',
  '***',
  '===',
  '```',
  '~~~',
  '    ',
  '<!--',
  '-->',
  '<!-- security-md-disable vague-sla -->',
  '<!-- security-md-disable-next-line -->',
  '<!-- security-md-disable',
  '[',
  ']',
  '](',
  ')',
  '[x]: ',
  '![',
  '<',
  '>',
  '<a href="mailto:a@b.org">',
  '</a>',
  '<br>',
  '&amp;',
  '&#64;',
  '\\',
  '\\_',
  '*',
  '**',
  '_',
  '__',
  '`',
  '``',
  '~~',
  'mailto:',
  'mailto:security@larkspur.dev',
  '@',
  '@@',
  'security@',
  'security@larkspur.dev',
  'you@example.com',
  'example.com',
  'git@github.com:acme/x.git',
  'security at larkspur dot dev',
  'sec[at]larkspur[dot]dev',
  'sec (at) larkspur (dot) org',
  'a@b',
  'a@b.',
  '.a@b.c',
  'ops@larkspur.con',
  'x@gmial.com',
  'http://',
  'https://',
  'http://larkspur.dev/keys.asc',
  'https://github.com/acme/widgets/security/advisories/new',
  'https://github.com/acme/widgets/issues',
  'open a public issue',
  'GitHub issues',
  'as soon as possible',
  'as soon as ',
  'promptly',
  'in a timely manner',
  'within 48 hours',
  '3 business days',
  '90-day',
  '180 days',
  'two weeks',
  '1-2 weeks',
  '24h',
  'six months',
  'Last updated: January 5, 2020',
  'Updated 2019-03-04',
  '2019-01-01',
  'TODO',
  'TBD',
  '[INSERT EMAIL]',
  '<your email>',
  'YOUR_EMAIL',
  'Use this section to tell people about which versions of your project',
  'Tell them where to go, how often to expect an update',
  '-----BEGIN PGP PUBLIC KEY BLOCK-----',
  '-----END PGP PUBLIC KEY BLOCK-----',
  '-----BEGIN PGP MESSAGE-----',
  'mDMEZk3QbxYJKwYBBAHaRw8BAQdA',
  '=Qx7b',
  'Contact:',
  'Expires:',
  ...LINE_BREAKS_AND_BLANKS,
  '  ',
  '\0',
  '\u0001',
  '\u001b[31m',
  '\u007f',
  '\uFEFF',
  '\u200B',
  '\u00A0',
  '\u2028',
  '\u202E',
  '\uFFFD',
  '\uD800',
  '\uDC00',
  'é',
  'e\u0301',
  '‚úÖ',
  'âœ…',
  'Ã©',
  'â€™',
  'ä½ å¥½',
  '✅',
  '❌',
  ':white_check_mark:',
  ':x:',
  '🔒',
  '🛡️',
  '👨‍👩‍👧',
  '🏳️‍🌈',
  '𝐀',
  '安全漏洞',
  '请发送邮件至',
  '尽快',
  '48小时内',
  '3个工作日',
  'セキュリティ',
  '速やかに',
  '2営業日以内',
  '보안',
  '신속하게',
  'как можно скорее',
  'в течение 5 дней',
  'zeitnah',
  'innerhalb von 7 Tagen',
  'dès que possible',
  'e.g.',
  'etc.',
  'word',
  'Larkspur',
  'report',
  'vulnerability',
  '.',
  ',',
  ':',
  '!',
  '?',
  '。',
];

const TXT_TOKENS = [
  'Contact:',
  'Contact: ',
  'Expires: ',
  'Encryption: ',
  'Policy: ',
  'Canonical: ',
  'Preferred-Languages: ',
  'Acknowledgments: ',
  'Hiring: ',
  'CSAF: ',
  'X-Custom: ',
  'contact: ',
  ' Contact: ',
  '\tExpires:',
  'Expires:  ',
  'mailto:',
  'mailto:security@larkspur.dev',
  'https://',
  'http://',
  'https://larkspur.dev/.well-known/security.txt',
  'tel:+1-201-555-0123',
  'dns:security.larkspur.dev',
  'ftp://x',
  '//no-scheme',
  'not a uri',
  'a b',
  '2027-01-01T00:00:00Z',
  '2026-11-22T00:00:00.000+01:00',
  '2019-01-01T00:00:00Z',
  '2099-12-31T23:59:59Z',
  '2027-13-45T25:61:61Z',
  '1970-01-01',
  'tomorrow',
  'en',
  'en, de',
  'en,,de',
  'zh-Hant-TW',
  'x_1',
  '*',
  '# comment',
  '#',
  '-----BEGIN PGP SIGNED MESSAGE-----',
  'Hash: SHA256',
  '-----BEGIN PGP SIGNATURE-----',
  '-----END PGP SIGNATURE-----',
  '- -----BEGIN',
  'iHUEARYIAB0WIQT1',
  '=abcd',
  ':',
  '::',
  ': ',
  ...LINE_BREAKS_AND_BLANKS,
  '\0',
  '\uFEFF',
  '\u00A0',
  '\u2028',
  '\uD800',
  'é',
  '‚úÖ',
  '🔒',
  '安全',
  '\u001b',
];

const CONTROL_CHARS = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
const LONE_SURROGATE = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** ASCII with every control character, NUL included. */
const asciiControlString = fc.string({
  unit: fc.oneof({ weight: 4, arbitrary: fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 }) }, CONTROL_CHARS),
  maxLength: 400,
});
/** Any code point, graphemes (emoji sequences, combining marks), and lone surrogates. */
const unicodeString = fc.string({
  unit: fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
    { weight: 1, arbitrary: LONE_SURROGATE },
    { weight: 1, arbitrary: CONTROL_CHARS },
  ),
  maxLength: 400,
});

function fragmentLines(tokens, { maxLines = 40, maxTokens = 8 } = {}) {
  const token = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...tokens) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  );
  const line = fc.array(token, { maxLength: maxTokens }).map((parts) => parts.join(''));
  const eol = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r', '\n\n');
  return fc.array(fc.tuple(line, eol), { maxLength: maxLines }).map((lines) => lines.map(([l, e]) => l + e).join(''));
}

/** Lines of Markdown fragments: headings, lists, quotes, tables, links, addresses, times, PGP armor. */
const markdownLines = fragmentLines(MD_TOKENS);
/** Lines of security.txt fragments: fields, values, comments, signature armor. */
const securityTxtLines = fragmentLines(TXT_TOKENS, { maxLines: 30, maxTokens: 5 });

/** One mutation; positions are reduced modulo the length of the text it is applied to. */
function mutationArb(tokens) {
  const at = fc.nat({ max: 1 << 20 });
  const len = fc.nat({ max: 600 });
  return fc.oneof(
    fc.record({ op: fc.constant('delete'), at, len }),
    fc.record({ op: fc.constant('duplicate'), at, len }),
    fc.record({ op: fc.constant('swap'), at, len, other: at }),
    fc.record({ op: fc.constant('insert'), at, token: fc.oneof(fc.constantFrom(...tokens), fc.string({ unit: 'binary', maxLength: 6 })) }),
    fc.record({ op: fc.constant('eol'), style: fc.constantFrom('\r\n', '\r', '\n', 'mixed') }),
    fc.record({ op: fc.constant('truncate'), at }),
  );
}

function applyMutation(text, m) {
  const n = text.length;
  const pos = (x) => (n === 0 ? 0 : x % (n + 1));
  switch (m.op) {
    case 'delete': {
      const a = pos(m.at);
      return text.slice(0, a) + text.slice(Math.min(n, a + m.len));
    }
    case 'duplicate': {
      const a = pos(m.at);
      const b = Math.min(n, a + m.len);
      return text.slice(0, b) + text.slice(a, b) + text.slice(b);
    }
    case 'swap': {
      let a = pos(m.at);
      let b = pos(m.other);
      if (a > b) [a, b] = [b, a];
      const l = Math.min(m.len, b - a, n - b);
      if (l <= 0) return text;
      return text.slice(0, a) + text.slice(b, b + l) + text.slice(a + l, b) + text.slice(a, a + l) + text.slice(b + l);
    }
    case 'insert': {
      const a = pos(m.at);
      return text.slice(0, a) + m.token + text.slice(a);
    }
    case 'eol': {
      const lf = text.replace(/\r\n?/g, '\n');
      if (m.style === 'mixed') {
        let i = 0;
        return lf.replace(/\n/g, () => ['\n', '\r\n', '\r'][i++ % 3]);
      }
      return lf.replace(/\n/g, m.style);
    }
    case 'truncate':
      return text.slice(0, pos(m.at));
    default:
      throw new Error(`unknown mutation ${m.op}`);
  }
}

/**
 * A real (or invented) document, cut to a window of at most MAX_WINDOW characters (the whole
 * document when it is that small), then mutated 0-6 times.
 */
function mutatedDocuments(docs, tokens) {
  return fc
    .record({
      doc: fc.nat({ max: docs.length - 1 }),
      from: fc.nat({ max: 1 << 20 }),
      mutations: fc.array(mutationArb(tokens), { maxLength: 6 }),
    })
    .map(({ doc, from, mutations }) => {
      let text = docs[doc];
      if (text.length > MAX_WINDOW) {
        const start = from % (text.length - MAX_WINDOW + 1);
        text = text.slice(start, start + MAX_WINDOW);
      }
      for (const m of mutations) text = applyMutation(text, m);
      return text.length > 4 * MAX_WINDOW ? text.slice(0, 4 * MAX_WINDOW) : text;
    });
}

/** Lint options: the fixed `now`, sometimes a repository and a policy folder (they change fixes). */
const optionsArb = fc
  .record({
    repository: fc.option(fc.constantFrom('acme/widgets', 'larkspur/hive'), { nil: undefined }),
    policyDir: fc.option(fc.constantFrom('', '.github', 'docs'), { nil: undefined }),
  })
  .map(({ repository, policyDir }) => ({
    now: NOW,
    ...(repository ? { repository } : {}),
    ...(policyDir !== undefined ? { policyDir } : {}),
  }));

// ---------------------------------------------------------------------------------------------
// Checks (each throws an AssertionError with the details when the property is violated).

const INTERNAL = core.INTERNAL_ERROR;

function describeFinding(f) {
  return `${f.code} [${f.start}, ${f.end}) ${JSON.stringify(f.message)}`;
}

function checkNoInternalError(findings, what) {
  const internal = findings.filter((f) => f.code === INTERNAL);
  assert.equal(internal.length, 0, `${what} returned internal-error: ${internal.map(describeFinding).join('; ')}`);
}

function checkSpans(text, findings) {
  assert.ok(Array.isArray(findings), 'findings is not an array');
  let previous = -Infinity;
  for (const f of findings) {
    assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end), `non-integer offsets: ${describeFinding(f)}`);
    assert.ok(
      0 <= f.start && f.start <= f.end && f.end <= text.length,
      `span outside the text (length ${text.length}): ${describeFinding(f)}`,
    );
    assert.ok(f.start >= previous, `findings not sorted by start: ${describeFinding(f)} after start ${previous}`);
    previous = f.start;
    assert.equal(typeof f.message, 'string');
    assert.ok(['error', 'warning', 'info', 'hint'].includes(f.severity), `bad severity ${f.severity}`);
  }
}

function checkFixes(text, findings) {
  for (const f of findings) {
    for (const fix of f.fixes ?? []) {
      assert.equal(typeof fix.title, 'string', `fix of ${f.code} has no title`);
      assert.ok(Array.isArray(fix.edits), `fix "${fix.title}" of ${f.code} has no edits array`);
      const edits = [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
      let reach = 0;
      let delta = 0;
      for (const e of edits) {
        const where = `fix "${fix.title}" of ${describeFinding(f)}: edit [${e.start}, ${e.end}) ${JSON.stringify(e.newText)}`;
        assert.ok(Number.isInteger(e.start) && Number.isInteger(e.end), `${where}: non-integer offsets`);
        assert.ok(0 <= e.start && e.start <= e.end && e.end <= text.length, `${where}: outside the text (length ${text.length})`);
        assert.equal(typeof e.newText, 'string', `${where}: newText is not a string`);
        assert.ok(e.start >= reach, `${where}: overlaps an earlier edit of the same fix (which reaches ${reach})`);
        reach = e.end;
        delta += e.newText.length - (e.end - e.start);
      }
      const applied = core.applyEdits(text, fix.edits);
      assert.equal(typeof applied, 'string', `applyEdits did not give a string for fix "${fix.title}" of ${f.code}`);
      // Every edit was applied (none dropped as overlapping).
      assert.equal(applied.length, text.length + delta, `fix "${fix.title}" of ${f.code}: applyEdits dropped an edit`);
    }
  }
}

/** A short account of fixAll(fixAll(t)) !== fixAll(t): where the texts part, not whole texts. */
function describeNotIdempotent(input, once, twice) {
  let i = 0;
  while (i < once.text.length && once.text[i] === twice.text[i]) i++;
  const clip = (s) => JSON.stringify(s.length > 160 ? `${s.slice(0, 160)}…` : s);
  const remaining = (r) => [...new Set(r.findings.filter((f) => f.fixes && f.fixes.length > 0).map((f) => f.code))].join(', ');
  return [
    'fixAll is not idempotent: fixAll(fixAll(text).text).text !== fixAll(text).text',
    `  input length ${input.length}; first fixAll applied ${once.applied} fixes -> length ${once.text.length}, still fixable: ${remaining(once) || 'none'}`,
    `  second fixAll applied ${twice.applied} fixes -> length ${twice.text.length}`,
    `  texts part at offset ${i}: first ${clip(once.text.slice(Math.max(0, i - 40), i + 120))}`,
    `                          second ${clip(twice.text.slice(Math.max(0, i - 40), i + 120))}`,
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Properties.

/**
 * The list of properties: { name, weight, property }. `weight` is the relative number of runs
 * (cheap properties get more). Build once per process: reading the corpus happens here.
 */
function buildProperties() {
  const corpus = loadCorpus();
  const mdDocs = [...INVENTED_POLICIES, ...corpus.md];
  const txtDocs = [...INVENTED_TXT, ...corpus.txt];

  const linters = [
    {
      id: 'md',
      lint: (text, options) => core.lint(text, options),
      fixAll: (text, options) => core.fixAll(text, options),
      inputs: [
        { id: 'ascii+control', arb: asciiControlString, share: 1 },
        { id: 'unicode', arb: unicodeString, share: 1 },
        { id: 'markdown-lines', arb: markdownLines, share: 1 },
        { id: 'mutated-policy', arb: mutatedDocuments(mdDocs, MD_TOKENS), share: 0.8 },
      ],
    },
    {
      id: 'txt',
      lint: (text, options) => core.lintSecurityTxt(text, options),
      fixAll: (text, options) => core.fixAll(text, options, undefined, core.lintSecurityTxt),
      inputs: [
        // security.txt linting is cheap and its grammar small: fewer cases cover it.
        { id: 'ascii+control', arb: asciiControlString, share: 0.5 },
        { id: 'unicode', arb: unicodeString, share: 0.5 },
        { id: 'securitytxt-lines', arb: securityTxtLines, share: 0.5 },
        { id: 'mutated-securitytxt', arb: mutatedDocuments(txtDocs, TXT_TOKENS), share: 0.5 },
      ],
    },
  ];

  const checks = [
    {
      id: 'a-never-throws',
      share: 1,
      run: (L, text, options) => {
        let findings;
        try {
          findings = L.lint(text, options);
        } catch (error) {
          assert.fail(`lint threw: ${error && error.stack}`);
        }
        checkNoInternalError(findings, 'lint');
      },
    },
    { id: 'b-spans-sorted', share: 1, run: (L, text, options) => checkSpans(text, L.lint(text, options)) },
    {
      id: 'c-deterministic',
      share: 0.6,
      run: (L, text, options) =>
        assert.deepStrictEqual(L.lint(text, { ...options }), L.lint(text, { ...options }), 'two lints of the same text differ'),
    },
    { id: 'd-fixes-valid', share: 1, run: (L, text, options) => checkFixes(text, L.lint(text, options)) },
    {
      id: 'e-fixall-idempotent',
      share: 0.5,
      run: (L, text, options) => {
        const once = L.fixAll(text, options);
        assert.equal(typeof once.text, 'string');
        checkNoInternalError(once.findings, 'fixAll');
        const twice = L.fixAll(once.text, options);
        if (twice.text !== once.text) assert.fail(describeNotIdempotent(text, once, twice));
        checkNoInternalError(twice.findings, 'fixAll (second time)');
      },
    },
  ];

  const properties = [];
  for (const L of linters) {
    for (const input of L.inputs) {
      for (const check of checks) {
        properties.push({
          name: `${L.id} ${check.id} <- ${input.id}`,
          linter: L.id,
          // Relative share of the runs: expensive combinations (fixAll of a real policy) run less often.
          weight: input.share * check.share,
          property: fc.property(input.arb, optionsArb, (text, options) => {
            check.run(L, text, options);
          }),
        });
      }
    }
  }
  return { properties, corpus: { present: corpus.present, md: corpus.md.length, txt: corpus.txt.length, path: CORPUS } };
}

/** Splits `total` runs over the properties by weight (at least `min` each); the sum is >= total. */
function allocateRuns(properties, total, min = 20) {
  const sum = properties.reduce((s, p) => s + p.weight, 0);
  const runs = properties.map((p) => Math.max(min, Math.ceil((total * p.weight) / sum)));
  return runs;
}

/** The seed: FUZZ_SEED from the environment when set, else the fixed default. */
function seedFromEnv(env = process.env) {
  if (env.FUZZ_SEED === undefined || env.FUZZ_SEED === '') return DEFAULT_SEED;
  const seed = Number(env.FUZZ_SEED);
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, not ${JSON.stringify(env.FUZZ_SEED)}`);
  return seed | 0;
}

/** Each property gets its own seed derived from the base seed, so inputs differ between them. */
function propertySeed(seed, index) {
  return (seed + Math.imul(index, 1_000_003)) | 0;
}

function clip(value, max = 2000) {
  let s;
  try {
    s = fc.stringify(value);
  } catch {
    s = String(value);
  }
  return s.length > max ? `${s.slice(0, max)}… (${s.length} characters)` : s;
}

/** The failure report of fc.check details: property, replay parameters, counterexample, error. */
function describeFailure(p, details) {
  const error = details.errorInstance;
  const message = error instanceof Error ? error.message : String(details.error ?? error);
  const text = Array.isArray(details.counterexample) ? details.counterexample[0] : undefined;
  return [
    `Property "${p.name}" failed after ${details.numRuns} cases (${details.numShrinks} shrinks).`,
    `Replay: fc.check(property, { seed: ${details.seed}, path: ${JSON.stringify(details.counterexamplePath)} })`,
    `Counterexample text (${typeof text === 'string' ? text.length : '?'} characters): ${clip(text)}`,
    `Options: ${clip(Array.isArray(details.counterexample) ? details.counterexample[1] : undefined, 300)}`,
    `Error: ${message.length > 4000 ? `${message.slice(0, 4000)}…` : message}`,
  ].join('\n');
}

module.exports = {
  buildProperties,
  allocateRuns,
  seedFromEnv,
  propertySeed,
  describeFailure,
  applyMutation,
  DEFAULT_SEED,
  NOW,
  CORPUS,
  MD_TOKENS,
  TXT_TOKENS,
};
