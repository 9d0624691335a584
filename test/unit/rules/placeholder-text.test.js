// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { findingsOf, slicesOf, slice, md, forRule } = require('../helpers.js');

const CODE = 'placeholder-text';
const { expectOne } = forRule(CODE);

function policy(line) {
  return md('# Marlin CLI Security', '', '## Reporting a Vulnerability', '', line);
}

function expect(line, placeholders) {
  assert.deepEqual(slicesOf(policy(line), CODE), placeholders, `for ${JSON.stringify(line)}`);
}

test('fires on a {{ mustache }} variable: range, error, says what to do', () => {
  const text = policy('Email {{ security_email }} with the details.');
  expectOne(text, {
    severity: 'error',
    covers: '{{ security_email }}',
    message: [/unfilled placeholder/, /replace it with the real contact address/],
    data: { placeholder: '{{ security_email }}' },
  });
});

test('fires on [INSERT ...]', () => {
  expect('Email [INSERT EMAIL] with the details.', ['[INSERT EMAIL]']);
  expect('Our key is at [insert key URL here].', ['[insert key URL here]']);
});

test('fires on <your email>', () => {
  expect('Email <your email> with the details.', ['<your email>']);
});

test('fires on [your-email@...]', () => {
  expect('Email [your-email@marlin.dev] now.', ['[your-email@marlin.dev]']);
});

test('fires on a copied "[email protected]" obfuscation, also with an entity or as link text', () => {
  expect('Email [email protected] now.', ['[email protected]']);
  expect('Email [email&#160;protected] now.', ['[email&#160;protected]']);
  expect('Email [[email protected]](/cdn-cgi/l/email-protection#a1b2c3) now.', ['[email protected]']);
});

test('fires on all-caps template variables such as SECURITY_CONTACT_EMAIL', () => {
  const text = policy('Email SECURITY_CONTACT_EMAIL with the details.');
  const [f] = findingsOf(text, CODE);
  assert.equal(slice(text, f), 'SECURITY_CONTACT_EMAIL');
  assert.match(f.message, /contact address/);
  expect('Reports are read by YOUR_NAME.', ['YOUR_NAME']);
});

test('fires on TODO, TBD and FIXME in prose', () => {
  const text = policy('TODO: write this section.');
  const [f] = findingsOf(text, CODE);
  assert.equal(slice(text, f), 'TODO');
  assert.match(f.message, /real content/);
  expect('Response times are TBD.', ['TBD']);
  expect('FIXME add the key fingerprint.', ['FIXME']);
});

test('fires on each placeholder of a line, in order', () => {
  expect('Email {{ email }} or [INSERT PHONE]; TBD.', ['{{ email }}', '[INSERT PHONE]', 'TBD']);
});

test('fires on a placeholder in a table cell and in a heading', () => {
  const text = md('# {{ project_name }} Security', '', '| Version | Supported |', '|---|---|', '| TBD | yes |');
  assert.deepEqual(slicesOf(text, CODE), ['{{ project_name }}', 'TBD']);
});

test('silent: RFC 2119 keywords', () => {
  expect('You MUST NOT disclose the issue publicly. We SHOULD reply, and we MAY ask questions.', []);
});

test('silent: product names in tables', () => {
  const text = md('# Marlin', '', '| Product | Supported |', '|---|---|', '| MARLIN_CLI | yes |', '| MARLIN | yes |', '| AWS SDK | no |');
  assert.deepEqual(slicesOf(text, CODE), []);
});

test('silent: HTML comments', () => {
  const text = md('# Marlin', '', '<!-- TODO: fill in SECURITY_CONTACT_EMAIL and {{ email }} -->', '', 'Email security@marlin.dev.');
  assert.deepEqual(slicesOf(text, CODE), []);
});

test('silent: "SPDX" lines', () => {
  expect('SPDX-License-Identifier: MIT', []);
});

test('silent: normal code identifiers without placeholder words', () => {
  expect('Set `MAX_RETRIES` to 3 and call `parse_input()`.', []);
  expect('Set MAX_RETRIES to 3 and restart.', []);
  expect('Our API_KEY is rotated monthly.', []);
});

test('silent: lower-case "todo" as a word', () => {
  expect('Add it to the todo list of the release.', []);
});

// Square-bracketed and angle-bracketed slots and date masks, in every supported language.

const SLOTS = [
  '[Company]',
  '[Project Name]',
  '[product-site]',
  '[Explain the impact]',
  '[REPO_NAME]',
  '[Your Security Email]',
  '[maintainer-email]',
  '[Firmenname]',
  '[Ihre E-Mail-Adresse]',
  '[Nom du projet]',
  "[Décrivez l'impact]",
  '[Nombre de la empresa]',
  '[nome do projeto]',
  '[nome del progetto]',
  '[projectnaam]',
  '[nazwa projektu]',
  '[proje adı]',
  '[название проекта]',
  '[назва проєкту]',
  '[název projektu]',
  '[projektnamn]',
  '[nama proyek]',
  '[tên dự án]',
  '[اسم المشروع]',
  '[نام پروژه]',
  '[परियोजना का नाम]',
  '[ชื่อโครงการ]',
  '[项目名称]',
  '[プロジェクト名]',
  '[프로젝트명]',
  '<your email>',
  '<correo de seguridad>',
  '<votre adresse e-mail>',
  '<Ihre E-Mail>',
  '<<author>>',
  '<PGP_KEY_ID_OR_BLOCK>',
];

const DATE_MASKS = [
  'DD.MM.YYYY',
  'YYYY-MM-DD',
  'MM/DD/YYYY',
  'TT.MM.JJJJ',
  'JJ/MM/AAAA',
  'GG/MM/AAAA',
  'ДД.ММ.ГГГГ',
  'RRRR-MM-DD',
  'XX.XX.XXXX',
  'MM/YYYY',
  'YYYY年MM月DD日',
];

const NOT_SLOTS = [
  'Use the subject line [SECURITY] and describe the issue.',
  'Prefix the subject with [Acme Security].',
  'Mail security[at]acme-widgets[dot]dev.',
  'See the threat model [1] and the audit [2].',
  'Send the report to [security@acme-widgets.dev].',
  'Write [Bounty Category: Critical] in the title.',
  'Run `acme scan <path>` to reproduce.',
  'Subject: [SECURITY] <brief description>',
  'Subject: <name of the issue>',
  'Advisories are announced at YYYY-MM-DD HH:MM UTC on the list.',
  'Fixed in v1.2.3 on 2024-05-01 (CVE-2024-1234).',
  'Read [our policy](https://acme-widgets.dev/security) first.',
];

test('fires on square- and angle-bracketed slots in every supported language', () => {
  for (const slot of SLOTS) expect(`Contact: ${slot} for reports.`, [slot]);
});

test('fires on date masks in every supported language; the message asks for a date', () => {
  for (const mask of DATE_MASKS) expect(`Last updated: ${mask}`, [mask]);
  const [f] = findingsOf(policy('Stand: TT.MM.JJJJ'), CODE);
  assert.match(f.message, /replace it with the real date/);
});

test('silent on subject tags, obfuscation, references, addresses, command syntax, format descriptions and real dates', () => {
  for (const line of NOT_SLOTS) expect(line, []);
  expect('- [ ] Triage\n- [x] Fix', []);
  expect('[!NOTE]\n> Reports go to the security team.', []);
});
