// @ts-check
'use strict';
// client/src/compliance-flow.ts: the score in the status item, the report page the compliance
// report renders, and what "Choose compliance profiles" offers and writes. The TypeScript source
// is compiled here with esbuild. Build first (dist/core.js): node scripts/build.mjs

const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const { core, loadSource } = require('./helpers.js');

const flow = loadSource('client/src/compliance-flow.ts');
const { policyLineLink } = loadSource('shared/protocol.ts');

const CRA = { id: 'cra-manufacturer', short: 'CRA', title: 'EU Cyber Resilience Act: manufacturer', met: 5, total: 6 };
const STEWARD = {
  id: 'cra-steward',
  short: 'CRA steward',
  title: 'EU Cyber Resilience Act: open-source software steward',
  met: 1,
  total: 1,
};
const PROFILES = core.PROFILES.map((p) => ({ id: p.id, title: p.title, short: p.short, summary: p.summary }));

describe('the score in the status item', () => {
  test('short label and met/total per profile, joined by a middle dot', () => {
    assert.equal(flow.scoreLabel([CRA]), 'CRA 5/6');
    assert.equal(flow.scoreLabel([CRA, STEWARD]), 'CRA 5/6 · CRA steward 1/1');
  });

  test('no profile: nothing', () => {
    assert.equal(flow.scoreLabel(undefined), '');
    assert.equal(flow.scoreLabel([]), '');
    assert.equal(flow.scoreDetail(undefined), '');
  });

  test('the detail names each profile in full', () => {
    assert.equal(
      flow.scoreDetail([CRA, STEWARD]),
      'EU Cyber Resilience Act: manufacturer: 5 of 6 requirements met; EU Cyber Resilience Act: open-source software steward: 1 of 1 requirement met',
    );
  });
});

describe('policyLineLink (shared with the server)', () => {
  test('the URI and #L<line>; parentheses and white space escaped', () => {
    assert.equal(policyLineLink('file:///home/dev/widgets/SECURITY.md', 7), 'file:///home/dev/widgets/SECURITY.md#L7');
    assert.equal(policyLineLink('file:///home/dev/a (b)/SECURITY.md', 1), 'file:///home/dev/a%20%28b%29/SECURITY.md#L1');
  });
});

describe('the report page', () => {
  const URI = 'file:///home/dev/widgets%20(v2)/.github/SECURITY.md';
  const link = (line) => policyLineLink(URI, line);
  const command = (line) => `command:securityMd.openPolicyLine?${encodeURIComponent(JSON.stringify([URI, line]))}`;

  test('line links run the command that opens the policy at the line; other links stay; boxes become ✓ and ✗', () => {
    const markdown = [
      '## EU Cyber Resilience Act: manufacturer: 1 of 2 met',
      '',
      'Policy: `.github/SECURITY.md`',
      '',
      '- [x] **A contact address for reporting vulnerabilities**',
      `  - [line 5](${link(5)}): Email security@lanternworks.io.`,
      '  - Source: [Annex I, Part II, point (6)](https://eur-lex.europa.eu/eli/reg/2024/2847/oj)',
      '- [ ] **The type of security support and the end date of the support period**',
      `  - [line 12](${link(12)}): No support period. ([missing-support-period](https://github.com/security-md/security-md/blob/main/docs/rules/missing-support-period.md))`,
      '  - Source: [Annex II, point (7)](https://example.org/a.yaml#L10)',
      '',
    ].join('\n');
    assert.equal(
      flow.reportMarkdown(markdown, URI),
      [
        '## EU Cyber Resilience Act: manufacturer: 1 of 2 met',
        '',
        'Policy: `.github/SECURITY.md`',
        '',
        '- ✓ **A contact address for reporting vulnerabilities**',
        `  - [line 5](${command(5)}): Email security@lanternworks.io.`,
        '  - Source: [Annex I, Part II, point (6)](https://eur-lex.europa.eu/eli/reg/2024/2847/oj)',
        '- ✗ **The type of security support and the end date of the support period**',
        `  - [line 12](${command(12)}): No support period. ([missing-support-period](https://github.com/security-md/security-md/blob/main/docs/rules/missing-support-period.md))`,
        '  - Source: [Annex II, point (7)](https://example.org/a.yaml#L10)',
        '',
      ].join('\n'),
    );
  });

  test('the command URI carries the policy URI and the line as JSON arguments', () => {
    const uri = new URL(command(5));
    assert.equal(uri.protocol, 'command:');
    assert.equal(uri.pathname, 'securityMd.openPolicyLine');
    assert.deepEqual(JSON.parse(decodeURIComponent(uri.search.slice(1))), [URI, 5]);
  });

  test('links to another policy are left alone', () => {
    const other = `- [line 3](${policyLineLink('file:///home/dev/other/SECURITY.md', 3)})`;
    assert.equal(flow.reportMarkdown(other, URI), other);
  });

  test('the page: a CSP that allows no script, the stylesheets, the body', () => {
    const page = flow.reportPage('<h2>Title</h2>', {
      title: 'Compliance: SECURITY.md',
      cspSource: 'https://webview.test',
      stylesheets: ['https://webview.test/markdown.css'],
    });
    assert.match(
      page,
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src https:\/\/webview\.test 'unsafe-inline'; img-src https:\/\/webview\.test https: data:;">/,
    );
    assert.doesNotMatch(page, /script-src|<script/);
    assert.match(page, /<link rel="stylesheet" href="https:\/\/webview\.test\/markdown\.css">/);
    assert.match(page, /<title>Compliance: SECURITY\.md<\/title>/);
    assert.match(page, /<body class="vscode-body"><h2>Title<\/h2><\/body>/);
  });

  test('text that cannot be rendered is shown escaped', () => {
    assert.equal(flow.plainHtml('a <b> & "c"'), '<pre>a &#60;b&#62; &#38; &#34;c&#34;</pre>');
  });
});

describe('choosing profiles', () => {
  test('every profile, in order: title, short label, summary as detail; those selected picked', () => {
    const items = flow.profileItems(PROFILES, ['cra-manufacturer'], []);
    assert.deepEqual(
      items.map((i) => i.id),
      core.PROFILE_IDS,
    );
    assert.deepEqual(
      items.filter((i) => i.picked).map((i) => i.id),
      ['cra-manufacturer'],
    );
    const cra = items.find((i) => i.id === 'cra-manufacturer');
    assert.deepEqual(cra, {
      id: 'cra-manufacturer',
      label: 'EU Cyber Resilience Act: manufacturer',
      description: 'CRA',
      detail: core.profileById('cra-manufacturer').summary,
      picked: true,
    });
  });

  test('those .securitymd.json selects are picked and say so', () => {
    const items = flow.profileItems(PROFILES, [], ['iso-29147']);
    const iso = items.find((i) => i.id === 'iso-29147');
    assert.equal(iso.picked, true);
    assert.equal(iso.description, 'ISO 29147 · selected in .securitymd.json');
  });

  test('what is written: the picks, without those the file selects unless the setting has them', () => {
    assert.deepEqual(flow.profilesToWrite(['github', 'cra-manufacturer'], [], []), { value: ['github', 'cra-manufacturer'], kept: [] });
    assert.deepEqual(flow.profilesToWrite([], ['github'], []), { value: [], kept: [] });
    assert.deepEqual(flow.profilesToWrite(['github', 'iso-29147'], [], ['iso-29147']), { value: ['github'], kept: [] });
    assert.deepEqual(flow.profilesToWrite(['iso-29147'], ['iso-29147'], ['iso-29147']), { value: ['iso-29147'], kept: [] });
    // Unpicking what the file selects cannot unselect it: it is kept, and the user told.
    assert.deepEqual(flow.profilesToWrite(['github'], [], ['iso-29147', 'disclose-io']), {
      value: ['github'],
      kept: ['iso-29147', 'disclose-io'],
    });
  });

  test('the target: the workspace; the global settings without a folder; the folder when it sets the profiles itself', () => {
    assert.equal(flow.settingsTarget({ folderOpen: true, folderValueSet: false }), 'workspace');
    assert.equal(flow.settingsTarget({ folderOpen: false, folderValueSet: false }), 'global');
    assert.equal(flow.settingsTarget({ folderOpen: true, folderValueSet: true }), 'workspaceFolder');
  });

  test('the messages', () => {
    assert.equal(
      flow.writeFailedMessage('workspace', new Error('Unable to write into workspace settings because the file is read-only.')),
      'Could not save the compliance profiles (securityMd.profiles) in the workspace settings: Unable to write into workspace settings because the file is read-only.',
    );
    assert.equal(
      flow.writeFailedMessage('global', 'no disk'),
      'Could not save the compliance profiles (securityMd.profiles) in your user settings: no disk',
    );
    assert.equal(
      flow.keptMessage(['iso-29147'], PROFILES),
      'ISO/IEC 29147:2018 vulnerability disclosure policy stays selected: the .securitymd.json of the policy selects it. Edit its "profiles" to unselect.',
    );
    assert.equal(
      flow.keptMessage(['iso-29147', 'disclose-io', 'github'], PROFILES),
      'ISO/IEC 29147:2018 vulnerability disclosure policy, disclose.io core terms and GitHub security policy stay selected: the .securitymd.json of the policy selects them. Edit its "profiles" to unselect.',
    );
  });
});
