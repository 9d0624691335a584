// @ts-check
'use strict';
// The top-level domain of an address, judged by the Public Suffix List: real ones (IDN too, in
// Unicode or punycode) pass; invented and misspelt ones are invalid-email with the reason and,
// where the slip is evident, the repair; reserved and special-use domains stay invalid.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const tldts = require('tldts');
const { core, NOW, md, applyPreferred } = require('../helpers.js');

const LOCALS = ['security', 'sec+bugs', 'first.last', 'psirt-2', '"security team"'];

/** The forms an address is written in: plain, in a mailto link, in angle brackets, in inline code, in CJK prose. */
const FORMS = [
  (a) => `Email ${a} with the details.`,
  (a) => `[Write to us](mailto:${a.replace(/"/g, '%22').replace(/ /g, '%20')}).`,
  (a) => `Email <${a}> now.`,
  (a) => `Email \`${a}\` now.`,
  (a) => `请将报告发送至${a}。`,
];

function policy(line) {
  return md('# Acme Security', '', '## Reporting a Vulnerability', '', line);
}

function invalid(text) {
  return core.lint(text, { now: NOW }).filter((f) => f.code === 'invalid-email');
}

/** Real domains: generic, country, second-level, new generic, IDN in Unicode and in punycode. */
const REAL = [
  ...['acme.com', 'acme.org', 'acme.net', 'acme.dev', 'acme.io', 'acme.app', 'acme.ai', 'acme.co', 'acme.me', 'acme.de', 'acme.fr'],
  ...['acme.co.uk', 'acme.com.br', 'acme.gov.uk', 'acme.ac.jp', 'acme.museum', 'acme.travel', 'acme.email', 'acme.xyz', 'acme.swiss'],
  ...['acme.berlin', 'acme.tokyo', 'acme.security', 'acme.ck', 'mail.acme.dev', '1password.com', '163.com', '9to5-labs.io'],
  ...['münchen.de', 'пример.рф', '例え.jp', 'acme.中国', 'acme.香港', 'acme.한국', 'acme.ไทย', 'acme.भारत', 'acme.مصر', 'acme.ελ'],
  ...['acme.срб', 'acme.台灣', 'xn--mnchen-3ya.de', 'acme.xn--fiqs8s', 'xn--e1afmkfd.xn--p1ai', 'acme.XN--P1AI', 'ACME.COM'],
];

test('the real domains of these tests are ICANN suffixes by the Public Suffix List', () => {
  for (const domain of REAL) assert.equal(tldts.parse(domain.toLowerCase()).isIcann, true, domain);
});

test(`real top-level domains pass: ${REAL.length} domains × ${LOCALS.length} local parts × ${FORMS.length} forms`, () => {
  for (const domain of REAL) {
    for (const local of LOCALS) {
      for (const form of FORMS) {
        const address = `${local}@${domain}`;
        const text = policy(form(address));
        assert.deepEqual(
          invalid(text).map((f) => f.message),
          [],
          text,
        );
        assert.deepEqual(
          core.parsePolicy(text).emails.map((e) => e.address),
          [address],
          text,
        );
      }
    }
  }
});

/** Invented top-level domains one slip away from a common one, and the one meant. */
const SLIPS = [
  ['con', 'com'],
  ['cmo', 'com'],
  ['ocm', 'com'],
  ['vom', 'com'],
  ['xom', 'com'],
  ['comm', 'com'],
  ['coom', 'com'],
  ['comn', 'com'],
  ['ogr', 'org'],
  ['rog', 'org'],
  ['orgg', 'org'],
  ['nte', 'net'],
  ['ent', 'net'],
  ['nett', 'net'],
  ['ioo', 'io'],
  ['dve', 'dev'],
];

/** Invented top-level domains with no evident slip. */
const INVENTED = ['zz', 'acme', 'corp', 'lan', 'home', 'qqq', 'tld', 'intranet', 'lokal', 'privat', 'exampel', '123'];

test('the invented top-level domains of these tests are not on the Public Suffix List', () => {
  for (const tld of [...SLIPS.map(([slip]) => slip), ...INVENTED]) assert.notEqual(tldts.parse(`a.${tld}`).isIcann, true, tld);
});

test(`a misspelt top-level domain: the reason, and the repair to the common one (${SLIPS.length} slips × ${LOCALS.length - 1} × ${FORMS.length} forms)`, () => {
  for (const [slip, meant] of SLIPS) {
    for (const local of LOCALS.slice(0, -1)) {
      for (const form of FORMS) {
        const address = `${local}@acme-widgets.${slip}`;
        const text = policy(form(address));
        const findings = invalid(text);
        assert.equal(findings.length, 1, text);
        const [f] = findings;
        assert.equal(text.slice(f.start, f.end), address, text);
        assert.equal(
          f.message,
          `"${address}" cannot receive mail: ".${slip}" is not a top-level domain (".${meant}" was probably meant). Correct the address.`,
        );
        const repaired = `${local}@acme-widgets.${meant}`;
        assert.equal(f.fixes[0].title, `Correct to ${repaired}`);
        assert.equal(f.fixes[0].isPreferred, true);
        const fixed = applyPreferred(text, f);
        assert.ok(fixed.includes(repaired), fixed);
        assert.deepEqual(invalid(fixed), [], fixed);
      }
    }
  }
});

test('an invented top-level domain: the reason, no repair but the GitHub reporting link', () => {
  for (const tld of INVENTED) {
    for (const form of FORMS.slice(0, 2)) {
      const address = `security@acme-widgets.${tld}`;
      const text = policy(form(address));
      const findings = invalid(text);
      if (/^\d+$/.test(tld) && form === FORMS[0]) {
        // In prose "x@acme-widgets.123" reads as a version, not as an address.
        assert.deepEqual(findings, [], text);
        continue;
      }
      assert.equal(findings.length, 1, text);
      assert.equal(findings[0].message, `"${address}" cannot receive mail: ".${tld}" is not a top-level domain. Correct the address.`);
      assert.ok(!findings[0].fixes.some((fix) => fix.title.startsWith('Correct to')), text);
    }
  }
});

test('the only address at an invented top-level domain leaves the policy without a channel', () => {
  for (const [slip] of SLIPS) {
    const findings = core.lint(policy(`Email security@acme-widgets.${slip} now.`), { now: NOW });
    assert.ok(
      findings.some((f) => f.code === 'no-contact'),
      slip,
    );
  }
});

test('misspelt mail domains keep their repair', () => {
  for (const [slip, meant] of [
    ['gmial.com', 'gmail.com'],
    ['gmai.com', 'gmail.com'],
    ['gamil.com', 'gmail.com'],
    ['hotmial.com', 'hotmail.com'],
    ['outlok.com', 'outlook.com'],
    ['yaho.com', 'yahoo.com'],
    ['protonmial.com', 'protonmail.com'],
  ]) {
    const text = policy(`Email jane.roe@${slip} now.`);
    const [f] = invalid(text);
    assert.equal(
      f.message,
      `"jane.roe@${slip}" cannot receive mail: "${slip}" looks like a misspelling of "${meant}". Correct the address.`,
    );
    assert.equal(f.fixes[0].title, `Correct to jane.roe@${meant}`);
  }
});

test('reserved and special-use domains stay invalid, with the reason', () => {
  for (const tld of ['test', 'invalid', 'localhost', 'example', 'local', 'internal', 'alt']) {
    for (const form of FORMS) {
      const address = `security@acme-widgets.${tld}`;
      const text = policy(form(address));
      const findings = invalid(text);
      assert.equal(findings.length, 1, text);
      assert.equal(
        findings[0].message,
        `"${address}" cannot receive mail: ".${tld}" is a reserved top-level domain that receives no mail. Correct the address.`,
      );
    }
  }
  for (const domain of ['home.arpa', 'nas.home.arpa', 'router.lan.home.arpa']) {
    const [f] = invalid(policy(`Email security@${domain} now.`));
    assert.equal(
      f.message,
      `"security@${domain}" cannot receive mail: "home.arpa" is reserved for home networks and receives no mail. Correct the address.`,
    );
  }
});

test('domain syntax: hyphens at a label edge, empty labels, long labels, punctuation and symbols of any script', () => {
  const long = 'a'.repeat(64);
  for (const [target, reason] of [
    ['security@-acme.dev', 'the domain label "-acme" starts with a hyphen'],
    ['security@acme-.dev', 'the domain label "acme-" ends with a hyphen'],
    ['security@acme..dev', 'the domain "acme..dev" has an empty label (two dots in a row)'],
    [`security@${long}.dev`, `the domain label "${long.slice(0, 20)}…" is longer than 63 characters`],
    ['security@ac_me.dev', 'the domain contains "_", which no domain name can hold'],
    ['security@acme.dev。', 'the domain contains "。", which no domain name can hold'],
    ['security@acme．dev', 'the domain contains "．", which no domain name can hold'],
    ['security@acme.dev」', 'the domain contains "」", which no domain name can hold'],
    ['security@acme★.dev', 'the domain contains "★", which no domain name can hold'],
    ['security@acme.dev،', 'the domain contains "،", which no domain name can hold'],
    ['security@acme.dev।', 'the domain contains "।", which no domain name can hold'],
    ['sec(urity@acme.dev', 'the part before the "@" contains "(", which an address cannot hold unquoted'],
    ['sec，urity@acme.dev', 'the part before the "@" contains "，", which an address cannot hold unquoted'],
    [`${'a'.repeat(65)}@acme.dev`, 'the part before the "@" is longer than 64 characters'],
    ['security.@acme.dev', 'the part before the "@" has a misplaced dot'],
  ]) {
    const text = policy(`[Write to us](<mailto:${target}>)`);
    const findings = invalid(text);
    assert.equal(findings.length, 1, target);
    assert.equal(findings[0].message, `"${target}" cannot receive mail: ${reason}. Correct the address.`);
  }
});

test('the repair of a mailto target drops punctuation of any script around the address', () => {
  for (const [target, meant] of [
    ['security@acme.dev。', 'security@acme.dev'],
    ['security@acme.dev，', 'security@acme.dev'],
    ['「security@acme.dev」', 'security@acme.dev'],
    ['（security@acme.dev）', 'security@acme.dev'],
    ['security@acme.dev،', 'security@acme.dev'],
    ['security@acme.dev।', 'security@acme.dev'],
    ['«security@acme.dev»', 'security@acme.dev'],
    ['security@acme.con。', 'security@acme.com'],
    ['security@acme．dev', 'security@acme.dev'],
    ['security＠acme.dev', 'security@acme.dev'],
  ]) {
    const text = policy(`[Write to us](<mailto:${target}>)`);
    const [f] = invalid(text);
    assert.equal(f.fixes[0].title, `Correct to ${meant}`, target);
    const fixed = applyPreferred(text, f);
    assert.ok(fixed.includes(`(<mailto:${meant}>)`), fixed);
  }
});

test('emailProblem, as the create-policy flow and init use it', () => {
  const { emailProblem } = require('../helpers.js').loadSource('server/src/core/lexicon/emails.ts');
  assert.equal(emailProblem('security@acme.con'), '".con" is not a top-level domain (".com" was probably meant)');
  assert.equal(emailProblem('security@acme.zz'), '".zz" is not a top-level domain');
  assert.equal(emailProblem('security@1password.com'), undefined);
  assert.equal(emailProblem('security@例え.jp'), undefined);
  assert.equal(emailProblem('security@xn--r8jz45g.jp'), undefined);
  assert.equal(emailProblem('security@acme.test'), '".test" is a reserved top-level domain that receives no mail');
});
