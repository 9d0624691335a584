// @ts-check
'use strict';
// The TextMate grammar of security.txt (syntaxes/securitytxt.tmLanguage.json), tokenized the way
// VS Code does it: vscode-textmate over the oniguruma WebAssembly build.

const { test, before } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');
const { SIGNED_HEAD, SIGNATURE } = require('./helpers.js');

const ROOT = path.join(__dirname, '..', '..');
const GRAMMAR = path.join(ROOT, 'syntaxes', 'securitytxt.tmLanguage.json');
const WASM = path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm');
const SCOPE = 'source.securitytxt';

const LINES = [
  '# Kingfisher Tools security contacts',
  'Contact: mailto:security@kingfisher-tools.dev',
  'Expires: 2027-06-30T23:59:59Z',
  'contact: https://kingfisher-tools.dev/report',
  'Foo: bar',
  'PREFERRED-LANGUAGES: en, de',
  ...SIGNED_HEAD,
  'Contact: mailto:psirt@kingfisher-tools.dev',
  'Expires: 2027-05-31T12:00:00+02:00',
  ...SIGNATURE,
  '# after the signature',
];

/** Per line: [text, scopes] of each token, the root scope left out. */
let tokens;

before(async () => {
  const wasm = fs.readFileSync(WASM);
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) => (scopeName === SCOPE ? vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR, 'utf8'), GRAMMAR) : null),
  });
  const grammar = await registry.loadGrammar(SCOPE);
  assert.ok(grammar, 'the grammar loads');
  let stack = vsctm.INITIAL;
  tokens = LINES.map((line) => {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    return r.tokens.map((t) => {
      assert.equal(t.scopes[0], SCOPE);
      return [line.slice(t.startIndex, t.endIndex), t.scopes.slice(1)];
    });
  });
});

/** The scopes (below the root) of the token with exactly this text on line `index`. */
function scopesOf(index, text) {
  const found = tokens[index].filter(([t]) => t === text);
  assert.equal(
    found.length,
    1,
    `one token ${JSON.stringify(text)} on line ${index + 1} (${JSON.stringify(LINES[index])}): ${JSON.stringify(tokens[index])}`,
  );
  return found[0][1];
}

const NAME = 'support.type.property-name.securitytxt';
const UNKNOWN = 'variable.other.property-name.unknown.securitytxt';
const LINK = 'markup.underline.link.securitytxt';
const DATE = 'constant.numeric.date.securitytxt';
const COLON = 'punctuation.separator.key-value.securitytxt';
const BEGIN = 'keyword.control.pgp.begin.securitytxt';
const END = 'keyword.control.pgp.end.securitytxt';
const ARMOR = 'string.unquoted.pgp.armor.securitytxt';

test('a comment line', () => {
  assert.deepEqual(tokens[0], [['# Kingfisher Tools security contacts', ['comment.line.number-sign.securitytxt']]]);
});

/** Each token (text → its scope) of line `index` has exactly that one scope. */
function assertScopes(index, expected) {
  for (const [text, scope] of Object.entries(expected)) assert.deepEqual(scopesOf(index, text), [scope]);
}

test('Contact: name, colon, mailto URI', () => {
  assertScopes(1, { Contact: NAME, ':': COLON, 'mailto:security@kingfisher-tools.dev': LINK });
});

test('Expires: the date-time is a date constant', () => {
  assertScopes(2, { Expires: NAME, '2027-06-30T23:59:59Z': DATE });
});

test('field names are case-insensitive: "contact", "PREFERRED-LANGUAGES"', () => {
  assertScopes(3, { contact: NAME, 'https://kingfisher-tools.dev/report': LINK });
  assertScopes(5, { 'PREFERRED-LANGUAGES': NAME });
});

test('an unknown field name', () => {
  assertScopes(4, { Foo: UNKNOWN, ':': COLON, bar: 'string.unquoted.value.securitytxt' });
});

test('the BEGIN PGP SIGNED MESSAGE line; the Hash header is not a field', () => {
  assert.deepEqual(tokens[6], [['-----BEGIN PGP SIGNED MESSAGE-----', [BEGIN]]]);
  const hash = tokens[7].flatMap(([, scopes]) => scopes);
  assert.ok(!hash.includes(NAME) && !hash.includes(UNKNOWN), JSON.stringify(tokens[7]));
});

// Inside the signed message a grammar may add an enclosing scope; the innermost one is checked.
test('fields inside the signed body are highlighted as fields', () => {
  assert.equal(scopesOf(9, 'Contact').at(-1), NAME);
  assert.equal(scopesOf(9, 'mailto:psirt@kingfisher-tools.dev').at(-1), LINK);
  assert.equal(scopesOf(10, 'Expires').at(-1), NAME);
  assert.equal(scopesOf(10, '2027-05-31T12:00:00+02:00').at(-1), DATE);
});

test('the BEGIN PGP SIGNATURE line that ends the signed body is an armor begin line', () => {
  assert.equal(scopesOf(11, '-----BEGIN PGP SIGNATURE-----').at(-1), BEGIN);
});

test('the signature: base64 armor lines and the END line', () => {
  assert.deepEqual(scopesOf(13, LINES[13]), [ARMOR]);
  assert.deepEqual(scopesOf(14, LINES[14]), [ARMOR]);
  assert.deepEqual(scopesOf(15, '=dWjZ'), [ARMOR]);
  assert.deepEqual(scopesOf(16, '-----END PGP SIGNATURE-----'), [END]);
});

test('after the END line the grammar is back at the top level', () => {
  assert.deepEqual(tokens[17], [['# after the signature', ['comment.line.number-sign.securitytxt']]]);
});
