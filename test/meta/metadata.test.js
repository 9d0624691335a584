// The rule list is data: docs pages, the settings schema, the README table and the snippets must
// agree with it.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const core = require('../../dist/core.js');

const root = path.resolve(__dirname, '../..');
const read = (file) => fs.readFileSync(path.join(root, file), 'utf8');
const pkg = JSON.parse(read('package.json'));
const codes = core.rules.map((r) => r.code);
const allRules = [...core.rules, ...core.securityTxtRules];
const allCodes = allRules.map((r) => r.code);

test('rule codes are unique and kebab-case; security.txt rules are prefixed', () => {
  assert.equal(new Set(allCodes).size, allCodes.length);
  for (const code of codes) assert.match(code, /^[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)*$/);
  for (const rule of core.securityTxtRules) assert.match(rule.code, /^securitytxt\/[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)*$/);
});

test('every rule has a docs page with what, why, how to fix and an example', () => {
  for (const rule of allRules) {
    const page = read(`docs/rules/${rule.code}.md`);
    assert.match(page, new RegExp(`^# ${rule.code}\\n`), `${rule.code}: title`);
    for (const heading of ['## What it checks', '## Why', '## How to fix', '## Examples']) {
      assert.ok(page.includes(heading), `${rule.code}: missing "${heading}"`);
    }
    assert.ok(page.includes(`**${rule.severity}**`), `${rule.code}: page does not state severity ${rule.severity}`);
  }
});

test('no docs page without a rule', () => {
  const pages = (dir, prefix) =>
    fs
      .readdirSync(path.join(root, dir))
      .filter((f) => f.endsWith('.md') && f !== 'README.md')
      .map((f) => prefix + f.replace(/\.md$/, ''));
  assert.deepEqual([...pages('docs/rules', ''), ...pages('docs/rules/securitytxt', 'securitytxt/')].sort(), [...allCodes].sort());
});

test('the settings schema has one severity setting per rule, with the rule default', () => {
  const props = pkg.contributes.configuration.properties;
  const ruleKeys = Object.keys(props).filter((k) => k.startsWith('securityMd.rules.'));
  assert.deepEqual(ruleKeys.map((k) => k.slice('securityMd.rules.'.length)).sort(), [...allCodes].sort());
  for (const rule of allRules) {
    const prop = props[`securityMd.rules.${rule.code}`];
    assert.deepEqual(prop.enum, ['off', 'hint', 'info', 'warning', 'error']);
    assert.equal(prop.default, rule.severity, rule.code);
    assert.ok(prop.markdownDescription.includes(core.ruleDocsUrl(rule.code)), `${rule.code}: settings link to docs`);
  }
});

test('the README rule tables list every rule with its severity and docs link', () => {
  const readme = read('README.md');
  const rows = readme.split('\n').filter((l) => l.startsWith('| [`'));
  assert.equal(rows.length, allCodes.length);
  for (const rule of allRules) {
    assert.ok(
      rows.some((r) => r.startsWith(`| [\`${rule.code}\`](docs/rules/${rule.code}.md) | ${rule.severity} |`)),
      rule.code,
    );
  }
});

test('the docs indexes list every rule', () => {
  const index = read('docs/rules/README.md');
  for (const code of codes) assert.ok(index.includes(`(${code}.md)`), code);
  const txtIndex = read('docs/rules/securitytxt/README.md');
  for (const rule of core.securityTxtRules) assert.ok(txtIndex.includes(`(${rule.code.slice('securitytxt/'.length)}.md)`), rule.code);
});

test('the snippets file is the one generated from the section templates', () => {
  const onDisk = JSON.parse(read('snippets/security-md.code-snippets'));
  assert.deepEqual(onDisk, core.snippetsFile());
  for (const snippet of Object.values(onDisk)) assert.match(snippet.prefix, /^secmd-/);
});

test('rule docs URLs point at the docs pages of this repository', () => {
  assert.equal(core.ruleDocsUrl('no-contact'), `${pkg.repository.url.replace(/\.git$/, '')}/blob/main/docs/rules/no-contact.md`);
});

test('the benchmark starts the server with the flags the extension uses', () => {
  const launch = read('shared/launch.ts');
  const flags = /SERVER_EXEC_ARGV = (\[[^\]]*\])/.exec(launch)[1];
  assert.ok(read('bench/run.mjs').includes(`const SERVER_EXEC_ARGV = ${flags};`));
});
