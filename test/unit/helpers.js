// @ts-check
'use strict';
// Shared helpers for the unit tests of the SECURITY.md linter core.

const path = require('node:path');
const assert = require('node:assert/strict');
const core = require(path.join(__dirname, '..', '..', 'dist', 'core.js'));

/** The fixed reference time of every test: dates are judged against it. */
const NOW = new Date('2026-11-22T00:00:00Z');

/** All findings for `text`, linted at NOW unless opts.now says otherwise. */
function lintAll(text, opts = {}) {
  return core.lint(text, { now: NOW, ...opts });
}

/** The findings of one rule code. */
function findingsOf(text, code, opts = {}) {
  return lintAll(text, opts).filter((f) => f.code === code);
}

/** The source text a finding (or any {start, end}) covers. */
function slice(text, range) {
  return text.slice(range.start, range.end);
}

/** The texts covered by the findings of one code, in order. */
function slicesOf(text, code, opts = {}) {
  return findingsOf(text, code, opts).map((f) => slice(text, f));
}

/** Joins lines with LF (fixtures are easier to read as arrays of lines). */
function md(...lines) {
  return lines.join('\n') + '\n';
}

/** A security.txt from its lines (LF, final newline). */
function txt(...lines) {
  return lines.join('\n') + '\n';
}

/**
 * security.txt findings at the fixed date. The not-signed hint, which every unsigned fixture
 * would get, is off unless a test turns it on (its own test does).
 */
function lintTxt(text, opts = {}) {
  return core.lintSecurityTxt(text, { now: NOW, ...opts, rules: { ...UNSIGNED_OK, ...opts.rules } });
}

/** The armor lines that open a signed security.txt, up to its body (invented). */
const SIGNED_HEAD = ['-----BEGIN PGP SIGNED MESSAGE-----', 'Hash: SHA512', ''];

/** A signature block that closes a signed security.txt (invented data: it verifies nothing). */
const SIGNATURE = [
  '-----BEGIN PGP SIGNATURE-----',
  '',
  'iQIzBAEBCgAdFiEEZe7+AiEI4rcIy/z3+ecS5Zr18ioFAmnzrqkACgkQ+ecS5Zr1',
  '8iozkw//Zx6fFAPgmSP/j4C/ESI60mC7fBJXOJsn+RMUR1QdQjBZOy4y+u4zEK/3',
  '=dWjZ',
  '-----END PGP SIGNATURE-----',
];

/** Rule settings that let an unsigned fixture be clean. */
const UNSIGNED_OK = { 'securitytxt/not-signed': 'off' };

/**
 * The text of a section template with every tab stop at its default: what a quick fix inserts.
 * Its words are pinned once, by the policy texts of create-policy-profiles.test.js.
 */
function templateText(id) {
  return core.renderTemplate(core.SECTION_TEMPLATES.find((t) => t.id === id).body);
}

/** Applies the preferred fix of a finding: its edits are offsets into `text`. */
function applyPreferred(text, finding) {
  const fix = finding.fixes.find((f) => f.isPreferred) ?? finding.fixes[0];
  return [...fix.edits].sort((a, b) => b.start - a.start).reduce((out, e) => out.slice(0, e.start) + e.newText + out.slice(e.end), text);
}

/**
 * Asserts what a finding says: its severity, the exact text it covers, the patterns its message
 * matches (a string is the whole message) and fields of its data; each is checked only when given.
 */
function assertFinding(text, finding, expected) {
  const { severity, covers, message, data } = expected;
  if (severity !== undefined) assert.equal(finding.severity, severity);
  if (covers !== undefined) assert.equal(slice(text, finding), covers);
  for (const m of message === undefined ? [] : Array.isArray(message) ? message : [message]) {
    if (typeof m === 'string') assert.equal(finding.message, m);
    else assert.match(finding.message, m);
  }
  for (const [key, value] of Object.entries(data ?? {})) assert.deepEqual(finding.data[key], value, `data.${key}`);
  return finding;
}

/**
 * The helpers of one rule's tests: its findings, the texts they cover, the one finding a text must
 * have, the same with what it says (assertFinding), silence on a policy the linter cannot read and
 * a fix that lints clean. `lint` is lintAll, or lintTxt for a security.txt rule.
 */
function forRule(code, lint = lintAll) {
  const findingsOf = (text, opts = {}) => lint(text, opts).filter((f) => f.code === code);
  const slicesOf = (text, opts = {}) => findingsOf(text, opts).map((f) => slice(text, f));
  function one(text, opts = {}) {
    const findings = findingsOf(text, opts);
    assert.equal(findings.length, 1, `expected one ${code} in ${JSON.stringify(text)}, got ${findings.length}`);
    return findings[0];
  }
  const expectOne = (text, expected, opts = {}) => assertFinding(text, one(text, opts), expected);
  /** Asserts that the linter cannot read `text` (unsupported-language fires) and that the rule is silent on it. */
  function silentUnreadable(text, opts = {}) {
    assert.ok(lint(text, opts).some((f) => f.code === 'unsupported-language'));
    assert.deepEqual(findingsOf(text, opts), []);
  }
  /** Asserts that the preferred fix of `finding` turns `text` into `expected`, which lints clean. */
  function fixesClean(text, finding, expected, opts = {}) {
    const fixed = applyPreferred(text, finding);
    assert.equal(fixed, expected);
    assert.deepEqual(lint(fixed, opts), []);
  }
  return { findingsOf, slicesOf, one, expectOne, silentUnreadable, fixesClean };
}

/** forRule for a security.txt rule. */
function forTxtRule(code) {
  return forRule(code, lintTxt);
}

/**
 * A TypeScript module of the sources compiled on the spot (esbuild, bundled with its imports), for
 * tests of internal modules that dist/core.js does not export. Path relative to the repository;
 * `external`: imports left to require at run time (e.g. 'vscode').
 * @param {string} relativePath
 * @param {{ external?: string[] }} [options]
 */
function loadSource(relativePath, { external = [] } = {}) {
  const esbuild = require('esbuild');
  /** @type {any} Module's internals (_nodeModulePaths, _compile) are not in its types. */
  const Module = require('node:module');
  const source = path.join(__dirname, '..', '..', relativePath);
  const out = esbuild.buildSync({
    entryPoints: [source],
    bundle: true,
    external,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'silent',
  });
  const filename = source.replace(/\.ts$/, '.compiled.js');
  const m = new Module(filename);
  m.filename = filename;
  m.paths = Module._nodeModulePaths(path.dirname(filename));
  m._compile(out.outputFiles[0].text, filename);
  return m.exports;
}

/**
 * A short policy in Finnish, a language the linter cannot read, with `address` as its contact:
 * rules that read words must stay silent on it (unsupported-language says why). `paragraph`, its
 * second paragraph, is what a rule would find if it could read it (the default asks for the version
 * and the steps to reproduce, and promises a fix).
 */
function unreadablePolicy(
  address,
  paragraph = 'Kerro viestissä, mitä versiota käytät ja miten virheen saa toistettua. Julkaisemme korjauksen heti, kun se on valmis.',
) {
  return md(
    '# Tietoturvaohje',
    '',
    'Jos huomaat ohjelmassamme haavoittuvuuden, älä kirjoita siitä julkiseen keskusteluun tai vikailmoitukseen.',
    'Lähetä meille kuvaus sähköpostilla, niin palaamme asiaan muutaman päivän kuluessa ja kerromme, miten korjaus etenee.',
    '',
    paragraph,
    '',
    address,
  );
}

/** A policy titled `title` whose reporting section gives `address`, then `lines` after a blank line. */
function reportingPolicy(title, address, ...lines) {
  return md(`# ${title}`, '', '## Reporting a Vulnerability', '', `Email ${address}.`, ...(lines.length ? ['', ...lines] : []));
}

/**
 * Compiles a client module against a stand-in for the `vscode` module, for the duration of a
 * test file: call it at the top level; the stand-in is removed after the file's tests.
 * @param {string} relativePath
 * @param {object} vscode
 * @returns {{ module: any }} filled before the first test runs
 */
function clientModuleWith(relativePath, vscode) {
  const { before, after } = require('node:test');
  /** @type {any} Module's internals (_resolveFilename) are not in its types. */
  const Module = require('node:module');
  const loaded = { module: /** @type {any} */ (undefined) };
  let originalResolve;
  before(() => {
    originalResolve = Module._resolveFilename;
    Module._resolveFilename = function (/** @type {string} */ request, /** @type {any[]} */ ...rest) {
      return request === 'vscode' ? 'vscode' : originalResolve.call(this, request, ...rest);
    };
    require.cache.vscode = /** @type {any} */ ({ id: 'vscode', filename: 'vscode', loaded: true, exports: vscode });
    loaded.module = loadSource(relativePath, { external: ['vscode'] });
  });
  after(() => {
    Module._resolveFilename = originalResolve;
    delete require.cache.vscode;
  });
  return loaded;
}

module.exports = {
  clientModuleWith,
  unreadablePolicy,
  reportingPolicy,
  core,
  NOW,
  UNSIGNED_OK,
  SIGNED_HEAD,
  SIGNATURE,
  lintAll,
  findingsOf,
  slice,
  slicesOf,
  md,
  txt,
  lintTxt,
  applyPreferred,
  templateText,
  assertFinding,
  forRule,
  forTxtRule,
  loadSource,
};
