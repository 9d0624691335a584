// @ts-check
'use strict';
// core.scorecardScore and core.describeScorecard: the OpenSSF Scorecard Security-Policy score.
// Scorecard adds 6 for a URL or an e-mail address (probe securityPolicyContainsLinks), 3 for text
// beyond them (securityPolicyContainsText: size > 1 and size > linkedLength + 2 * (urls + emails),
// sizes in bytes) and 1 for at least two mentions of "vuln", "disclos" or a 1-4 digit number
// (securityPolicyContainsVulnerabilityDisclosure). Fixtures are invented.

const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const { core } = require('./helpers.js');

const points = (text) => core.scorecardScore(text).parts.map((p) => p.points);
const score = (text) => core.scorecardScore(text).score;

describe('scorecardScore: shape', () => {
  test('three parts worth 6, 3 and 1, a max of 10 and a total that is their sum', () => {
    const result = core.scorecardScore('# Security\n\nEmail sec@lanternworks.io about vulnerabilities within 5 days.\n');
    assert.equal(result.max, 10);
    assert.deepEqual(
      result.parts.map((p) => p.max),
      [6, 3, 1],
    );
    for (const p of result.parts) {
      assert.equal(typeof p.label, 'string');
      assert.ok(p.label.length > 0);
      assert.equal(typeof p.advice, 'string');
      assert.ok(p.advice.length > 0);
      assert.ok(p.points === 0 || p.points === p.max, 'a part is all or nothing');
    }
    assert.equal(
      result.score,
      result.parts.reduce((n, p) => n + p.points, 0),
    );
    assert.equal(result.score, 10);
  });

  test('a realistic full policy scores 10', () => {
    const text = [
      '# Security Policy',
      '',
      '## Reporting a Vulnerability',
      '',
      'Email security@lanternworks.io or use https://github.com/lanternworks/beacon/security/advisories/new.',
      'We acknowledge reports within 3 business days and disclose fixed vulnerabilities within 90 days.',
      '',
    ].join('\n');
    assert.deepEqual(points(text), [6, 3, 1]);
    assert.equal(score(text), 10);
  });
});

describe('scorecardScore: links (6)', () => {
  test('an https URL, an http URL or an e-mail address each earn the 6', () => {
    assert.equal(points('Report at https://lanternworks.io/report please')[0], 6);
    assert.equal(points('Report at http://lanternworks.io/report please')[0], 6);
    assert.equal(points('Write to sec@lanternworks.io please')[0], 6);
    assert.equal(points('[mail us](mailto:sec@lanternworks.io)')[0], 6);
  });

  test('no URL and no address: 0 for links', () => {
    assert.equal(points('Tell a maintainer in person.')[0], 0);
    assert.equal(points('ftp://lanternworks.io/pub is not a web link')[0], 0);
    assert.equal(points('security at lanternworks dot io')[0], 0);
  });

  test('only a URL: 6 (no text beyond it), or 6 + 1 when the URL itself holds two numbers', () => {
    assert.deepEqual(points('https://lanternworks.io/report'), [6, 0, 0]);
    assert.deepEqual(points('https://lanternworks.io/report\n'), [6, 0, 0]);
    const withNumbers = core.scorecardScore('https://lanternworks.io/2024/11/policy');
    assert.equal(withNumbers.parts[0].points, 6);
    assert.equal(withNumbers.parts[1].points, 0);
    assert.ok(withNumbers.score >= 6 && withNumbers.score <= 7);
    assert.equal(withNumbers.score, 7);
  });

  test('only an e-mail address: 6', () => {
    assert.deepEqual(points('sec@lanternworks.io'), [6, 0, 0]);
    assert.equal(score('sec@lanternworks.io'), 6);
  });
});

describe('scorecardScore: text beyond the links (3)', () => {
  test('the empty file scores 0', () => {
    assert.deepEqual(points(''), [0, 0, 0]);
    assert.equal(score(''), 0);
  });

  test('size must be over 1 byte', () => {
    assert.equal(points('a')[1], 0);
    assert.equal(points('ab')[1], 3);
  });

  test('sizes are UTF-8 bytes, as Scorecard reads the file: one "é" is 2 bytes', () => {
    assert.equal(points('é')[1], 3);
    assert.equal(points('😀')[1], 3);
  });

  test('the boundary: size > linkedLength + 2 per link', () => {
    const url = 'https://a.io'; // 12 bytes, 1 link: needs more than 14 bytes
    assert.equal(points(`${url}  `)[1], 0); // 14
    assert.equal(points(`${url}   `)[1], 3); // 15
    const mail = 'sec@lanternworks.io'; // 19 bytes: needs more than 21
    assert.equal(points(`${mail}  `)[1], 0); // 21
    assert.equal(points(`${mail}   `)[1], 3); // 22
  });

  test('two different links: the allowance is 2 bytes per link', () => {
    const text = 'sec@lanternworks.io https://a.io'; // 19 + 1 + 12 = 32; allowance 19 + 12 + 4 = 35
    assert.deepEqual(points(text), [6, 0, 0]);
    assert.deepEqual(points(`${text}   `), [6, 0, 0]); // 35
    assert.deepEqual(points(`${text}    `), [6, 3, 0]); // 36 > 35
  });

  test('an address shortly after a URL is still an address (not URL credentials)', () => {
    // Scorecard finds both links here: 32 bytes, allowance 12 + 19 + 4 = 35, so no text points.
    const text = 'https://a.io sec@lanternworks.io';
    assert.deepEqual(points(text), [6, 0, 0]);
  });

  test('no links: at most 4 (text and mentions)', () => {
    for (const text of [
      'Tell a maintainer in person at the next meetup.',
      'We fix vulnerabilities and disclose them within 30 days.',
      '# Security\n\nVulnerability disclosure: 1, 2, 3, 4.',
      'x',
      '',
    ]) {
      const s = score(text);
      assert.ok(s <= 4, `${JSON.stringify(text)} scored ${s}`);
      assert.equal(points(text)[0], 0);
    }
    assert.equal(score('We fix vulnerabilities and disclose them within 30 days.'), 4);
  });
});

describe('scorecardScore: vulnerability, disclosure and numbers (1)', () => {
  test('two mentions earn 1, one mention does not', () => {
    assert.equal(points('vulnerability')[2], 0);
    assert.equal(points('vulnerability disclosure')[2], 1);
    assert.equal(points('Vulnerabilities are DISCLOSED')[2], 1); // case-insensitive
    assert.equal(points('within 90 days')[2], 0);
    assert.equal(points('within 90 or 120 days')[2], 1);
    assert.equal(points('a vulnerability fixed within 7 days')[2], 1); // word + number
  });

  test('a longer number still ends in 1-4 digits followed by a boundary, as Go matches \\b*[0-9]{1,4}\\b', () => {
    // "12345" matches from its second digit ("2345"); two such numbers are two mentions.
    assert.equal(points('12345 and 67890 are ticket ids')[2], 1);
    assert.equal(points('ticket 12345 only')[2], 0);
  });

  test('a date gives three numbers', () => {
    assert.equal(points('Last updated 2026-01-15')[2], 1);
  });
});

describe("scorecardScore: parity with Scorecard's own counting", () => {
  // Scorecard counts unique URLs and e-mail addresses (CountSecInfo/FindSecInfo with unique=true)
  // for both the link count and the linked length of the text probe.
  test('a repeated address counts once towards the linked length', () => {
    const text = 'sec@lanternworks.io sec@lanternworks.io'; // 39 bytes > 19 + 2 * 1
    assert.deepEqual(points(text), [6, 3, 0]);
  });

  test('a repeated URL counts once towards the linked length', () => {
    const text = 'https://a.io https://a.io https://a.io'; // 38 bytes > 12 + 2 * 1
    assert.deepEqual(points(text), [6, 3, 0]);
  });

  // Scorecard's pattern is (?i)(\b*[0-9]{1,4}\b|(Disclos|Vuln)): the leading \b* is optional, so
  // "v3" and "v4" are two mentions there.
  test('numbers right after a letter ("v3 and v4") count, as in Scorecard', () => {
    assert.equal(points('Supported: v3 and v4')[2], 1);
  });
});

describe('describeScorecard', () => {
  test('a full score: no advice', () => {
    const text = 'Email sec@lanternworks.io about vulnerabilities; we reply within 2 days.';
    assert.equal(core.describeScorecard(core.scorecardScore(text)), 'OpenSSF Scorecard Security-Policy: 10/10');
  });

  test('missing parts: "(for 10: advice; advice)" in the order of the parts', () => {
    const result = core.scorecardScore('https://lanternworks.io/report');
    const [, text, mentions] = result.parts;
    assert.equal(core.describeScorecard(result), `OpenSSF Scorecard Security-Policy: 6/10 (for 10: ${text.advice}; ${mentions.advice})`);
  });

  test('the empty file: 0/10 and all three pieces of advice', () => {
    const result = core.scorecardScore('');
    assert.equal(
      core.describeScorecard(result),
      `OpenSSF Scorecard Security-Policy: 0/10 (for 10: ${result.parts.map((p) => p.advice).join('; ')})`,
    );
    assert.match(core.describeScorecard(result), /e-mail address or a link/);
  });

  test('9/10: only the mentions advice', () => {
    assert.equal(
      core.describeScorecard(core.scorecardScore('Write to sec@lanternworks.io with details.')),
      'OpenSSF Scorecard Security-Policy: 9/10 (for 10: say how vulnerabilities are disclosed and within how many days)',
    );
  });
});
