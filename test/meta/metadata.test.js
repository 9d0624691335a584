// The rule list is data. The settings, the schema, the snippets and the rule tables are generated
// from it by the build; its docs pages are written by hand and checked here.

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

test('every rule has a docs page: title, summary and severity, what, why, how to fix, examples, configuration', () => {
  for (const rule of allRules) {
    const page = read(`docs/rules/${rule.code}.md`);
    assert.match(page, new RegExp(`^# ${rule.code}\\n`), `${rule.code}: title`);
    // The first sentence is the rule's summary in the docs index.
    const lead = page.split('\n\n')[1];
    assert.ok(
      lead.includes(` Default severity: **${rule.severity}**. Quick fix: `),
      `${rule.code}: the first paragraph is "<summary> Default severity: **${rule.severity}**. Quick fix: ..."`,
    );
    for (const heading of ['## What it checks', '## Why', '## How to fix', '## Examples', '## Configuration']) {
      assert.ok(page.includes(`\n${heading}\n`), `${rule.code}: missing "${heading}"`);
    }
  }
});

test('every rule has its cases (or a test file that names it, when it needs keys or files), and every case file a rule', () => {
  const caseFile = (code) =>
    code.startsWith('securitytxt/') ? `test/unit/securitytxt/cases/${code.slice(12)}.json` : `test/unit/rules/cases/${code}.json`;
  const testTexts = ['test/unit/rules', 'test/unit/securitytxt'].flatMap((dir) =>
    fs
      .readdirSync(path.join(root, dir))
      .filter((name) => name.endsWith('.test.js'))
      .map((name) => read(`${dir}/${name}`)),
  );
  const untested = allCodes.filter(
    (code) => !fs.existsSync(path.join(root, caseFile(code))) && !testTexts.some((t) => t.includes(`'${code}'`)),
  );
  assert.deepEqual(untested, [], 'rules without cases');
  const files = ['test/unit/rules/cases', 'test/unit/securitytxt/cases'].flatMap((dir) =>
    fs.readdirSync(path.join(root, dir)).map((name) => `${dir}/${name}`),
  );
  assert.deepEqual(
    files.filter((f) => !allCodes.some((code) => caseFile(code) === f)),
    [],
    'case files without a rule',
  );
});

test('no docs page without a rule', () => {
  const pages = (dir, prefix) =>
    fs
      .readdirSync(path.join(root, dir))
      .filter((f) => f.endsWith('.md') && f !== 'README.md')
      .map((f) => prefix + f.replace(/\.md$/, ''));
  assert.deepEqual([...pages('docs/rules', ''), ...pages('docs/rules/securitytxt', 'securitytxt/')].sort(), [...allCodes].sort());
});

test('each rule is in the file named after its code, so that the generated rule lists find it', () => {
  const file = (code) => code.replace(/^securitytxt\//, 'securitytxt/rules/').replace(/^(?!securitytxt\/)/, 'rules/');
  for (const code of allCodes)
    assert.ok(fs.existsSync(path.join(root, 'server/src/core', `${file(code)}.ts`)), `${code}: ${file(code)}.ts`);
});

// The rule lists are written from the rule files, and the settings, the schema, the snippets and
// the rule tables from the rule lists, by `npm run build` (scripts/rule-index.mjs and
// scripts/generate.mjs): the committed files must be what it writes now.
test('the generated files are current', async () => {
  const { generatedFiles } = await import('../../scripts/generate.mjs');
  const { ruleIndexes } = await import('../../scripts/rule-index.mjs');
  const generated = [...ruleIndexes(root).map(({ file, text }) => [file, text]), ...generatedFiles(core, read)];
  for (const [file, text] of generated) {
    const committed = read(file);
    if (committed === text) continue;
    const a = committed.split('\n');
    const b = text.split('\n');
    const line = a.findIndex((l, i) => l !== b[i]);
    assert.fail(`${file} is not current: run npm run build and commit. Line ${line + 1} is\n  ${a[line]}\nand should be\n  ${b[line]}`);
  }
});

test('the generated settings, tables and indexes cover every rule', () => {
  const props = pkg.contributes.configuration.properties;
  const settings = Object.keys(props).filter((k) => k.startsWith('securityMd.rules.'));
  assert.deepEqual(
    settings,
    allCodes.map((code) => `securityMd.rules.${code}`),
  );
  for (const rule of allRules) {
    const prop = props[`securityMd.rules.${rule.code}`];
    assert.equal(prop.default, rule.severity, rule.code);
    assert.ok(prop.markdownDescription.includes(core.ruleDocsUrl(rule.code)), `${rule.code}: settings link to docs`);
  }
  const readmeRows = read('README.md')
    .split('\n')
    .filter((l) => l.startsWith('| [`') && l.includes('](docs/rules/'));
  assert.deepEqual(
    readmeRows.map((r) => r.split(' | ').slice(0, 2).join(' | ')),
    allRules.map((r) => `| [\`${r.code}\`](docs/rules/${r.code}.md) | ${r.severity}`),
  );
  const index = read('docs/rules/README.md') + read('docs/rules/securitytxt/README.md');
  for (const rule of allRules)
    assert.ok(index.includes(`| [${rule.code}](${rule.code.replace(/^securitytxt\//, '')}.md) | ${rule.severity} |`), rule.code);
});

test("securityMd.profiles and the schema's profiles offer every profile, described by its title", () => {
  const props = pkg.contributes.configuration.properties;
  const schema = JSON.parse(read('schemas/securitymd.schema.json'));
  const setting = props['securityMd.profiles'];
  for (const items of [setting.items, schema.properties.profiles.items]) {
    assert.deepEqual(items.enum, core.PROFILE_IDS);
    assert.deepEqual(
      items.markdownEnumDescriptions,
      core.PROFILES.map((p) => p.title),
    );
  }
  assert.deepEqual([setting.type, setting.default, setting.scope], ['array', [], 'resource']);
  // The rule parameters as the settings reader takes them.
  const options = props['securityMd.ruleOptions'];
  assert.deepEqual(options.default, {});
  assert.equal(options.scope, 'resource');
  assert.deepEqual(options.properties, schema.properties.ruleOptions.properties);
  const days = options.properties['slow-acknowledgement'].properties.maxAcknowledgeDays;
  assert.deepEqual([days.type, days.minimum, days.maximum], ['integer', 1, 365]);
  assert.deepEqual(options.properties['missing-safe-harbor'].properties.level.enum, ['commitment', 'full']);
});

test('the snippets all start with secmd-', () => {
  for (const snippet of Object.values(JSON.parse(read('snippets/security-md.code-snippets')))) assert.match(snippet.prefix, /^secmd-/);
});

test('relative links in the README, CONTRIBUTING and docs lead to files of the repository', () => {
  const markdown = (dir) =>
    fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
      const file = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) return markdown(file);
      return entry.name.endsWith('.md') ? [file] : [];
    });
  const broken = [];
  for (const file of ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md', 'SECURITY.md', ...markdown('docs')]) {
    // Inline links and images outside code: [text](target) with a target that is no URL.
    const text = read(file)
      .replace(/```[\s\S]*?```/g, '')
      .replace(/`[^`\n]*`/g, '');
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z][a-z0-9+.-]*:|^#/i.test(target)) continue;
      const relative = decodeURIComponent(target.replace(/#.*$/, ''));
      if (!fs.existsSync(path.join(root, path.dirname(file), relative))) broken.push(`${file}: ${target}`);
    }
  }
  assert.deepEqual(broken, []);
});

test('rule docs URLs point at the docs pages of this repository', () => {
  assert.equal(core.ruleDocsUrl('no-contact'), `${pkg.repository.url.replace(/\.git$/, '')}/blob/main/docs/rules/no-contact.md`);
});

test('the benchmark starts the server with the flags the extension uses', () => {
  const launch = read('shared/launch.ts');
  const flags = /SERVER_EXEC_ARGV = (\[[^\]]*\])/.exec(launch)[1];
  assert.ok(read('bench/run.mjs').includes(`const SERVER_EXEC_ARGV = ${flags};`));
});
