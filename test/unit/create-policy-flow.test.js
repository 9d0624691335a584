// @ts-check
'use strict';
// client/src/create-policy-flow.ts: the questions of "Create security policy", driven by a
// scripted stand-in for the VS Code UI and a recording stand-in for the language server (the
// same questions to the real server are in test/lsp/create-policy.test.js). The TypeScript
// source is compiled here with esbuild. Build first (for dist/core.js): node scripts/build.mjs

const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const { core, loadSource } = require('./helpers.js');

const { askPolicyAnswers, validateEmail, validateKeyUrl, shouldOfferCreate, profilesConfigStep } =
  loadSource('client/src/create-policy-flow.ts');
const emails = loadSource('server/src/core/lexicon/emails.ts');

// Invented fixtures.
const { REPOSITORY, EMAIL, KEY_URL, fullAnswers, defaultAnswers, emailOnlyAnswers } = require('./policy-answers');
const NOW = new Date('2026-03-01T00:00:00Z');

/**
 * A stand-in for the language server that answers as the server does (from the core) and records
 * every question in `calls`. `fail` names a method that rejects instead, with `failure`.
 * @param {{ fail?: string, failure?: Error }} [options]
 */
function fakeServer({ fail, failure = new Error('the SECURITY.md language server did not answer within 15 seconds') } = {}) {
  const calls = [];
  const answer = (method, arg, value) => {
    calls.push([method, arg]);
    return method === fail ? Promise.reject(failure) : Promise.resolve(value());
  };
  return {
    calls,
    checkEmail: (address) =>
      answer('checkEmail', address, () => {
        const problem = emails.emailProblem(address);
        return { ...(problem ? { problem } : {}), placeholder: emails.isPlaceholderEmail(address) };
      }),
    versionsFromTags: (tags) => answer('versionsFromTags', tags, () => core.versionsFromTags(tags)),
    createPolicy: (answers) => answer('createPolicy', answers, () => core.createPolicy(answers)),
  };
}

/**
 * A fake FlowUi. `script` is a list of answers, one per question, in order; each is a function
 * (kind, title, items|options) => answer, or the symbol DEFAULT (first item; for pickMany the
 * first item alone; for input the `typed` text). Every question is recorded in `calls`; a
 * question beyond the script fails the test. Answers to input are checked with its validator.
 */
const DEFAULT = Symbol('default');
/** @typedef {typeof DEFAULT | ((kind: string, title: string, arg: any) => any)} Step */
/** @param {Step[]} script */
function fakeUi(script, { typed = EMAIL } = {}) {
  const calls = [];
  const next = (kind, title, arg) => {
    calls.push({ kind, title, arg });
    assert.ok(calls.length <= script.length, `an unexpected question ${calls.length}: ${kind} "${title}"`);
    const step = script[calls.length - 1];
    if (step === DEFAULT) {
      if (kind === 'pick') return arg[0].value;
      if (kind === 'pickMany') return [arg[0].value];
      return typed;
    }
    return step(kind, title, arg);
  };
  const ui = {
    async pick(title, items) {
      assert.ok(Array.isArray(items) && items.length > 0, `items for "${title}"`);
      return next('pick', title, items);
    },
    async pickMany(title, items) {
      assert.ok(Array.isArray(items) && items.length > 0, `items for "${title}"`);
      return next('pickMany', title, items);
    },
    async input(title, options) {
      assert.equal(typeof options.validate, 'function', `a validator for "${title}"`);
      const value = next('input', title, options);
      if (value !== undefined) assert.equal(await options.validate(value), undefined, `"${value}" passes the validator of "${title}"`);
      return value;
    },
  };
  return { ui, calls };
}

const byLabel =
  (...labels) =>
  (kind, title, items) => {
    if (kind === 'pickMany') return labels.map((l) => items.find((i) => i.label === l).value);
    const item = items.find((i) => i.label === labels[0]);
    assert.ok(item, `an item "${labels[0]}" in "${title}": ${items.map((i) => i.label).join(' | ')}`);
    return item.value;
  };
const typing = (text) => (kind) => {
  assert.equal(kind, 'input');
  return text;
};
const cancel = () => undefined;

describe('askPolicyAnswers', () => {
  test('the default path (first item everywhere, nothing optional) with a repository', async () => {
    const { ui, calls } = fakeUi([DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, () => []]);
    const server = fakeServer();
    const answers = await askPolicyAnswers(ui, { repository: REPOSITORY, tags: [] }, server);
    assert.deepEqual(server.calls, [], 'no address to check, no tags to read');
    assert.deepEqual(answers, { dir: 'root', ...defaultAnswers() });
    assert.deepEqual(
      calls.map((c) => c.kind),
      ['pick', 'pick', 'pick', 'pick', 'pick', 'pickMany'],
    );
    // The first item of every question is the documented default.
    assert.deepEqual(
      calls[0].arg.map((i) => i.value),
      ['root', '.github', 'docs'],
    );
    assert.deepEqual(
      calls[1].arg.map((i) => i.value),
      ['github', 'both', 'email'],
    );
    assert.equal(calls[1].arg[0].description, REPOSITORY);
    assert.deepEqual(
      calls[2].arg.map((i) => i.label),
      ['The latest release only'],
    );
    assert.deepEqual(
      calls[3].arg.map((i) => i.value),
      ['3 business days', '48 hours', '7 days'],
    );
    assert.deepEqual(
      calls[4].arg.map((i) => i.value),
      [90, 60, 45],
    );
    assert.deepEqual(
      calls[5].arg.map((i) => i.value),
      ['scope', 'safeHarbor', 'encryption'],
    );
  });

  test('the default path with the first optional section picked too', async () => {
    const { ui } = fakeUi([DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT]);
    const answers = await askPolicyAnswers(ui, { repository: REPOSITORY, tags: [] }, fakeServer());
    assert.equal(answers.scope, true);
    assert.equal(answers.safeHarbor, false);
    assert.equal('encryptionKeyUrl' in answers, false);
  });

  test('every other choice: .github, both channels, tag versions, 48 hours, 45 days, all sections', async () => {
    const { ui, calls } = fakeUi([
      byLabel('.github/SECURITY.md'),
      byLabel('GitHub private vulnerability reporting and e-mail'),
      typing(`  ${EMAIL}  `),
      DEFAULT,
      byLabel('48 hours'),
      byLabel('45 days'),
      byLabel('Scope', 'Safe harbor', 'Encryption (PGP key)'),
      typing(` ${KEY_URL}\t`),
    ]);
    const server = fakeServer();
    const answers = await askPolicyAnswers(ui, { repository: REPOSITORY, tags: ['v1.4.0', 'v2.0.0'] }, server);
    // The typed address is checked trimmed; the tags are read once, after the address.
    assert.deepEqual(server.calls, [
      ['checkEmail', EMAIL],
      ['versionsFromTags', ['v1.4.0', 'v2.0.0']],
    ]);
    assert.deepEqual(answers, fullAnswers({ dir: '.github' }));
    assert.equal(calls.length, 8);
    assert.deepEqual(
      calls.map((c) => c.kind),
      ['pick', 'pick', 'input', 'pick', 'pick', 'pick', 'pickMany', 'input'],
    );
    assert.equal(calls[7].arg.validate, validateKeyUrl);
  });

  test('e-mail only with a repository: githubAdvisories false, repository kept', async () => {
    const { ui } = fakeUi([
      byLabel('docs/SECURITY.md'),
      byLabel('E-mail'),
      DEFAULT,
      byLabel('The latest release only'),
      DEFAULT,
      byLabel('60 days'),
      () => ['safeHarbor'],
    ]);
    const answers = await askPolicyAnswers(ui, { repository: REPOSITORY, tags: ['v1.4.0', 'v2.0.0'] }, fakeServer());
    assert.deepEqual(answers, {
      dir: 'docs',
      ...defaultAnswers({ githubAdvisories: false, email: EMAIL, disclosureDays: 60, safeHarbor: true }),
    });
  });

  test('without a repository the reporting question offers only e-mail', async () => {
    const { ui, calls } = fakeUi([DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, () => []]);
    const server = fakeServer();
    const answers = await askPolicyAnswers(ui, { tags: [] }, server);
    assert.deepEqual(
      calls[1].arg.map((i) => i.value),
      ['email'],
    );
    assert.equal(calls[1].arg[0].label, 'E-mail');
    assert.equal(calls[2].kind, 'input', 'the address is asked for');
    assert.equal(calls[2].arg.placeHolder, 'security@your-project.org');
    assert.deepEqual(server.calls, [['checkEmail', EMAIL]]);
    // Its validator checks the address with the server, trimmed; an empty one without asking.
    assert.equal(await calls[2].arg.validate('   '), 'Type the address that receives security reports.');
    assert.equal(await calls[2].arg.validate(' you@example.com '), 'This is a placeholder address; type a real one.');
    assert.deepEqual(server.calls, [
      ['checkEmail', EMAIL],
      ['checkEmail', 'you@example.com'],
    ]);
    assert.deepEqual(answers, { dir: 'root', ...emailOnlyAnswers() });
    assert.equal('repository' in answers, false);
  });

  test('tags in the context put the tag-derived version choice first', async () => {
    const { ui, calls } = fakeUi([DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, () => []]);
    const server = fakeServer();
    const answers = await askPolicyAnswers(ui, { repository: REPOSITORY, tags: ['v1.4.0', 'v2.0.0', 'nightly'] }, server);
    assert.deepEqual(server.calls, [['versionsFromTags', ['v1.4.0', 'v2.0.0', 'nightly']]], 'the server reads the tags');
    const items = calls[2].arg;
    assert.equal(items.length, 2);
    assert.deepEqual(items[0].value, [
      { version: '2.x', supported: true },
      { version: '< 2.0', supported: false },
    ]);
    assert.equal(items[0].label, '2.x yes, < 2.0 no');
    assert.equal(items[0].description, 'from the repository tags');
    assert.equal(items[1].label, 'The latest release only');
    assert.deepEqual(answers.versions, items[0].value);
  });

  test('0.x tags: the first version choice is 0.minor', async () => {
    const { ui, calls } = fakeUi([DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, () => []]);
    await askPolicyAnswers(ui, { repository: REPOSITORY, tags: ['0.2.0', '0.3.1'] }, fakeServer());
    assert.equal(calls[2].arg[0].label, '0.3.x yes, < 0.3 no');
  });

  test('tags with no version among them: only "The latest release only"', async () => {
    const { ui, calls } = fakeUi([DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, () => []]);
    await askPolicyAnswers(ui, { repository: REPOSITORY, tags: ['nightly', 'v3.0.0-rc.1'] }, fakeServer());
    assert.deepEqual(
      calls[2].arg.map((i) => i.label),
      ['The latest release only'],
    );
  });

  // The full path has eight questions; cancelling any one of them ends the flow there.
  /** @type {[string, string, Step][]} */
  const FULL = [
    ['pick', 'where', byLabel('SECURITY.md')],
    ['pick', 'how', byLabel('GitHub private vulnerability reporting and e-mail')],
    ['input', 'e-mail', typing(EMAIL)],
    ['pick', 'versions', DEFAULT],
    ['pick', 'acknowledge', DEFAULT],
    ['pick', 'disclosure', DEFAULT],
    ['pickMany', 'optional sections', byLabel('Scope', 'Encryption (PGP key)')],
    ['input', 'key URL', typing(KEY_URL)],
  ];
  test('the full path asks eight questions and answers', async () => {
    const { ui, calls } = fakeUi(FULL.map((s) => s[2]));
    const answers = await askPolicyAnswers(ui, { repository: REPOSITORY, tags: ['v2.0.0'] }, fakeServer());
    assert.equal(calls.length, 8);
    assert.equal(answers.encryptionKeyUrl, KEY_URL);
    assert.equal(answers.scope, true);
  });
  FULL.forEach(([kind, name], index) => {
    test(`cancelling question ${index + 1} (${kind}: ${name}) gives undefined and asks nothing more`, async () => {
      const script = [...FULL.slice(0, index).map((s) => s[2]), cancel];
      const { ui, calls } = fakeUi(script);
      const answers = await askPolicyAnswers(ui, { repository: REPOSITORY, tags: ['v2.0.0'] }, fakeServer());
      assert.equal(answers, undefined);
      assert.equal(calls.length, index + 1, 'no question after the cancelled one');
      assert.equal(calls[index].kind, kind);
    });
  });

  test('cancelling the e-mail question without a repository gives undefined', async () => {
    const { ui, calls } = fakeUi([DEFAULT, DEFAULT, cancel]);
    assert.equal(await askPolicyAnswers(ui, { tags: [] }, fakeServer()), undefined);
    assert.equal(calls.length, 3);
  });

  test('the server failing to read the tags: the flow rejects with its error and asks nothing more', async () => {
    const failure = new Error('the SECURITY.md language server did not answer within 15 seconds');
    const { ui, calls } = fakeUi([DEFAULT, DEFAULT]);
    await assert.rejects(
      askPolicyAnswers(ui, { repository: REPOSITORY, tags: ['v2.0.0'] }, fakeServer({ fail: 'versionsFromTags', failure })),
      failure,
    );
    assert.equal(calls.length, 2, 'no question after the where and how');
  });

  test('every combination the flow can produce makes a policy that lints clean', async () => {
    const hows = ['GitHub private vulnerability reporting', 'GitHub private vulnerability reporting and e-mail', 'E-mail'];
    for (const how of hows) {
      for (const dir of ['SECURITY.md', '.github/SECURITY.md', 'docs/SECURITY.md']) {
        /** @type {Step[]} */
        const script = [byLabel(dir), byLabel(how)];
        if (how !== hows[0]) script.push(typing(EMAIL));
        script.push(
          DEFAULT,
          byLabel('7 days'),
          byLabel('60 days'),
          byLabel('Scope', 'Safe harbor', 'Encryption (PGP key)'),
          typing(KEY_URL),
        );
        const { ui } = fakeUi(script);
        const answers = await askPolicyAnswers(ui, { repository: REPOSITORY, tags: ['v1.4.0', 'v2.0.0'] }, fakeServer());
        const text = core.createPolicy(answers);
        const serious = core
          .lint(text, { repository: REPOSITORY, now: NOW })
          .filter((f) => f.severity === 'error' || f.severity === 'warning');
        assert.deepEqual(serious, [], `${how}, ${dir}`);
      }
    }
  });
});

describe('askPolicyAnswers with compliance profiles', () => {
  // The list the server gives (securityMd/profiles), from the core.
  const PROFILES = core.PROFILES.map((p) => ({
    id: p.id,
    title: p.title,
    short: p.short,
    summary: p.summary,
    needs: core.policyNeeds([p.id]),
  }));
  const context = (more = {}) => ({ repository: REPOSITORY, tags: [], profiles: PROFILES, ...more });
  /** Picks the profiles with these ids. */
  const profiles =
    (...ids) =>
    (kind, title, items) => {
      assert.equal(kind, 'pickMany');
      assert.equal(title, 'Compliance profiles (optional)');
      return ids.map((id) => items.find((i) => i.value.id === id).value);
    };
  const lintsClean = (answers) => {
    const text = core.createPolicy(answers);
    const findings = core.lint(text, { repository: REPOSITORY, now: NOW, profiles: answers.profiles ?? [] });
    assert.deepEqual(
      findings.map((f) => `${f.severity} ${f.code}: ${f.message}`),
      [],
      text,
    );
    for (const id of answers.profiles ?? []) {
      const report = core.checkCompliance(core.parsePolicy(text), id, { now: NOW });
      assert.equal(report.met, report.total, id);
    }
  };

  test('the second question lists every profile, title and id, none picked without the setting', async () => {
    const { ui, calls } = fakeUi([DEFAULT, () => [], DEFAULT, DEFAULT, DEFAULT, DEFAULT, () => []]);
    const answers = await askPolicyAnswers(ui, context(), fakeServer());
    assert.equal(calls[1].kind, 'pickMany');
    assert.equal(calls[1].title, 'Compliance profiles (optional)');
    assert.deepEqual(
      calls[1].arg.map((i) => [i.label, i.description, i.picked]),
      core.PROFILES.map((p) => [p.title, p.id, false]),
    );
    // No profile: the answers of before, without a profiles key.
    assert.equal('profiles' in answers, false);
    assert.deepEqual(
      calls[4].arg.map((i) => i.value),
      ['3 business days', '48 hours', '7 days'],
    );
    assert.deepEqual(
      calls[6].arg.map((i) => [i.label, i.picked]),
      [
        ['Scope', undefined],
        ['Safe harbor', undefined],
        ['Encryption (PGP key)', undefined],
      ],
    );
  });

  test('the profiles of the securityMd.profiles setting are picked at first', async () => {
    const { ui, calls } = fakeUi([
      DEFAULT,
      (kind, title, items) => items.filter((i) => i.picked).map((i) => i.value),
      DEFAULT,
      DEFAULT,
      DEFAULT,
      DEFAULT,
      () => [],
    ]);
    const answers = await askPolicyAnswers(
      ui,
      context({ chosenProfiles: ['cra-manufacturer', 'openssf-baseline-2', 'unknown'] }),
      fakeServer(),
    );
    assert.deepEqual(
      calls[1].arg.filter((i) => i.picked).map((i) => i.value.id),
      ['openssf-baseline-2', 'cra-manufacturer'],
    );
    assert.deepEqual(answers.profiles, ['openssf-baseline-2', 'cra-manufacturer']);
    lintsClean(answers);
  });

  test('CISA: no acknowledgement slower than 3 days offered, scope and safe harbor picked as required', async () => {
    const { ui, calls } = fakeUi([DEFAULT, profiles('cisa-bod-20-01'), DEFAULT, DEFAULT, byLabel('48 hours'), DEFAULT, () => []]);
    const answers = await askPolicyAnswers(ui, context(), fakeServer());
    assert.deepEqual(
      calls[4].arg.map((i) => i.value),
      ['3 business days', '48 hours'],
    );
    assert.deepEqual(
      calls[6].arg.map((i) => [i.label, i.description, i.picked]),
      [
        ['Scope', 'required by BOD 20-01', true],
        ['Safe harbor', 'required by BOD 20-01', true],
        ['Encryption (PGP key)', undefined, undefined],
      ],
    );
    assert.deepEqual(answers, { dir: 'root', ...defaultAnswers({ acknowledgeWithin: '48 hours', profiles: ['cisa-bod-20-01'] }) });
    // Unpicked, the sections a profile needs are written all the same.
    const text = core.createPolicy(answers);
    assert.ok(text.includes('\n## Scope\n') && text.includes('\n## Safe Harbor\n'));
    lintsClean(answers);
  });

  test('ISO 29147 with e-mail only: the PGP key is asked for even when Encryption is not picked', async () => {
    const { ui, calls } = fakeUi([
      DEFAULT,
      profiles('iso-29147'),
      byLabel('E-mail'),
      typing(EMAIL),
      DEFAULT,
      DEFAULT,
      DEFAULT,
      () => [],
      typing(KEY_URL),
    ]);
    const answers = await askPolicyAnswers(ui, context(), fakeServer());
    assert.equal(calls[2].arg.find((i) => i.value === 'email').description, 'a PGP key is then required by ISO 29147');
    assert.deepEqual(calls[7].arg[2], {
      label: 'Encryption (PGP key)',
      description: 'required by ISO 29147 for e-mail reports',
      value: 'encryption',
      picked: true,
    });
    assert.equal(calls[8].title, 'The https address of your PGP key');
    assert.equal(answers.encryptionKeyUrl, KEY_URL);
    assert.deepEqual(answers.profiles, ['iso-29147']);
    lintsClean(answers);
  });

  test('ISO 29147 with GitHub reporting: no key needed', async () => {
    const { ui, calls } = fakeUi([DEFAULT, profiles('iso-29147'), DEFAULT, DEFAULT, DEFAULT, DEFAULT, () => []]);
    const answers = await askPolicyAnswers(ui, context(), fakeServer());
    assert.equal(calls.length, 7);
    assert.equal('encryptionKeyUrl' in answers, false);
    lintsClean(answers);
  });

  test('without a repository and with a profile that needs a key: the e-mail item says so', async () => {
    const { ui, calls } = fakeUi([
      DEFAULT,
      profiles('iso-29147', 'disclose-io'),
      DEFAULT,
      DEFAULT,
      DEFAULT,
      DEFAULT,
      DEFAULT,
      () => [],
      typing(KEY_URL),
    ]);
    const answers = await askPolicyAnswers(ui, context({ repository: undefined }), fakeServer());
    assert.equal(calls[2].arg[0].description, 'no GitHub repository found in .git/config; a PGP key is then required by ISO 29147');
    lintsClean(answers);
  });

  test('cancelling the profile question gives undefined and asks nothing more', async () => {
    const { ui, calls } = fakeUi([DEFAULT, cancel]);
    assert.equal(await askPolicyAnswers(ui, context(), fakeServer()), undefined);
    assert.equal(calls.length, 2);
  });

  test('every profile alone and all together, every acknowledgement offered, every way to report: lints clean', async () => {
    const hows = ['GitHub private vulnerability reporting', 'GitHub private vulnerability reporting and e-mail', 'E-mail'];
    for (const ids of [...PROFILES.map((p) => [p.id]), PROFILES.map((p) => p.id)]) {
      for (const how of hows) {
        const offered = [];
        /** @type {Step[]} */
        const script = [DEFAULT, profiles(...ids), byLabel(how)];
        if (how !== hows[0]) script.push(typing(EMAIL));
        script.push(DEFAULT, (kind, title, items) => {
          offered.push(...items.map((i) => i.value));
          return items.at(-1).value;
        });
        script.push(DEFAULT, () => [], typing(KEY_URL));
        const { ui } = fakeUi(script);
        const answers = await askPolicyAnswers(ui, context({ tags: ['v1.4.0', 'v2.0.0'] }), fakeServer());
        assert.deepEqual(answers.profiles, ids);
        lintsClean(answers);
        // The slowest time offered is the one picked: the others are faster.
        assert.equal(answers.acknowledgeWithin, offered.at(-1));
      }
    }
  });

  test('the days the flow counts for each acknowledgement time are the days the linter counts', async () => {
    const { ui, calls } = fakeUi([DEFAULT, profiles('openssf-best-practices'), DEFAULT, DEFAULT, DEFAULT, DEFAULT, () => []]);
    await askPolicyAnswers(ui, context(), fakeServer());
    for (const { value } of calls[4].arg) {
      const days = core.parsePolicy(`# Security Policy\n\n## Response\n\nWe acknowledge every report within ${value}.\n`).times[0].days;
      for (const limit of [days - 1, days]) {
        const { ui: limited, calls: asked } = fakeUi([DEFAULT, profiles('x'), DEFAULT, DEFAULT, DEFAULT, DEFAULT, () => []]);
        const only = { id: 'x', title: 'X', short: 'X', summary: '', needs: { ...core.policyNeeds([]), maxAcknowledgeDays: limit } };
        await askPolicyAnswers(limited, context({ profiles: [only] }), fakeServer());
        const offered = asked[4].arg.map((i) => i.value);
        // Offered within its days; below them only when no time fits and all are offered.
        assert.equal(offered.includes(value), limit >= days || offered.length === calls[4].arg.length, `${value} at ${limit} days`);
      }
    }
  });
});

describe('profilesConfigStep', () => {
  test('no profiles: nothing to do', () => {
    assert.equal(profilesConfigStep([], undefined), undefined);
  });
  test('no .securitymd.json: write one with the profiles', () => {
    assert.deepEqual(profilesConfigStep(['cra-manufacturer', 'cisa-bod-20-01'], undefined), {
      write: '{\n  "profiles": ["cra-manufacturer", "cisa-bod-20-01"]\n}\n',
    });
  });
  test('one that names them all already: nothing to do', () => {
    assert.equal(
      profilesConfigStep(['cra-steward'], { name: '.securitymd.json', text: '{"profiles":["disclose-io","cra-steward"]}' }),
      undefined,
    );
  });
  for (const [what, text] of [
    ['without profiles', '{ "rules": {} }'],
    ['with other profiles', '{ "profiles": ["github"] }'],
    ['that is not JSON', '{ rules: '],
    ['that is empty', ''],
  ]) {
    test(`one ${what}: left alone, a note saying what to add`, () => {
      assert.deepEqual(profilesConfigStep(['cisa-bod-20-01', 'iso-29147'], { name: 'docs/.securitymd.json', text }), {
        note: 'Add "profiles": ["cisa-bod-20-01", "iso-29147"] to docs/.securitymd.json so that the linter applies them everywhere',
      });
    });
  }
});

describe('validateEmail', () => {
  // The messages in the input box, word for word.
  for (const [value, message] of [
    ['', 'Type the address that receives security reports.'],
    ['   ', 'Type the address that receives security reports.'],
    ['a@@b.com', 'This address cannot receive mail: it has more than one "@".'],
    ['security@', 'This address cannot receive mail: no domain follows the "@".'],
    ['plainly-not-an-address', 'This address cannot receive mail: it has no "@".'],
    ['security@acme.con', 'This address cannot receive mail: ".con" is not a top-level domain (".com" was probably meant).'],
    ['you@example.com', 'This is a placeholder address; type a real one.'],
    ['security@your-project.org', 'This is a placeholder address; type a real one.'],
  ]) {
    test(`rejects ${JSON.stringify(value)}: ${message}`, async () => {
      assert.equal(await validateEmail(value, fakeServer()), message);
    });
  }
  for (const value of ['security@acme-widgets.dev', '  security@acme-widgets.dev  ', 'psirt+reports@widgets.acme.io']) {
    test(`accepts ${JSON.stringify(value)}`, async () => {
      assert.equal(await validateEmail(value, fakeServer()), undefined);
    });
  }

  test('asks the server about the trimmed address, and not at all about an empty one', async () => {
    const server = fakeServer();
    await validateEmail('', server);
    await validateEmail('\tsecurity@acme-widgets.dev ', server);
    assert.deepEqual(server.calls, [['checkEmail', 'security@acme-widgets.dev']]);
  });

  test('a server that cannot answer: the reason, in the input box', async () => {
    const failure = new Error('the SECURITY.md language server could not answer (Client is not running)');
    assert.equal(
      await validateEmail(EMAIL, fakeServer({ fail: 'checkEmail', failure })),
      'The address cannot be checked: the SECURITY.md language server could not answer (Client is not running).',
    );
  });
});

describe('validateKeyUrl', () => {
  for (const value of ['https://acme-widgets.dev/pgp-key.asc', ' https://keys.acme-widgets.dev/0xDEADBEEF.asc ']) {
    test(`accepts ${JSON.stringify(value)}`, () => {
      assert.equal(validateKeyUrl(value), undefined);
    });
  }
  for (const value of [
    '',
    'http://acme-widgets.dev/pgp-key.asc',
    'acme-widgets.dev/pgp-key.asc',
    'ftp://acme-widgets.dev/key',
    'https://',
    'https://acme widgets.dev/key',
  ]) {
    test(`rejects ${JSON.stringify(value)} asking for https`, () => {
      const message = validateKeyUrl(value);
      assert.equal(typeof message, 'string');
      assert.match(message, /https:\/\//);
    });
  }
});

describe('shouldOfferCreate', () => {
  for (const isGitRepository of [false, true]) {
    for (const hasPolicy of [false, true]) {
      for (const dismissedHere of [false, true]) {
        for (const neverAgain of [false, true]) {
          const expected = isGitRepository && !hasPolicy && !dismissedHere && !neverAgain;
          test(`git ${isGitRepository}, policy ${hasPolicy}, dismissed here ${dismissedHere}, never again ${neverAgain}: ${expected}`, () => {
            assert.equal(shouldOfferCreate({ dismissedHere, neverAgain }, { isGitRepository, hasPolicy }), expected);
          });
        }
      }
    }
  }
});
