// @ts-check
'use strict';
// Invented policies shared by the CLI tests (and by the other suites that lint the same policy),
// the temporary repositories they are linted in, and a way to run dist/cli.js.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

/** The command line tool, built by node scripts/build.mjs. */
const CLI = path.join(__dirname, '..', '..', 'dist', 'cli.js');

/** A supported-versions section: 4.x is supported, 3.x is not (no final newline). */
const SUPPORTED_VERSIONS = `## Supported Versions

| Version | Supported |
| ------- | --------- |
| 4.x     | yes       |
| 3.x     | no        |`;

/** The header row and rule of a supported-versions table, laid out as in GitHub's template. */
const VERSIONS_TABLE_HEAD = ['| Version | Supported          |', '| ------- | ------------------ |'];

/** The sample table of GitHub's default SECURITY.md, as lines: template-text reports it. */
const GITHUB_SAMPLE_TABLE = [
  ...VERSIONS_TABLE_HEAD,
  '| 5.1.x   | :white_check_mark: |',
  '| 5.0.x   | :x:                |',
  '| 4.0.x   | :white_check_mark: |',
  '| < 4.0   | :x:                |',
];

/** A complete policy: no findings, and a Scorecard score of 10. */
const COMPLETE_POLICY = `# Security Policy

${SUPPORTED_VERSIONS}

## Reporting a Vulnerability

Email security@lanternworks.io with a description. We acknowledge reports within 2 business days.

## Disclosure Policy

We publish a GitHub security advisory within 90 days of a fix.
`;

/**
 * One section and a vague promise ("as soon as possible") on line 5: three warnings and an info,
 * no error; Scorecard 9/10 (a contact and text, one mention, "Vulnerability").
 */
const ONE_SECTION_POLICY = [
  '# Security Policy',
  '',
  '## Reporting a Vulnerability',
  '',
  'Email security@lanternworks.io. We will reply as soon as possible.',
  '',
].join('\n');

/**
 * A new temporary repository root holding these files (relative path → text). It has a .git
 * folder, so no config file above it takes part. Remove it with fs.rmSync(dir, { recursive: true }).
 */
function tempRepository(prefix, files) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.mkdirSync(path.join(dir, '.git'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

/**
 * A temporary repository (as tempRepository makes it) for the tests of one file: made now,
 * removed after the tests. Call it at the top level of the test file, or inside a describe.
 */
function testRepository(prefix, files) {
  const dir = tempRepository(prefix, files);
  require('node:test').after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * Runs dist/cli.js with `args` and waits for it: { status, stdout, stderr }. `options` go to
 * spawnSync on top of UTF-8 output and a timeout of 20 seconds; a failure to run throws.
 */
function runCliSync(args, options = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 20_000, ...options });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

module.exports = {
  CLI,
  SUPPORTED_VERSIONS,
  VERSIONS_TABLE_HEAD,
  GITHUB_SAMPLE_TABLE,
  COMPLETE_POLICY,
  ONE_SECTION_POLICY,
  tempRepository,
  testRepository,
  runCliSync,
};
