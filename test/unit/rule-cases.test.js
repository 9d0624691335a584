// @ts-check
'use strict';
// Rule cases as data, in the manner of ESLint's RuleTester: what a rule reports on a text (the
// ranges, severity, message, data and fix) is written down in rules/cases/<code>.json and
// securitytxt/cases/<name>.json (the rule securitytxt/<name>), and this file turns every group of
// cases into one test. Tests that need code (several files, a setting built at run time, the
// parts of a fix beyond its result) stay in the rule's own test file.
//
// A case file holds one object:
//   about    prose for the reader: what the cases pin (the harness skips it)
//   frame    optional: the lines of the document each case's line goes into, "{}" where it goes
//   options  optional: lint options for every case (rules, profiles, now as an ISO date)
//   groups   [{ name, frame?, options?, slices?, silent?, cases? }], each one test named name:
//     slices  { line: [texts] }: the texts the rule's findings cover in the framed line, in order
//     silent  [lines]: framed lines on which the rule says nothing
//     unreadable  an address, or { address, paragraph }: the rule is silent on a policy in a
//             language the linter cannot read (unsupported-language fires on it) with that contact
//             and, when given, that second paragraph (unreadablePolicy in helpers.js)
//     cases   [case], one document each:
//       the document: line (one line into the frame), lines (several), text (a whole document's
//                     lines, no frame), raw (the document exactly: line ends, no final newline)
//                     or unreadable (as the group key above: a policy the linter cannot read);
//                     a line "{template:<id>}" stands for the text of that section template, as
//                     a quick fix inserts it
//       options       optional: replaces the file's and the group's options
//       slices        the texts the findings cover, in order
//       findings      [{ covers, line, severity, message, matches, data, fixes }]: exactly these
//                     findings, in order; covers is the text of its range, line the line (from 1)
//                     where it starts, message the whole message, matches regular expressions the
//                     message matches ("text", or "/text/i" with flags), data fields of
//                     finding.data, fixes the titles of its quick fixes ([] for none); each is
//                     checked when given
//       codes         the codes of every finding on the document, any rule's, in order
//       fix           { title?, preferred?, line | lines | text | raw, clean? }: the preferred fix of
//                     the first finding (else its first fix); its title, whether it is marked
//                     preferred, and the document it makes (in the forms above, framed alike);
//                     clean: "rule" (default: the rule is then silent), "all" (nothing fires) or
//                     false
//       fixAll        { line | lines | text | raw, clean? }: what fix-all of this rule makes of the
//                     document, and what may fire then (as for fix)
// A security.txt rule's documents are linted as security.txt, with the not-signed hint off.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { core, lintAll, lintTxt, slice, applyPreferred, assertFinding, templateText, unreadablePolicy } = require('./helpers.js');

const FOLDERS = [
  { dir: path.join(__dirname, 'rules', 'cases'), prefix: '', lint: lintAll },
  { dir: path.join(__dirname, 'securitytxt', 'cases'), prefix: 'securitytxt/', lint: lintTxt },
];

const RULE_CODES = new Set([...core.rules, ...core.securityTxtRules].map((r) => r.code));

const FILE_KEYS = ['about', 'frame', 'options', 'groups'];
const GROUP_KEYS = ['name', 'frame', 'options', 'slices', 'silent', 'unreadable', 'cases'];
const DOCUMENT_KEYS = ['line', 'lines', 'text', 'raw', 'unreadable'];
const CASE_KEYS = [...DOCUMENT_KEYS, 'options', 'slices', 'findings', 'codes', 'fix', 'fixAll'];
const FINDING_KEYS = ['covers', 'line', 'severity', 'message', 'matches', 'data', 'fixes'];
const FIX_KEYS = [...DOCUMENT_KEYS, 'title', 'preferred', 'clean'];
const FIX_ALL_KEYS = [...DOCUMENT_KEYS, 'clean'];

/** Fails on a key the format does not know, so that a misspelt expectation cannot pass unchecked. */
function known(object, keys, where) {
  const unknown = Object.keys(object).filter((k) => !keys.includes(k));
  assert.deepEqual(unknown, [], `${where}: unknown keys`);
}

/** Lines joined with LF and a final newline; a line "{template:<id>}" stands for that section template's text. */
const joinLines = (/** @type {string[]} */ lines) =>
  lines.map((l) => (/^\{template:[\w-]{1,40}\}$/.test(l) ? templateText(l.slice(10, -1)) : l)).join('\n') + '\n';

/** A policy the linter cannot read (unreadablePolicy): its address, or { address, paragraph }. */
function unreadableOf(spec) {
  return typeof spec === 'string' ? unreadablePolicy(spec) : unreadablePolicy(spec.address, spec.paragraph);
}

/** The document a case (or a fix result) describes, put into `frame` where it gives lines. */
function documentOf(spec, frame, where) {
  const forms = DOCUMENT_KEYS.filter((k) => spec[k] !== undefined);
  assert.equal(forms.length, 1, `${where}: give exactly one of ${DOCUMENT_KEYS.join(', ')}`);
  if (spec.raw !== undefined) return spec.raw;
  if (spec.unreadable !== undefined) return unreadableOf(spec.unreadable);
  if (spec.text !== undefined) return joinLines(spec.text);
  const lines = spec.line !== undefined ? [spec.line] : spec.lines;
  if (!frame) return joinLines(lines);
  assert.ok(frame.includes('{}'), `${where}: the frame has no "{}"`);
  return joinLines(frame.flatMap((l) => (l === '{}' ? lines : [l])));
}

/** A pattern from a case file: "text" (flag u), or "/text/flags". */
function patternOf(/** @type {string} */ source) {
  const slashed = /^\/(.*)\/([a-z]*)$/su.exec(source);
  return slashed ? new RegExp(slashed[1], slashed[2].includes('u') ? slashed[2] : `${slashed[2]}u`) : new RegExp(source, 'u');
}

/** Lint options from a case file: `now` is written as an ISO date. */
function optionsOf(options) {
  if (!options) return {};
  return options.now ? { ...options, now: new Date(options.now) } : options;
}

/** What may fire on a fixed document: clean "rule" (the default) silences the rule, "all" everything. */
function afterFix(rule, fixed, opts, clean = 'rule', where) {
  if (clean === 'rule') assert.deepEqual(rule.findingsOf(fixed, opts), [], `${where}: the rule still fires after the fix`);
  if (clean === 'all') assert.deepEqual(rule.lintAll(fixed, opts), [], `${where}: something fires after the fix`);
}

function checkCase(rule, c, frame, options, where) {
  known(c, CASE_KEYS, where);
  const expectations = ['slices', 'findings', 'codes', 'fix', 'fixAll'].filter((k) => c[k] !== undefined);
  assert.ok(expectations.length > 0, `${where}: the case expects nothing`);
  const text = documentOf(c, frame, where);
  const opts = optionsOf(c.options ?? options);
  const findings = rule.findingsOf(text, opts);
  if (c.slices)
    assert.deepEqual(
      findings.map((f) => slice(text, f)),
      c.slices,
      where,
    );
  if (c.findings) {
    assert.equal(findings.length, c.findings.length, `${where}: ${findings.length} findings`);
    c.findings.forEach((expected, i) => {
      known(expected, FINDING_KEYS, where);
      const { matches = [], message, line, fixes, ...rest } = expected;
      if (fixes !== undefined)
        assert.deepEqual(
          (findings[i].fixes ?? []).map((f) => f.title),
          fixes,
          `${where}: the fixes of finding ${i + 1}`,
        );
      if (line !== undefined)
        assert.equal(text.slice(0, findings[i].start).split('\n').length, line, `${where}: the line of finding ${i + 1}`);
      assertFinding(text, findings[i], {
        ...rest,
        message: [...(message === undefined ? [] : [message]), ...matches.map(patternOf)],
      });
    });
  }
  if (c.codes)
    assert.deepEqual(
      rule.lintAll(text, opts).map((f) => f.code),
      c.codes,
      `${where}: the codes of every finding`,
    );
  if (c.fix) {
    known(c.fix, FIX_KEYS, `${where} fix`);
    assert.ok(findings.length > 0, `${where}: no finding to fix`);
    const fix = findings[0].fixes?.find((f) => f.isPreferred) ?? findings[0].fixes?.[0];
    assert.ok(fix, `${where}: the finding has no fix`);
    if (c.fix.title !== undefined) assert.equal(fix.title, c.fix.title);
    if (c.fix.preferred !== undefined) assert.equal(fix.isPreferred === true, c.fix.preferred, `${where}: whether the fix is preferred`);
    const fixed = applyPreferred(text, findings[0]);
    assert.equal(fixed, documentOf(c.fix, frame, `${where} fix`));
    afterFix(rule, fixed, opts, c.fix.clean, where);
  }
  if (c.fixAll) {
    known(c.fixAll, FIX_ALL_KEYS, `${where} fixAll`);
    const all = core.fixAll(text, opts, new Set([rule.code]), rule.lintAll);
    assert.equal(all.text, documentOf(c.fixAll, frame, `${where} fixAll`));
    afterFix(rule, all.text, opts, c.fixAll.clean, `${where} fixAll`);
  }
}

function groupTest(rule, file, group) {
  test(`${rule.code}: ${group.name}`, () => {
    known(group, GROUP_KEYS, group.name);
    const frame = group.frame ?? file.frame;
    const options = group.options ?? file.options;
    const cases = [
      ...Object.entries(group.slices ?? {}).map(([line, slices]) => ({ line, slices })),
      ...(group.silent ?? []).map((line) => ({ line, slices: [] })),
      ...(group.cases ?? []),
    ];
    if (group.unreadable !== undefined) {
      const text = unreadableOf(group.unreadable);
      assert.ok(
        rule.lintAll(text, optionsOf(options)).some((f) => f.code === 'unsupported-language'),
        'the policy is unreadable',
      );
      cases.push({ raw: text, slices: [] });
    }
    assert.ok(cases.length > 0, `${group.name}: no cases`);
    cases.forEach((c, i) =>
      checkCase(rule, c, frame, options, `${group.name} #${i + 1} ${JSON.stringify(c.line ?? c.lines ?? c.text ?? c.raw)}`),
    );
  });
}

for (const { dir, prefix, lint } of FOLDERS) {
  if (!fs.existsSync(dir)) continue;
  for (const name of fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const code = prefix + name.slice(0, -'.json'.length);
    const file = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
    known(file, FILE_KEYS, name);
    const rule = {
      code,
      lintAll: lint,
      findingsOf: (/** @type {string} */ text, /** @type {object} */ opts) => lint(text, opts).filter((f) => f.code === code),
    };
    test(`${code}: the case file names a rule and has groups`, () => {
      assert.ok(RULE_CODES.has(code), `no rule ${code}`);
      assert.ok(file.groups.length > 0, 'no groups');
    });
    for (const group of file.groups) groupTest(rule, file, group);
  }
}
