// @ts-check
'use strict';
// Stand-in addresses (placeholder-email): a stand-in local part at a stand-in domain under any
// suffix, a "your-…" domain whoever it names, the documentation domains of RFC 2606 and their
// sub-domains. Real addresses, at a mailbox provider too, are not stand-ins.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { core, NOW, md } = require('../helpers.js');

function policy(line) {
  return md('# Acme Security', '', '## Reporting a Vulnerability', '', line);
}

function codes(text) {
  return core
    .lint(text, { now: NOW })
    .filter((f) => ['placeholder-email', 'invalid-email', 'no-contact'].includes(f.code))
    .map((f) => f.code)
    .sort();
}

const STAND_IN_LOCALS = [
  ...['email', 'e-mail', 'you', 'your', 'your-name', 'your.name', 'yourname', 'your_email', 'name', 'user', 'username', 'user.name'],
  ...['first.last', 'firstname.lastname', 'john.doe', 'jane_doe', 'someone', 'me', 'myname', 'nombre', 'usuario', 'prenom.nom'],
  ...['vorname.nachname', 'max.mustermann', 'seu.nome', 'fulano', 'имя', '用户名'],
];
const STAND_IN_LABELS = [
  'email',
  'mail',
  'domain',
  'company',
  'example',
  'host',
  'provider',
  'website',
  'server',
  'organization',
  'correo',
];
const YOUR_LABELS = [
  ...['yourdomain', 'your-domain', 'your-company', 'yourcompany', 'yoursite', 'your-project', 'mydomain', 'my-company'],
  ...[
    'tudominio',
    'tu-empresa',
    'votre-domaine',
    'votreentreprise',
    'ihre-firma',
    'deinedomain',
    'seu-dominio',
    'suaempresa',
    'vostro-sito',
  ],
];
const SUFFIXES = ['com', 'org', 'net', 'io', 'dev', 'email', 'co.uk', 'com.br', 'de', 'xyz', 'tld', 'invalidsuffix'];

test(`a stand-in local part at a stand-in domain under any suffix: ${STAND_IN_LOCALS.length} × ${STAND_IN_LABELS.length} × ${SUFFIXES.length}`, () => {
  for (const local of STAND_IN_LOCALS) {
    for (const label of STAND_IN_LABELS) {
      for (const suffix of SUFFIXES) {
        const address = `${local}@${label}.${suffix}`;
        const text = policy(`Email ${address} now.`);
        // Only the stand-in is reported: an invented suffix of a stand-in is not a second finding.
        assert.deepEqual(codes(text), ['no-contact', 'placeholder-email'], address);
      }
    }
  }
});

test(`a "your-…" domain is a stand-in whoever it names: ${YOUR_LABELS.length} labels × ${SUFFIXES.length} suffixes, sub-domains too`, () => {
  for (const label of YOUR_LABELS) {
    for (const suffix of SUFFIXES) {
      for (const address of [`security@${label}.${suffix}`, `psirt@mail.${label}.${suffix}`]) {
        const text = policy(`Email ${address} now.`);
        assert.deepEqual(codes(text), ['no-contact', 'placeholder-email'], address);
      }
    }
  }
});

test('the documentation domains (RFC 2606), their sub-domains and example.* under any suffix', () => {
  for (const domain of [
    'example.com',
    'example.org',
    'example.net',
    'mail.example.com',
    'corp.example.org',
    'acme.example.net',
    'example.io',
    'example.co.uk',
  ]) {
    for (const local of ['security', 'psirt', 'you']) {
      const address = `${local}@${domain}`;
      assert.deepEqual(codes(policy(`Email ${address} now.`)), ['no-contact', 'placeholder-email'], address);
      assert.deepEqual(codes(policy(`[Write to us](mailto:${address})`)), ['no-contact', 'placeholder-email'], address);
    }
  }
});

test('a stand-in local part at a mailbox provider is a stand-in; a real one there is not', () => {
  for (const address of ['you@gmail.com', 'username@qq.com', 'your.name@outlook.com', 'first.last@yahoo.co.jp', 'user@163.com']) {
    assert.deepEqual(codes(policy(`Email ${address} now.`)), ['no-contact', 'placeholder-email'], address);
  }
  for (const address of ['security@gmail.com', 'acme.security@gmail.com', '10001@qq.com', 'acme-psirt@outlook.com', 'security@mail.ru']) {
    assert.deepEqual(codes(policy(`Email ${address} now.`)), [], address);
  }
});

test('real addresses are not stand-ins, even with a stand-in word in them', () => {
  for (const address of [
    ...['security@acme.dev', 'you@acme.dev', 'user@acme.dev', 'email@acme.dev', 'jane.doe@acme-labs.org', 'security@examples.com'],
    ...[
      'security@myexample.com',
      'psirt@example-industries.com',
      'security@email.io',
      'security@emailsecurity.io',
      'security@yourdomainname-registry.com',
    ],
    ...['security@mail.acme.dev', 'security@company-x.com', 'security@domains.dev', 'security@your.acme.dev'],
  ]) {
    assert.deepEqual(codes(policy(`Email ${address} now.`)), [], address);
  }
});

test("the fix of a stand-in: the project's own address, at a mailbox provider the address itself", () => {
  const fixes = (line) =>
    core
      .lint(policy(line), { now: NOW })
      .find((f) => f.code === 'placeholder-email')
      .fixes.map((f) => f.title);
  assert.deepEqual(fixes('Email you@yourdomain.com or psirt@acme.dev.'), [
    'Use security@acme.dev',
    'Use GitHub private vulnerability reporting instead',
  ]);
  assert.deepEqual(fixes('Email you@yourdomain.com or acme.security@gmail.com.'), [
    'Use acme.security@gmail.com',
    'Use GitHub private vulnerability reporting instead',
  ]);
});
