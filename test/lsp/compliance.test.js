// @ts-check
'use strict';
// Compliance profiles in the language server, over stdio: the checklist of securityMd/complianceReport,
// the score in securityMd/status, the profiles of securityMd/profiles, and a change of the
// `securityMd.profiles` setting turning the profiles' rules on. Build first: node scripts/build.mjs

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { startServer, ROOT, SEVERITY } = require('./lsp-client');

const core = require(path.join(ROOT, 'dist', 'core.js'));

// An invented policy: a contact, an acknowledgement time and advisories, but no supported versions.
const POLICY = [
  '# Security Policy',
  '',
  '## Reporting a Vulnerability',
  '',
  'Email security@lanternworks.io. We acknowledge reports within 3 business days.',
  '',
  '## Disclosure Policy',
  '',
  'We publish a GitHub security advisory for every fixed vulnerability within 90 days.',
  '',
].join('\n');

const CRA = { id: 'cra-manufacturer', short: 'CRA', title: 'EU Cyber Resilience Act: manufacturer', met: 5, total: 6 };

/** The checklist of POLICY against cra-manufacturer, each line linked to `uri`. */
function craChecklist(uri) {
  const eurLex = 'https://eur-lex.europa.eu/eli/reg/2024/2847/oj';
  const contact = `  - [line 5](${uri}#L5): Email security@lanternworks.io. We acknowledge reports within 3 business days.`;
  const docs = (code) => `https://github.com/security-md/security-md/blob/main/docs/rules/${code}.md`;
  return [
    '## EU Cyber Resilience Act: manufacturer: 5 of 6 met',
    '',
    'Policy: `.github/SECURITY.md`',
    '',
    '- [x] **A single point of contact through which users can report vulnerabilities**',
    contact,
    `  - Source: [Article 13(17)](${eurLex})`,
    '- [x] **Fixed vulnerabilities are disclosed publicly once an update is available**',
    `  - [line 9](${uri}#L9): We publish a GitHub security advisory for every fixed vulnerability within 90 days.`,
    `  - Source: [Annex I, Part II, point (4)](${eurLex})`,
    '- [x] **A policy on coordinated vulnerability disclosure is in place**',
    `  - [line 7](${uri}#L7): \\#\\# Disclosure Policy`,
    `  - Source: [Annex I, Part II, point (5)](${eurLex})`,
    '- [x] **A contact address for reporting vulnerabilities**',
    contact,
    `  - Source: [Annex I, Part II, point (6)](${eurLex})`,
    '- [x] **Where vulnerabilities can be reported and where the disclosure policy can be found**',
    contact,
    `  - Source: [Annex II, point (2)](${eurLex})`,
    '- [ ] **The type of security support and the end date of the support period**',
    `  - Missing: No support period: give the end date of security support, or how long each release receives security fixes. ([missing-support-period](${docs('missing-support-period')}))`,
    `  - Missing: No "Supported Versions" section: add one with a table of the versions that receive security fixes. ([missing-supported-versions](${docs('missing-supported-versions')}))`,
    `  - Source: [Annex II, point (7)](${eurLex})`,
    '',
  ].join('\n');
}

const NO_PROFILE = [
  '## No compliance profile is selected',
  '',
  'Run **SECURITY.md: Choose compliance profiles**, set `securityMd.profiles`, or list them under `"profiles"` in `.securitymd.json`.',
  '',
].join('\n');

let tmp;
/** One server for every test; each test opens its policy in a workspace folder of its own. */
let client;
/** The editor settings of each folder (by its URI), as the server pulls them; tests change them. */
const settingsOf = new Map();
const FOLDERS = Array.from({ length: 20 }, (_, i) => `p${i + 1}`);

before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'security-md-compliance-'));
  const folders = FOLDERS.map((name) => {
    const dir = path.join(tmp, name === 'p20' ? 'a (b) c' : name);
    fs.mkdirSync(dir);
    return { uri: pathToFileURL(dir).href, name };
  });
  ({ client } = await startServer({
    workspaceFolders: folders,
    capabilities: { textDocument: { diagnostic: {} }, workspace: { configuration: true, diagnostics: { refreshSupport: true } } },
    settings: (item) => settingsOf.get(folders.find((f) => item.scopeUri.startsWith(`${f.uri}/`))?.uri) ?? { rules: {} },
  }));
  FOLDERS.splice(0, FOLDERS.length, ...folders.map((f) => f.uri));
});
after(async () => {
  await client?.kill();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

let next = 0;
/**
 * The policy open at `rel` in a new folder whose editor settings are `settings` and which holds
 * `files` (relative path -> content) on disk. `folder` picks a folder by index instead.
 */
function openPolicy(settings, { files = {}, rel = '.github/SECURITY.md', text = POLICY, folder = next++ } = {}) {
  const folderUri = FOLDERS[folder];
  settingsOf.set(folderUri, settings);
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(new URL(folderUri).pathname, name), content);
  const uri = `${folderUri}/${rel}`;
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  return { client, uri, folderUri };
}

/** Pulls the diagnostics of `uri` and the status notification that the lint sends. */
async function pullWithStatus(uri) {
  const status = client.waitForNotification('securityMd/status', (p) => p.uri === uri);
  const report = await client.request('textDocument/diagnostic', { textDocument: { uri } });
  return { items: report.items, status: await status };
}

describe('securityMd/complianceReport', () => {
  test('the checklist of the policy as it is in the editor, each line linked, with the score', async () => {
    const { uri } = openPolicy({ rules: {}, profiles: ['cra-manufacturer'] });
    const result = await client.request('securityMd/complianceReport', { uri });
    assert.deepEqual(result, { markdown: craChecklist(uri), profiles: [CRA] });
    // The same as the core writes it (and as `security-md check --format markdown` prints it).
    const report = core.checkCompliance(core.parsePolicy(POLICY), 'cra-manufacturer');
    assert.equal(
      result.markdown,
      core.complianceMarkdown(report, '.github/SECURITY.md', (line) => `${uri}#L${line}`),
    );
  });

  test('follows edits: a supported-versions table with an end date meets the last requirement', async () => {
    const { uri } = openPolicy({ rules: {}, profiles: ['cra-manufacturer'] });
    const table = ['## Supported Versions', '', '| Version | Supported until |', '| --- | --- |', '| 4.x | 2030-06-30 |', ''].join('\n');
    client.didChange(uri, 2, [{ text: `${POLICY}\n${table}` }]);
    const result = await client.request('securityMd/complianceReport', { uri });
    assert.deepEqual(result.profiles, [{ ...CRA, met: 6 }]);
    assert.match(result.markdown, /^## EU Cyber Resilience Act: manufacturer: 6 of 6 met\n/);
    assert.doesNotMatch(result.markdown, /- \[ \]/);
  });

  test('several profiles: one checklist after the other, in the order of the setting', async () => {
    const { uri } = openPolicy({ rules: {}, profiles: ['openssf-baseline-2', 'cra-manufacturer'] });
    const result = await client.request('securityMd/complianceReport', { uri });
    assert.deepEqual(result.profiles, [
      { id: 'openssf-baseline-2', short: 'Baseline L2', title: 'OpenSSF Security Baseline, level 2', met: 4, total: 4 },
      CRA,
    ]);
    const model = core.parsePolicy(POLICY);
    const link = (line) => `${uri}#L${line}`;
    assert.equal(
      result.markdown,
      [core.complianceMarkdown(core.checkCompliance(model, 'openssf-baseline-2'), '.github/SECURITY.md', link), craChecklist(uri)].join(
        '\n',
      ),
    );
  });

  test('no profile selected: says how to select one, no scores', async () => {
    const { uri } = openPolicy({ rules: {} });
    assert.deepEqual(await client.request('securityMd/complianceReport', { uri }), { markdown: NO_PROFILE, profiles: [] });
  });

  test('the profiles of .securitymd.json apply with those of the settings, as for the diagnostics', async () => {
    const { uri } = openPolicy(
      { rules: {}, profiles: ['cra-manufacturer'] },
      { files: { '.securitymd.json': JSON.stringify({ profiles: ['openssf-baseline-1'] }) }, rel: 'SECURITY.md' },
    );
    const result = await client.request('securityMd/complianceReport', { uri });
    assert.deepEqual(
      result.profiles.map((p) => `${p.id} ${p.met}/${p.total}`),
      ['cra-manufacturer 5/6', 'openssf-baseline-1 1/1'],
    );
    const { items } = await pullWithStatus(uri);
    assert.ok(
      items.some((d) => d.code === 'missing-support-period'),
      'the diagnostics use the same profiles',
    );
  });

  test('a URI with parentheses and spaces: the links stay one Markdown destination', async () => {
    const { uri, folderUri } = openPolicy({ rules: {}, profiles: ['openssf-baseline-1'] }, { folder: FOLDERS.length - 1 });
    assert.ok(folderUri.endsWith('/a%20(b)%20c'), folderUri);
    const { markdown } = await client.request('securityMd/complianceReport', { uri });
    const link = `${folderUri.replace('a%20(b)%20c', 'a%20%28b%29%20c')}/.github/SECURITY.md#L5`;
    assert.ok(markdown.includes(`[line 5](${link}):`), markdown);
  });

  test('a document that is not open, or not a policy: a heading that says so', async () => {
    const { uri } = openPolicy({ rules: {}, profiles: ['cra-manufacturer'] });
    const closed = uri.replace('.github/SECURITY.md', 'docs/SECURITY.md');
    assert.deepEqual(await client.request('securityMd/complianceReport', { uri: closed }), {
      markdown: '## The policy is not open in the editor\n',
      profiles: [],
    });
    const readme = uri.replace('.github/SECURITY.md', 'README.md');
    client.notify('textDocument/didOpen', { textDocument: { uri: readme, languageId: 'markdown', version: 1, text: POLICY } });
    const notPolicy = await client.request('securityMd/complianceReport', { uri: readme });
    assert.deepEqual(notPolicy.profiles, []);
    assert.match(notPolicy.markdown, /^## Not a policy\n/);
    await assert.rejects(client.request('securityMd/complianceReport', {}), /needs a uri/);
  });
});

describe('securityMd/status carries the score of the selected profiles', () => {
  test('with a profile: the findings and { id, short, title, met, total } per profile', async () => {
    const { uri } = openPolicy({ rules: {}, profiles: ['cra-manufacturer'] });
    const { items, status } = await pullWithStatus(uri);
    assert.deepEqual(Object.keys(status).sort(), ['errors', 'findings', 'ms', 'profiles', 'uri']);
    assert.equal(status.findings, items.length);
    assert.deepEqual(status.profiles, [CRA]);
  });

  test('a policy large enough for the lint worker: the worker sends the score too', async () => {
    const filler = Array.from({ length: 2400 }, (_, i) => `Release ${i + 1} notes live in the changelog of the project.`).join('\n\n');
    const text = `${POLICY}\n## Release notes\n\n${filler}\n`;
    assert.ok(text.length > 128 * 1024, String(text.length));
    const { uri } = openPolicy({ rules: {}, profiles: ['cra-manufacturer', 'openssf-baseline-1'] }, { text });
    const { status } = await pullWithStatus(uri);
    const model = core.parsePolicy(text);
    assert.deepEqual(
      status.profiles,
      ['cra-manufacturer', 'openssf-baseline-1'].map((id) => {
        const r = core.checkCompliance(model, id);
        return { id, short: r.short, title: r.title, met: r.met, total: r.total };
      }),
    );
    assert.deepEqual(
      status.profiles.map((p) => `${p.short} ${p.met}/${p.total}`),
      ['CRA 5/6', 'Baseline L1 1/1'],
    );
  });

  test('without a profile: no profiles key at all', async () => {
    const { uri } = openPolicy({ rules: {} });
    const { status } = await pullWithStatus(uri);
    assert.deepEqual(Object.keys(status).sort(), ['errors', 'findings', 'ms', 'uri']);
  });
});

describe('a change of securityMd.profiles', () => {
  test('workspace/didChangeConfiguration: the profile rules turn on, the status and the report follow', async () => {
    const { uri, folderUri } = openPolicy({ rules: {} });
    const before = await pullWithStatus(uri);
    assert.deepEqual(
      before.items.map((d) => d.code),
      ['missing-supported-versions'],
    );
    assert.equal(before.status.profiles, undefined);

    settingsOf.set(folderUri, { rules: {}, profiles: ['cra-manufacturer'] });
    const refresh = client.waitForServerRequest('workspace/diagnostic/refresh');
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await refresh;
    const after = await pullWithStatus(uri);
    assert.deepEqual(
      after.items.map((d) => [d.code, d.severity]),
      [
        ['missing-support-period', SEVERITY.WARNING],
        ['missing-supported-versions', SEVERITY.WARNING],
      ],
    );
    assert.deepEqual(after.status.profiles, [CRA]);
    assert.deepEqual((await client.request('securityMd/complianceReport', { uri })).profiles, [CRA]);
  });
});

describe('securityMd/profiles', () => {
  test('every profile with its title, short label, summary and needs; none from a config file without one', async () => {
    const { uri } = openPolicy({ rules: {} });
    const result = await client.request('securityMd/profiles', { uri });
    assert.deepEqual(
      result.profiles,
      core.PROFILES.map((p) => ({ id: p.id, title: p.title, short: p.short, summary: p.summary, needs: core.policyNeeds([p.id]) })),
    );
    assert.equal(result.profiles.length, 10);
    assert.deepEqual(result.fromConfigFile, []);
    assert.deepEqual((await client.request('securityMd/profiles', {})).fromConfigFile, []);
  });

  test('the profiles the nearest .securitymd.json selects', async () => {
    const { uri } = openPolicy(
      { rules: {} },
      { files: { '.securitymd.json': JSON.stringify({ profiles: ['iso-29147', 'disclose-io'] }) } },
    );
    assert.deepEqual((await client.request('securityMd/profiles', { uri })).fromConfigFile, ['iso-29147', 'disclose-io']);
  });
});
