// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { core, slice, md } = require('./helpers.js');
const { SUPPORTED_VERSIONS } = require('../cli/fixtures.js');

const parse = (text) => core.parsePolicy(text);

// ---- sections ----

const DOC = md(
  '# Sandpiper Security Policy',
  '',
  'Intro paragraph.',
  '',
  SUPPORTED_VERSIONS,
  '',
  '## Reporting a Vulnerability',
  '',
  'When we receive a report, we will:',
  '',
  '- Confirm it within 2 business days.',
  '- Ship a fix.',
  '  - Backport it to 3.x.',
  '',
  '### PGP Key',
  '',
  'Fingerprint below.',
  '',
  '## Disclosure Policy',
  '',
  'We publish an advisory.',
);

test('sections: title, depth, kinds, heading span', () => {
  const m = parse(DOC);
  assert.deepEqual(
    m.sections.map((s) => [s.title, s.depth, s.kinds]),
    [
      ['Sandpiper Security Policy', 1, []],
      ['Supported Versions', 2, ['supported-versions']],
      ['Reporting a Vulnerability', 2, ['reporting']],
      ['PGP Key', 3, ['encryption']],
      ['Disclosure Policy', 2, ['disclosure']],
    ],
  );
  assert.deepEqual(
    m.sections.map((s) => slice(DOC, s.heading)),
    ['# Sandpiper Security Policy', '## Supported Versions', '## Reporting a Vulnerability', '### PGP Key', '## Disclosure Policy'],
  );
});

test('sections run to the next heading of the same or a higher level', () => {
  const m = parse(DOC);
  const [title, versions, reporting, pgp, disclosure] = m.sections;
  assert.equal(title.start, 0);
  assert.equal(title.end, DOC.length);
  assert.equal(slice(DOC, versions).trimEnd(), DOC.slice(versions.start, DOC.indexOf('## Reporting')).trimEnd());
  assert.equal(versions.end, DOC.indexOf('## Reporting'));
  // The level-3 section nests inside the reporting section.
  assert.equal(reporting.end, DOC.indexOf('## Disclosure'));
  assert.equal(pgp.end, DOC.indexOf('## Disclosure'));
  assert.ok(slice(DOC, reporting).includes('### PGP Key'));
  assert.equal(disclosure.end, DOC.length);
});

test('section kinds of common headings, in several languages', () => {
  const kinds = (title) => parse(`## ${title}\n`).sections[0].kinds;
  for (const [title, expected] of /** @type {[string, string[]][]} */ ([
    ['Reporting Security Issues', ['reporting']],
    ['Vulnerability disclosure', ['reporting', 'disclosure']],
    ['Response timeline', ['response']],
    ['What to expect', ['response']],
    ['Scope', ['scope']],
    ['Safe Harbor', ['safe-harbor']],
    ['Acknowledgments', ['acknowledgments']],
    ['Hall of Fame', ['acknowledgments']],
    ['Careers', ['hiring']],
    ['Overview', []],
    ['Sicherheitslücke melden', ['reporting']],
    ['Versions prises en charge', ['supported-versions']],
    ['报告漏洞', ['reporting']],
    ['サポートされているバージョン', ['supported-versions']],
    ['취약점 신고', ['reporting']],
    ['Поддерживаемые версии', ['supported-versions']],
  ])) {
    assert.deepEqual(kinds(title), expected, title);
  }
});

test('blocks know their section; -1 before the first heading', () => {
  const text = md('Preamble.', '', '# Title', '', 'Body.');
  const m = parse(text);
  assert.deepEqual(
    m.blocks.map((b) => [b.type, b.text, b.section]),
    [
      ['paragraph', 'Preamble.', -1],
      ['heading', 'Title', 0],
      ['paragraph', 'Body.', 0],
    ],
  );
});

test('setext headings are sections', () => {
  const text = md('Sandpiper', '=========', '', 'Reporting', '---------', '', 'Body.');
  const m = parse(text);
  assert.deepEqual(
    m.sections.map((s) => [s.title, s.depth, slice(text, s.heading)]),
    [
      ['Sandpiper', 1, 'Sandpiper\n========='],
      ['Reporting', 2, 'Reporting\n---------'],
    ],
  );
});

// ---- e-mail addresses ----

test('an address in prose (which GitHub autolinks): source text, span covers only the address', () => {
  const text = md('# S', '', 'Email security@sandpiper.dev.');
  const m = parse(text);
  assert.equal(m.emails.length, 1);
  const [e] = m.emails;
  assert.equal(e.address, 'security@sandpiper.dev');
  assert.equal(e.source, 'text');
  assert.equal(slice(text, e), 'security@sandpiper.dev');
  assert.deepEqual(m.links, [], 'a bare address is not made into a link');
});

test('a repeated autolinked address gets two distinct spans', () => {
  const text = md('# S', '', 'Mail like security@sandpiper.dev goes to security@sandpiper.dev and **ops@sandpiper.dev**.');
  const m = parse(text);
  assert.deepEqual(
    m.emails.map((e) => [e.address, slice(text, e)]),
    [
      ['security@sandpiper.dev', 'security@sandpiper.dev'],
      ['security@sandpiper.dev', 'security@sandpiper.dev'],
      ['ops@sandpiper.dev', 'ops@sandpiper.dev'],
    ],
  );
  assert.notEqual(m.emails[0].start, m.emails[1].start);
  assert.equal(m.emails[1].start, text.lastIndexOf('security@sandpiper.dev'));
});

test('an address with a Markdown escape: one email, its span covers the address as written', () => {
  const text = md('# S', '', 'Email sec\\_team@sandpiper.dev now.');
  assert.ok(text.includes('sec\\_team@sandpiper.dev'));
  const m = parse(text);
  assert.equal(m.emails.length, 1);
  assert.equal(m.emails[0].address, 'sec_team@sandpiper.dev');
  assert.equal(slice(text, m.emails[0]), 'sec\\_team@sandpiper.dev');
});

test('mailto links keep their link text and span; the email span selects the address', () => {
  const text = md('# S', '', '[Write to us](mailto:security@sandpiper.dev?subject=Bug) or <psirt@sandpiper.dev>.');
  const m = parse(text);
  assert.deepEqual(
    m.emails.map((e) => [e.address, e.source, e.linkText, slice(text, e), slice(text, e.link)]),
    [
      [
        'security@sandpiper.dev',
        'mailto',
        'Write to us',
        'security@sandpiper.dev',
        '[Write to us](mailto:security@sandpiper.dev?subject=Bug)',
      ],
      ['psirt@sandpiper.dev', 'mailto', 'psirt@sandpiper.dev', 'psirt@sandpiper.dev', '<psirt@sandpiper.dev>'],
    ],
  );
});

test('a link whose target is a bare address is kept as such', () => {
  const text = md('# S', '', 'Email [security@sandpiper.dev](security@sandpiper.dev).');
  const m = parse(text);
  assert.deepEqual(
    m.emails.map((e) => [e.address, e.source, slice(text, e.link)]),
    [['security@sandpiper.dev', 'bare-link', '[security@sandpiper.dev](security@sandpiper.dev)']],
  );
});

test('percent-escapes in a mailto target are decoded', () => {
  const m = parse('[us](mailto:security%40sandpiper.dev)\n');
  assert.equal(m.emails[0].address, 'security@sandpiper.dev');
});

test('addresses in inline code have source "text"', () => {
  const text = md('# S', '', 'Email `security@sandpiper.dev`.');
  const [e] = parse(text).emails;
  assert.equal(e.source, 'text');
  assert.equal(slice(text, e), 'security@sandpiper.dev');
  assert.equal(e.block.text, 'Email security@sandpiper.dev.');
});

test('obfuscated addresses are decoded and their spans cover what is written', () => {
  for (const written of [
    'security at sandpiper dot dev',
    'security[at]sandpiper.dev',
    'security (at) sandpiper (dot) dev',
    'security [at] sandpiper [dot] dev',
    'security AT sandpiper DOT dev',
  ]) {
    const text = md('# S', '', `Write to ${written} please.`);
    const m = parse(text);
    assert.equal(m.emails.length, 1, written);
    assert.equal(m.emails[0].source, 'obfuscated');
    assert.equal(m.emails[0].address, 'security@sandpiper.dev');
    assert.equal(slice(text, m.emails[0]), written);
  }
});

test('prose with "at" is not an obfuscated address', () => {
  const m = parse(md('# S', '', 'Look at sandpiper.dev for details, and meet us at the conference.'));
  assert.deepEqual(m.emails, []);
});

test('not addresses: package versions, handles and git remotes', () => {
  const text = md('# S', '', 'Install lodash@4.17.21, thank @octocat, and clone git@github.com:sandpiper/sandpiper.git first.');
  assert.deepEqual(
    parse(text).emails.map((e) => e.address),
    [],
  );
});

test('broken addresses in prose are kept for invalid-email', () => {
  const text = md('# S', '', 'Email security@ or a@@b.com.');
  assert.deepEqual(
    parse(text).emails.map((e) => [e.address, e.source, slice(text, e)]),
    [
      ['security@', 'text', 'security@'],
      ['a@@b.com', 'text', 'a@@b.com'],
    ],
  );
});

test('HTML mailto anchors are addresses', () => {
  const text = md('# S', '', 'Email <a href="mailto:security@sandpiper.dev">the team</a>.');
  const [e] = parse(text).emails;
  assert.equal(e.address, 'security@sandpiper.dev');
  assert.equal(slice(text, e), 'security@sandpiper.dev');
  assert.equal(slice(text, e.link), 'mailto:security@sandpiper.dev');
});

test('emails are sorted by position', () => {
  const text = md('# S', '', 'security at sandpiper dot dev, then [b](mailto:b@sandpiper.dev), then c@sandpiper.dev.');
  const m = parse(text);
  assert.deepEqual(
    m.emails.map((e) => e.address),
    ['security@sandpiper.dev', 'b@sandpiper.dev', 'c@sandpiper.dev'],
  );
});

// ---- links ----

test('links: url, text, span and section, inline, autolink, reference and HTML', () => {
  const text = md(
    '# S',
    '',
    'See [the policy](https://sandpiper.dev/policy), <https://sandpiper.dev/key.asc> and [HackerOne][h1].',
    '',
    '## Reporting',
    '',
    '<a href="https://sandpiper.dev/report">form</a>',
    '',
    '[h1]: https://hackerone.com/sandpiper',
  );
  const m = parse(text);
  assert.deepEqual(
    m.links.map((l) => [l.url, l.text, slice(text, l), l.section]),
    [
      ['https://sandpiper.dev/policy', 'the policy', '[the policy](https://sandpiper.dev/policy)', 0],
      ['https://sandpiper.dev/key.asc', 'https://sandpiper.dev/key.asc', '<https://sandpiper.dev/key.asc>', 0],
      ['https://hackerone.com/sandpiper', 'HackerOne', '[HackerOne][h1]', 0],
      ['https://sandpiper.dev/report', '', 'https://sandpiper.dev/report', 1],
    ],
  );
});

// ---- tables ----

test('tables: header, rows, spans and section', () => {
  const m = parse(DOC);
  assert.equal(m.tables.length, 1);
  const [t] = m.tables;
  assert.deepEqual(t.header, ['Version', 'Supported']);
  assert.deepEqual(
    t.rows.map((r) => r.cells),
    [
      ['4.x', 'yes'],
      ['3.x', 'no'],
    ],
  );
  assert.deepEqual(
    t.rows.map((r) => slice(DOC, r.span)),
    ['| 4.x     | yes       |', '| 3.x     | no        |'],
  );
  assert.equal(slice(DOC, t), '| Version | Supported |\n| ------- | --------- |\n| 4.x     | yes       |\n| 3.x     | no        |');
  assert.equal(t.section, 1);
  const cells = m.blocks.filter((b) => b.type === 'tableCell');
  assert.equal(cells.length, 6);
  for (const c of cells) assert.equal(c.table, 0);
  assert.deepEqual(
    cells.map((c) => slice(DOC, { start: c.offsets[0], end: c.offsets[c.text.length - 1] + 1 })),
    ['Version', 'Supported', '4.x', 'yes', '3.x', 'no'],
  );
});

// ---- times ----

test('times: text, days, span and sentence', () => {
  const text = md(
    '# S',
    '',
    'We reply within **48 hours**. Fixes ship in two weeks. We keep a 90-day deadline. Triage takes 1-2 business days.',
    '',
    '我们将在48小时内回复。3営業日以内に返信します。48시간 이내. В течение 48 часов. Innerhalb von 2 Tagen.',
  );
  const m = parse(text);
  assert.deepEqual(
    m.times.map((t) => [t.text, t.days, slice(text, t)]),
    [
      ['48 hours', 2, '48 hours'],
      ['two weeks', 14, 'two weeks'],
      ['90-day', 90, '90-day'],
      ['1-2 business days', 2, '1-2 business days'],
      ['48小时', 2, '48小时'],
      ['3営業日', 3, '3営業日'],
      ['48시간', 2, '48시간'],
      ['48 часов', 2, '48 часов'],
      ['2 Tagen', 2, '2 Tagen'],
    ],
  );
  assert.equal(m.times[0].sentence.text, 'We reply within 48 hours.');
  assert.equal(slice(text, m.times[0].sentence), 'We reply within **48 hours**.');
});

test('version numbers and years are not times', () => {
  const m = parse(md('# S', '', 'Version 2.4 of 2025 fixed CVE-2025-1234.'));
  assert.deepEqual(m.times, []);
});

// ---- lead-ins of lists ----

test('list items carry the paragraph that introduces the list; the paragraph knows what it introduces', () => {
  const m = parse(DOC);
  const lead = m.blocks.find((b) => b.text === 'When we receive a report, we will:');
  assert.ok(lead);
  assert.equal(lead.leadIn, undefined);
  assert.equal(slice(DOC, lead.introduces), '- Confirm it within 2 business days.\n- Ship a fix.\n  - Backport it to 3.x.');
  const confirm = m.blocks.find((b) => b.text === 'Confirm it within 2 business days.');
  const ship = m.blocks.find((b) => b.text === 'Ship a fix.');
  assert.equal(confirm.leadIn, lead);
  assert.equal(ship.leadIn, lead);
  // A nested list is introduced by its parent item.
  const backport = m.blocks.find((b) => b.text === 'Backport it to 3.x.');
  assert.equal(backport.leadIn, ship);
});

test('a paragraph directly before a table introduces it; cells carry it as lead-in', () => {
  const text = md('# S', '', 'We respond promptly:', '', '| Severity | Response |', '|---|---|', '| High | 24 hours |');
  const m = parse(text);
  const lead = m.blocks.find((b) => b.text === 'We respond promptly:');
  assert.equal(slice(text, lead.introduces), '| Severity | Response |\n|---|---|\n| High | 24 hours |');
  for (const cell of m.blocks.filter((b) => b.type === 'tableCell')) assert.equal(cell.leadIn, lead);
});

test('a list after a heading has no lead-in', () => {
  const m = parse(md('# We will:', '', '- Reply'));
  const item = m.blocks.find((b) => b.text === 'Reply');
  assert.equal(item.leadIn, undefined);
});

// ---- offsets ----

test('offsets map every plain-text character back to the same character in the source', () => {
  const text =
    '# Sand*piper*\r\n\r\nWe &amp; our **team** reply\\_fast: 😀 within `48 hours`, see [docs](https://sandpiper.dev/d).\r\nSecond line with security@sandpiper.dev.\r\n\r\n- item *one*\r\n\r\n| a | b&lt;c |\r\n|---|---|\r\n| x | y |\r\n';
  const m = parse(text);
  assert.ok(m.blocks.length > 5);
  for (const b of m.blocks) {
    assert.equal(b.offsets.length, b.text.length + 1);
    assert.equal(b.offsets[b.text.length], b.end);
    for (let i = 0; i < b.text.length; i++) {
      const c = b.text[i];
      if (c === '\n' && text[b.offsets[i]] === '\r') continue;
      // A soft line break reads as a space and maps to the line break it stands for.
      if (c === ' ' && /[\r\n]/.test(text[b.offsets[i]] ?? '')) continue;
      // A character decoded from an entity maps to the entity's "&".
      if (c === '<' && text.startsWith('&lt;', b.offsets[i])) continue;
      assert.equal(text[b.offsets[i]], c, `block ${JSON.stringify(b.text)} char ${i}`);
    }
  }
  const cell = m.blocks.find((b) => b.text === 'b<c');
  assert.equal(cell.offsets[1], text.indexOf('&lt;'));
  assert.equal(text[cell.offsets[2]], 'c');
  const para = m.blocks.find((b) => b.text.startsWith('We & our'));
  assert.equal(
    para.text.slice(0, 'We & our team reply_fast: 😀 within 48 hours, see docs.'.length),
    'We & our team reply_fast: 😀 within 48 hours, see docs.',
  );
});

test('sentence spans cover their source including markup', () => {
  const text = md('# S', '', 'We reply *fast*. See [docs](https://sandpiper.dev/d), e.g. the FAQ. 我们会回复。好的');
  const m = parse(text);
  const para = m.sentences.filter((s) => s.block.type === 'paragraph');
  assert.deepEqual(
    para.map((s) => s.text),
    ['We reply fast.', 'See docs, e.g. the FAQ.', '我们会回复。', '好的'],
  );
  assert.deepEqual(
    para.map((s) => slice(text, s)),
    ['We reply *fast*.', 'See [docs](https://sandpiper.dev/d), e.g. the FAQ.', '我们会回复。', '好的'],
  );
});

test('HTML comments are recorded and not read as text', () => {
  const text = md('# S', '', '<!-- TODO fill in -->', '', 'Body.');
  const m = parse(text);
  assert.deepEqual(
    m.comments.map((c) => slice(text, c)),
    ['<!-- TODO fill in -->'],
  );
  assert.ok(!m.blocks.some((b) => b.text.includes('TODO')));
});

test('lineStartsOf handles LF, CRLF and lone CR; positionAt inverts offsets', () => {
  assert.deepEqual(core.lineStartsOf('a\rb\r\nc\nd'), [0, 2, 5, 7]);
  const text = 'ab\r\ncd\nef';
  const starts = core.lineStartsOf(text);
  assert.deepEqual(core.positionAt(starts, 0), { line: 0, character: 0 });
  assert.deepEqual(core.positionAt(starts, text.indexOf('d')), { line: 1, character: 1 });
  assert.deepEqual(core.positionAt(starts, text.length), { line: 2, character: 2 });
  assert.deepEqual(parse(text).lineStarts, starts);
});

test('language: the script or the function words decide', () => {
  const lang = (body) => parse(md('# T', '', body)).language;
  assert.equal(lang('Please report the issue to us and we will fix it for you.'), 'en');
  assert.equal(lang('Nous vous remercions pour le signalement et nous corrigerons les failles dans une version.'), 'fr');
  assert.equal(lang('Bitte melden Sie die Lücke, und wir beheben sie mit der nächsten Version für Sie.'), 'de');
  assert.equal(lang('请通过电子邮件报告安全漏洞，我们将在四十八小时内回复您并尽快修复问题。'), 'zh');
  assert.equal(lang('脆弱性を発見した場合は、メールでご連絡ください。三営業日以内に返信します。'), 'ja');
  assert.equal(lang('보안 취약점을 발견하시면 이메일로 신고해 주세요. 이틀 이내에 답변드리겠습니다.'), 'ko');
  assert.equal(lang('Пожалуйста, сообщайте об уязвимостях по электронной почте, мы ответим быстро.'), 'ru');
});
