// @ts-check
'use strict';
// Bug bounty and disclosure platforms: a program's page is a private channel, whether it is
// linked or written in prose without a scheme; the platform's blog, documentation, listings and
// home page are not. Channels keep their order in the generated security.txt.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { core, NOW, md } = require('../helpers.js');

function policy(...lines) {
  return md('# Acme Security', '', '## Reporting a Vulnerability', '', ...lines);
}

function noContact(text) {
  return core.lint(text, { now: NOW }).some((f) => f.code === 'no-contact');
}

function contacts(text) {
  return core
    .generateSecurityTxt(core.parsePolicy(text), { now: NOW })
    .fields.filter((f) => f.name === 'Contact')
    .map((f) => f.value);
}

/** Program pages and report forms of a project on the platforms. */
const PROGRAMS = [
  ...[
    'https://hackerone.com/acme',
    'https://hackerone.com/acme_widgets',
    'https://hackerone.com/acme/reports/new',
    'https://hackerone.com/acme?type=team',
  ],
  ...[
    'https://hackerone.com/acme/policy_scopes',
    'https://www.hackerone.com/acme-ecosystem',
    'https://bugcrowd.com/acme',
    'https://bugcrowd.com/acme/report',
  ],
  ...[
    'https://bugcrowd.com/engagements/acme-vdp',
    'https://app.intigriti.com/programs/acme/acmevdp/detail',
    'https://www.intigriti.com/programs/acme/acme-bounty',
  ],
  ...[
    'https://app.intigriti.com/researcher/programs/acme/acmevdp/detail',
    'https://yeswehack.com/programs/acme-bug-bounty',
    'https://immunefi.com/bug-bounty/acme/',
  ],
  ...[
    'https://immunefi.com/bounty/acme',
    'https://immunefi.com/bug-bounty/acme/information/',
    'https://hackenproof.com/acme/acme-protocol',
    'https://hackenproof.com/programs/acme',
  ],
  ...[
    'https://www.openbugbounty.org/bugbounty/acme/',
    'https://huntr.com/repos/acme/widgets',
    'https://huntr.dev/repos/acme/widgets',
    'https://huntr.com/bounties/disclose/?target=x',
  ],
  ...[
    'https://www.federacy.com/acme',
    'https://cobalt.io/acme',
    'https://www.synack.com/vdp/acme',
    'https://www.zerodayinitiative.com/portal/',
  ],
  ...[
    'https://tidelift.com/security',
    'https://msrc.microsoft.com/create-report',
    'https://bughunters.google.com/report',
    'https://g.co/vulnz',
  ],
  ...['https://kb.cert.org/vince/', 'https://www.kb.cert.org/vuls/report/'],
];

/** The platforms' own pages: blog, documentation, listings, home pages, a program's thanks, a disclosed report. */
const REFERENCES = [
  ...[
    'https://hackerone.com/',
    'https://www.hackerone.com/',
    'https://www.hackerone.com/blog/how-to-run-a-vdp',
    'https://docs.hackerone.com/en/articles/8494488',
  ],
  ...[
    'https://www.hackerone.com/disclosure-guidelines',
    'https://hackerone.com/reports/12345',
    'https://hackerone.com/acme/thanks',
    'https://hackerone.com/acme/hacktivity',
  ],
  ...[
    'https://hackerone.com/organizations/acme/settings/users',
    'https://hackerone.com/hacktivity',
    'https://hackerone.com/directory/programs',
    'https://hackerone.com/leaderboard',
  ],
  ...[
    'https://bugcrowd.com/',
    'https://www.bugcrowd.com/blog/bug-bounty-basics/',
    'https://docs.bugcrowd.com/researchers/',
    'https://bugcrowd.com/programs',
  ],
  ...[
    'https://bugcrowd.com/vulnerability-rating-taxonomy',
    'https://www.intigriti.com/',
    'https://www.intigriti.com/researchers/blog/hacking-tools',
    'https://kb.intigriti.com/en/articles/x',
  ],
  ...[
    'https://yeswehack.com/',
    'https://www.yeswehack.com/learn-bug-bounty',
    'https://immunefi.com/',
    'https://immunefi.com/blog/security-guide',
    'https://immunefi.com/explore/',
  ],
  ...[
    'https://hackenproof.com/blog/for-hackers/x',
    'https://www.openbugbounty.org/',
    'https://www.openbugbounty.org/reports/123/',
    'https://huntr.com/',
    'https://huntr.dev/',
  ],
  ...[
    'https://www.federacy.com/',
    'https://www.federacy.com/blog/vdp',
    'https://cobalt.io/',
    'https://www.synack.com/',
    'https://www.zerodayinitiative.com/advisories/ZDI-24-001/',
  ],
  ...[
    'https://www.zerodayinitiative.com/blog/',
    'https://tidelift.com/',
    'https://tidelift.com/subscription/pkg/npm-acme',
    'https://support.tidelift.com/hc/en-us/articles/1-Security-process',
  ],
  ...[
    'https://msrc.microsoft.com/update-guide',
    'https://msrc.microsoft.com/blog/',
    'https://bughunters.google.com/',
    'https://bughunters.google.com/about/rules/1/rules',
  ],
  ...['https://bughunters.google.com/learn', 'https://security.snyk.io/vuln/SNYK-JS-ACME-1', 'https://kb.cert.org/vuls/id/123456'],
];

/** The ways a link is written in Markdown. */
const LINK_FORMS = [
  (url) => `Report through [our program](${url}).`,
  (url) => `Report through ${url} please.`,
  (url) => `Report through <${url}>.`,
  (url) => `Report through [our program][program].\n\n[program]: ${url}`,
  (url) => `Report through <a href="${url}">our program</a>.`,
  (url) => `请通过 ${url} 报告。`,
];

test(`a program's page on a platform is a channel: ${PROGRAMS.length} pages × ${LINK_FORMS.length} link forms`, () => {
  for (const url of PROGRAMS) {
    for (const form of LINK_FORMS) {
      const text = policy(form(url));
      assert.equal(noContact(text), false, text);
      assert.deepEqual(contacts(text), [url], text);
      const channels = core.privateChannels(core.parsePolicy(text));
      assert.deepEqual(
        channels.map((c) => c.kind),
        ['platform'],
        text,
      );
    }
  }
});

test(`a platform's own page is no channel: ${REFERENCES.length} pages × ${LINK_FORMS.length} link forms`, () => {
  for (const url of REFERENCES) {
    for (const form of LINK_FORMS) {
      const text = policy(form(url));
      assert.equal(noContact(text), true, text);
      assert.deepEqual(contacts(text), [], text);
    }
  }
});

/** Punctuation of several scripts that may follow a link in prose. */
const AFTER_URL = [
  '',
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  ')',
  '。',
  '，',
  '、',
  '；',
  '）',
  '」',
  '】',
  '》',
  '！',
  '？',
  '،',
  '।',
  '»',
  '”',
  '\u3000',
];

test(`a program's page written without a scheme is a channel, whatever punctuation follows (${AFTER_URL.length} marks)`, () => {
  for (const url of PROGRAMS) {
    const written = url.replace(/^https:\/\//, '');
    // "www." addresses are links already (GitHub links them); the rest is read from the prose.
    if (written.startsWith('www.') || /[?]/.test(written)) continue;
    for (const mark of AFTER_URL) {
      for (const line of [`Report at ${written}${mark} and wait.`, `请在${written}${mark}提交报告。`, `(${written}${mark})`]) {
        const text = policy(line);
        assert.deepEqual(contacts(text), [url], text);
        assert.equal(noContact(text), false, text);
      }
    }
  }
});

test("a platform's own page written without a scheme is no channel", () => {
  for (const written of [
    'hackerone.com/blog',
    'hackerone.com/',
    'docs.hackerone.com/programs',
    'bugcrowd.com/programs',
    'immunefi.com/explore',
    'tidelift.com/docs',
  ]) {
    const text = policy(`Read ${written} for background.`);
    assert.equal(noContact(text), true, text);
  }
});

test('a program named without a scheme and linked is one channel', () => {
  const text = policy('Report through [hackerone.com/acme](https://hackerone.com/acme).');
  assert.deepEqual(contacts(text), ['https://hackerone.com/acme']);
  assert.equal(core.privateChannels(core.parsePolicy(text)).length, 1);
});

test('a link that runs on into the next sentence of another script ends at its punctuation', () => {
  for (const [line, contact] of [
    ['报告请访问 https://hackerone.com/acme。谢谢', 'https://hackerone.com/acme'],
    ['報告は https://hackerone.com/acme（英語）へ', 'https://hackerone.com/acme'],
    ['Signalez sur https://yeswehack.com/programs/acme« merci »', 'https://yeswehack.com/programs/acme'],
    ['Report at https://acme.dev/security，thanks', 'https://acme.dev/security'],
  ]) {
    assert.deepEqual(contacts(policy(line)), [contact], line);
  }
});

test("the project's own bug bounty, VDP, CVD and security.txt pages are channels", () => {
  for (const url of [
    'https://acme.dev/security',
    'https://acme.dev/bug-bounty',
    'https://acme.dev/bugbounty/',
    'https://acme.dev/vdp',
    'https://acme.dev/cvd',
    'https://acme.dev/.well-known/security.txt',
    'https://bugbounty.acme.dev/',
    'https://vdp.acme.dev/',
    'https://security.acme.dev/',
    'https://acme.dev/responsible-disclosure',
    'https://acme.dev/vulnerability-disclosure-policy',
  ]) {
    const text = policy(`Report through [our page](${url}).`);
    assert.equal(noContact(text), false, url);
    assert.deepEqual(contacts(text), [url], url);
  }
});

test('channels keep their order in the generated security.txt, platforms among them', () => {
  const text = policy(
    'Report at hackerone.com/acme, or email security@acme.dev.',
    '',
    'If neither works, use [our form](https://acme.dev/security/report) or https://bugcrowd.com/acme.',
  );
  assert.deepEqual(contacts(text), [
    'https://hackerone.com/acme',
    'mailto:security@acme.dev',
    'https://acme.dev/security/report',
    'https://bugcrowd.com/acme',
  ]);
});
