// @ts-check
'use strict';
// Integration tests of `security-md init` (dist/cli.js), in temporary folders with an invented
// .git folder. stdin is a pipe, never a TTY, so init does not ask for confirmation.
// Build first: node scripts/build.mjs

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { runCliSync } = require('./fixtures.js');

const ROOT = path.resolve(__dirname, '../..');
const NOW = '2026-03-01T00:00:00Z';
const EMAIL = 'security@acme-widgets.dev';
const ADVISORY_URL = 'https://github.com/acme/widgets/security/advisories/new';
const SHA = (n) => String(n).repeat(40).slice(0, 40);

const run = (args, cwd) => runCliSync(args, { cwd, input: '' });

let base;
let counter = 0;

before(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'security-md-init-'));
});

after(() => {
  fs.rmSync(base, { recursive: true, force: true });
});

/**
 * A fresh folder. origin: the origin URL for .git/config (null: a .git folder without origin;
 * undefined: no .git at all). tags: loose tags; packed: tags in packed-refs.
 * @param {{ origin?: string | null, tags?: string[], packed?: string[] }} [options]
 */
function repo({ origin, tags = [], packed = [] } = {}) {
  counter++;
  const dir = path.join(base, `repo-${counter}`);
  fs.mkdirSync(dir);
  if (origin !== undefined) {
    const git = path.join(dir, '.git');
    fs.mkdirSync(path.join(git, 'refs', 'tags'), { recursive: true });
    const config = ['[core]', '\trepositoryformatversion = 0', '\tbare = false'];
    if (origin !== null) config.push('[remote "origin"]', `\turl = ${origin}`, '\tfetch = +refs/heads/*:refs/remotes/origin/*');
    config.push('[branch "main"]', '\tremote = origin', '\tmerge = refs/heads/main');
    fs.writeFileSync(path.join(git, 'config'), config.join('\n') + '\n');
    fs.writeFileSync(path.join(git, 'HEAD'), 'ref: refs/heads/main\n');
    tags.forEach((tag, i) => {
      const file = path.join(git, 'refs', 'tags', ...tag.split('/'));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, `${SHA((i % 9) + 1)}\n`);
    });
    if (packed.length > 0) {
      const lines = ['# pack-refs with: peeled fully-peeled sorted', `${'a'.repeat(40)} refs/heads/main`];
      packed.forEach((tag, i) => {
        lines.push(`${'b'.repeat(39)}${i % 10} refs/tags/${tag}`, `^${'c'.repeat(39)}${i % 10}`);
      });
      fs.writeFileSync(path.join(git, 'packed-refs'), lines.join('\n') + '\n');
    }
  }
  return dir;
}

const GITHUB = 'https://github.com/acme/widgets.git';

/** Every file under dir except .git, relative, sorted. */
function files(dir) {
  const out = [];
  const walk = (d, prefix) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.name === '.git' && prefix === '') continue;
      if (e.isDirectory()) walk(path.join(d, e.name), `${prefix}${e.name}/`);
      else out.push(`${prefix}${e.name}`);
    }
  };
  walk(dir, '');
  return out.sort();
}

function versionRows(text) {
  return text
    .split('\n')
    .filter((l) => /^\| /.test(l))
    .slice(2)
    .map((l) =>
      l
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    )
    .map(([v, s]) => [v, s === ':white_check_mark:']);
}

describe('init: where the policy goes', () => {
  test('--github-advisories with a GitHub origin writes SECURITY.md in the root with the advisory link', () => {
    const dir = repo({ origin: GITHUB });
    const r = run(['init', '--github-advisories'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(files(dir), ['SECURITY.md']);
    const text = fs.readFileSync(path.join(dir, 'SECURITY.md'), 'utf8');
    assert.ok(text.includes(`<${ADVISORY_URL}>`));
    assert.ok(!text.includes('@'), 'no e-mail address');
    assert.match(r.stdout, /Wrote .*SECURITY\.md/);
    assert.match(r.stdout, /lint/);
    assert.equal(text, require(path.join(ROOT, 'dist', 'core.js')).createPolicy({ repository: 'acme/widgets', githubAdvisories: true }));
  });

  for (const sub of ['.github', 'docs']) {
    test(`--dir ${sub} writes ${sub}/SECURITY.md (creating the folder)`, () => {
      const dir = repo({ origin: GITHUB });
      const r = run(['init', '--github-advisories', '--dir', sub], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(files(dir), [`${sub}/SECURITY.md`]);
      assert.ok(fs.readFileSync(path.join(dir, sub, 'SECURITY.md'), 'utf8').includes(ADVISORY_URL));
    });

    test(`--dir=${sub} (inline value) into an existing folder keeps its other files`, () => {
      const dir = repo({ origin: GITHUB });
      fs.mkdirSync(path.join(dir, sub));
      fs.writeFileSync(path.join(dir, sub, 'CONTRIBUTING.md'), '# Contributing\n');
      const r = run(['init', `--email=${EMAIL}`, `--dir=${sub}`], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(files(dir), [`${sub}/CONTRIBUTING.md`, `${sub}/SECURITY.md`]);
      assert.equal(fs.readFileSync(path.join(dir, sub, 'CONTRIBUTING.md'), 'utf8'), '# Contributing\n');
    });
  }

  test('--dir root is the default', () => {
    const dir = repo({ origin: GITHUB });
    const r = run(['init', '--github-advisories', '--dir', 'root'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(files(dir), ['SECURITY.md']);
  });

  test('a FOLDER argument writes there, not in the working folder', () => {
    const dir = repo({ origin: GITHUB });
    const elsewhere = repo();
    const r = run(['init', '--github-advisories', dir], elsewhere);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(files(dir), ['SECURITY.md']);
    assert.deepEqual(files(elsewhere), []);
  });

  test('--dir elsewhere is an error (exit 2) and writes nothing', () => {
    const dir = repo({ origin: GITHUB });
    const r = run(['init', '--github-advisories', '--dir', 'elsewhere'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--dir must be root, \.github or docs/);
    assert.match(r.stderr, /elsewhere/);
    assert.deepEqual(files(dir), []);
  });

  for (const bad of ['../outside', '.GITHUB', 'docs/sub', '']) {
    test(`--dir ${JSON.stringify(bad)} is an error`, () => {
      const dir = repo({ origin: GITHUB });
      const r = run(['init', '--github-advisories', `--dir=${bad}`], dir);
      assert.equal(r.status, 2);
      assert.deepEqual(files(dir), []);
      assert.equal(fs.existsSync(path.join(dir, '..', 'outside')), false);
    });
  }

  test('two FOLDER arguments are a usage error', () => {
    const dir = repo({ origin: GITHUB });
    const r = run(['init', '--github-advisories', 'a', 'b'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /at most one FOLDER/);
    assert.deepEqual(files(dir), []);
  });
});

describe('init: how to report', () => {
  test('--email alone writes an e-mail-only policy (no advisory link)', () => {
    const dir = repo({ origin: GITHUB });
    const r = run(['init', '--email', EMAIL], dir);
    assert.equal(r.status, 0, r.stderr);
    const text = fs.readFileSync(path.join(dir, 'SECURITY.md'), 'utf8');
    assert.ok(text.includes(`Report them privately by e-mail to <${EMAIL}>.`));
    assert.ok(!text.includes('advisories/new'));
  });

  test('--email without any .git works', () => {
    const dir = repo();
    const r = run(['init', '--email', EMAIL], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(fs.readFileSync(path.join(dir, 'SECURITY.md'), 'utf8').includes(EMAIL));
  });

  test('--email and --github-advisories give both channels', () => {
    const dir = repo({ origin: 'git@github.com:acme/widgets.git' });
    const r = run(['init', '--github-advisories', '--email', EMAIL], dir);
    assert.equal(r.status, 0, r.stderr);
    const text = fs.readFileSync(path.join(dir, 'SECURITY.md'), 'utf8');
    assert.ok(text.includes(ADVISORY_URL));
    assert.ok(text.includes(`or by e-mail to <${EMAIL}>.`));
  });

  for (const [address, why] of /** @type {[string, RegExp][]} */ ([
    ['you@example.com', /placeholder/],
    ['security@your-project.org', /placeholder|cannot|reserved|not/i],
    ['a@@b.com', /a@@b\.com/],
    ['security@', /security@/],
    ['not-an-address', /not-an-address/],
  ])) {
    test(`--email ${address} is refused (exit 2) and nothing is written`, () => {
      const dir = repo({ origin: GITHUB });
      const r = run(['init', '--email', address], dir);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /--email/);
      assert.match(r.stderr, why);
      assert.deepEqual(files(dir), []);
    });

    test(`--email ${address} is refused even with --github-advisories`, () => {
      const dir = repo({ origin: GITHUB });
      const r = run(['init', '--github-advisories', '--email', address], dir);
      assert.equal(r.status, 2);
      assert.deepEqual(files(dir), []);
    });
  }

  test('no flags: exit 2, saying how to report, naming the repository', () => {
    const dir = repo({ origin: GITHUB });
    const r = run(['init'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--email/);
    assert.match(r.stderr, /--github-advisories/);
    assert.match(r.stderr, /acme\/widgets/);
    assert.deepEqual(files(dir), []);
  });

  test('no flags and no .git: exit 2, saying how to report', () => {
    const dir = repo();
    const r = run(['init'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--email ADDR and\/or --github-advisories/);
    assert.deepEqual(files(dir), []);
  });

  test('--email with no value is a usage error', () => {
    const dir = repo({ origin: GITHUB });
    const r = run(['init', '--email'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--email needs a value/);
    assert.deepEqual(files(dir), []);
  });

  for (const [name, origin] of [
    ['no .git at all', undefined],
    ['a .git without origin', null],
    ['a GitLab origin', 'https://gitlab.com/acme/widgets.git'],
  ]) {
    test(`--github-advisories with ${name}: exit 2, nothing written`, () => {
      const dir = repo({ origin });
      const r = run(['init', '--github-advisories'], dir);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /--github-advisories needs a GitHub origin/);
      assert.deepEqual(files(dir), []);
    });
  }
});

describe('init: never overwrites', () => {
  for (const existing of [
    'SECURITY.md',
    'security.md',
    'Security.MD',
    '.github/SECURITY.md',
    '.github/security.md',
    'docs/SECURITY.md',
    'docs/Security.md',
  ]) {
    for (const target of ['root', '.github', 'docs']) {
      test(`${existing} exists, --dir ${target}: exit 2, file untouched, nothing else written`, () => {
        const dir = repo({ origin: GITHUB });
        const file = path.join(dir, ...existing.split('/'));
        fs.mkdirSync(path.dirname(file), { recursive: true });
        const original = '# Our policy\n\nMail security@acme-widgets.dev.\n';
        fs.writeFileSync(file, original);
        const before = files(dir);
        const r = run(['init', '--github-advisories', '--dir', target], dir);
        assert.equal(r.status, 2);
        assert.match(r.stderr, /exists already/);
        assert.ok(r.stderr.includes(existing.split('/').pop()), 'names the existing file');
        assert.equal(fs.readFileSync(file, 'utf8'), original);
        assert.deepEqual(files(dir), before);
      });
    }
  }
});

describe('init: never outside the folder', () => {
  for (const sub of ['.github', 'docs']) {
    test(`${sub} linked to a folder outside: exit 2, says so, writes nothing there`, () => {
      const dir = repo({ origin: GITHUB });
      const outside = fs.mkdtempSync(path.join(base, 'outside-'));
      fs.symlinkSync(outside, path.join(dir, sub), 'dir');
      const r = run(['init', '--github-advisories', '--dir', sub], dir);
      assert.equal(r.status, 2, r.stderr);
      assert.ok(
        r.stderr.includes(`${path.join(dir, sub, 'SECURITY.md')} is a link to`) || r.stderr.includes(`${path.join(dir, sub)} is a link to`),
        r.stderr,
      );
      assert.match(r.stderr, /outside the workspace folder; nothing was written/);
      assert.deepEqual(fs.readdirSync(outside), []);
    });
  }

  test('SECURITY.md itself a dangling link to a file outside: refused as an existing policy, nothing created', () => {
    const dir = repo({ origin: GITHUB });
    const outside = fs.mkdtempSync(path.join(base, 'outside-'));
    fs.symlinkSync(path.join(outside, 'SECURITY.md'), path.join(dir, 'SECURITY.md'));
    const r = run(['init', '--github-advisories'], dir);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /SECURITY\.md exists already/);
    assert.deepEqual(fs.readdirSync(outside), []);
  });

  test('.github linked to a folder inside the repository: allowed', () => {
    const dir = repo({ origin: GITHUB });
    fs.mkdirSync(path.join(dir, 'community'));
    fs.symlinkSync(path.join(dir, 'community'), path.join(dir, '.github'), 'dir');
    const r = run(['init', '--github-advisories', '--dir', '.github'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(fs.existsSync(path.join(dir, 'community', 'SECURITY.md')));
  });
});

describe('init: versions from tags', () => {
  // Each case: the tags, and the rows of the version table (version: supported), in order.
  for (const [name, options, rows] of /** @type {[string, { tags?: string[], packed?: string[] }, Record<string, boolean>][]} */ ([
    ['loose tags in .git/refs/tags give 2.x yes / < 2.0 no', { tags: ['v1.4.0', 'v2.0.0', 'v2.1.0'] }, { '2.x': true, '< 2.0': false }],
    ['tags in .git/packed-refs give the table too', { packed: ['v1.0.0', 'v1.2.0', 'v2.3.0'] }, { '2.x': true, '< 2.0': false }],
    [
      'loose and packed tags together: the newest of both',
      { tags: ['v3.0.0'], packed: ['v2.5.1', 'v2.4.0'] },
      { '3.x': true, '< 3.0': false },
    ],
    ['0.x tags give 0.minor rows', { tags: ['0.2.0', '0.3.1'] }, { '0.3.x': true, '< 0.3': false }],
    ['a single major: only the supported row', { packed: ['v2.0.0', 'v2.0.1'] }, { '2.x': true }],
    ['no tags: the "Latest release" row', {}, { 'Latest release': true }],
    [
      'pre-release and non-version tags are ignored',
      { tags: ['v1.9.0', 'v2.0.0-rc.1', 'nightly'], packed: ['v2.0.0-beta.2', 'latest'] },
      { '1.x': true },
    ],
  ])) {
    test(name, () => {
      const dir = repo({ origin: GITHUB, ...options });
      const r = run(['init', '--github-advisories'], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(versionRows(fs.readFileSync(path.join(dir, 'SECURITY.md'), 'utf8')), Object.entries(rows));
    });
  }

  // Suspected bug: findRepository follows a .git file ("gitdir: ..." of a worktree, with its
  // commondir) to the origin, but readGitTags only reads a .git folder, so a worktree gets no tags.
  test('a worktree (.git file with gitdir and commondir) reads the tags of the main repository', () => {
    const main = repo({ origin: GITHUB, tags: ['v1.0.0', 'v2.0.0'] });
    const gitdir = path.join(main, '.git', 'worktrees', 'feature');
    fs.mkdirSync(gitdir, { recursive: true });
    fs.writeFileSync(path.join(gitdir, 'commondir'), '../..\n');
    const worktree = repo();
    fs.writeFileSync(path.join(worktree, '.git'), `gitdir: ${gitdir}\n`);
    const r = run(['init', '--github-advisories'], worktree);
    assert.equal(r.status, 0, r.stderr);
    const text = fs.readFileSync(path.join(worktree, 'SECURITY.md'), 'utf8');
    assert.ok(text.includes(ADVISORY_URL), 'the origin is found through the .git file');
    assert.deepEqual(versionRows(text), [
      ['2.x', true],
      ['< 2.0', false],
    ]);
  });
});

describe('init: the written policy', () => {
  for (const [name, args, sub] of /** @type {[string, string[], string][]} */ ([
    ['GitHub only, root', ['--github-advisories'], ''],
    ['e-mail only, .github', ['--email', EMAIL, '--dir', '.github'], '.github'],
    ['both, docs', ['--github-advisories', '--email', EMAIL, '--dir', 'docs'], 'docs'],
  ])) {
    test(`${name}: lint exits 0 with no warnings, txt prints a security.txt`, () => {
      const dir = repo({ origin: GITHUB, tags: ['v1.4.0', 'v2.0.0'] });
      const init = run(['init', ...args], dir);
      assert.equal(init.status, 0, init.stderr);
      const policy = path.join(dir, sub, 'SECURITY.md');

      // The folder: lint finds the policy GitHub would use.
      const lintDir = run(['lint', '--max-warnings', '0', '--now', NOW, dir], dir);
      assert.equal(lintDir.status, 0, lintDir.stdout + lintDir.stderr);
      const json = run(['lint', '--format', 'json', '--now', NOW, policy], dir);
      assert.equal(json.status, 0, json.stderr);
      const findings = JSON.parse(json.stdout);
      const all = JSON.stringify(findings);
      assert.ok(!/"severity":\s*"(error|warning)"/.test(all), all);

      const txt = run(['txt', '--now', NOW, policy], dir);
      assert.equal(txt.status, 0, txt.stderr);
      assert.match(txt.stdout, /^Contact: /m);
      assert.match(txt.stdout, /^Expires: 2027-03-01T00:00:00(\.000)?Z$/m);
      if (args.includes('--github-advisories')) assert.ok(txt.stdout.includes(`Contact: ${ADVISORY_URL}`));
      if (args.includes('--email')) assert.ok(txt.stdout.includes(`Contact: mailto:${EMAIL}`));
      assert.ok(txt.stdout.includes('Policy: https://github.com/acme/widgets/security/policy'), txt.stdout);

      // The printed security.txt lints clean.
      const txtFile = path.join(dir, 'security.txt');
      fs.writeFileSync(txtFile, txt.stdout + '\n');
      const lintTxt = run(['lint', '--max-warnings', '0', '--now', NOW, txtFile], dir);
      assert.equal(lintTxt.status, 0, lintTxt.stdout + lintTxt.stderr);
    });
  }

  test('a second init in the same folder refuses and leaves the first policy alone', () => {
    const dir = repo({ origin: GITHUB });
    assert.equal(run(['init', '--github-advisories'], dir).status, 0);
    const first = fs.readFileSync(path.join(dir, 'SECURITY.md'), 'utf8');
    const second = run(['init', '--email', EMAIL, '--dir', 'docs'], dir);
    assert.equal(second.status, 2);
    assert.equal(fs.readFileSync(path.join(dir, 'SECURITY.md'), 'utf8'), first);
    assert.deepEqual(files(dir), ['SECURITY.md']);
  });
});

describe('init: compliance profiles', () => {
  const core = require(path.join(ROOT, 'dist', 'core.js'));
  /** @param {string} file */
  const read = (file) => fs.readFileSync(file, 'utf8');

  /** check and lint of `policy` with `profiles` on the command line: check exits 0, lint finds nothing. */
  function assertCompliant(dir, policy, profiles) {
    const flags = profiles.flatMap((p) => ['--profile', p]);
    const check = run(['check', ...flags, '--now', NOW, policy], dir);
    assert.equal(check.status, 0, check.stdout + check.stderr);
    for (const p of profiles) assert.ok(check.stdout.includes(`(${p})`), `the checklist of ${p}`);
    assert.doesNotMatch(check.stdout, /NOT MET/);
    const lint = run(['lint', ...flags, '--format', 'json', '--now', NOW, policy], dir);
    assert.equal(lint.status, 0, lint.stderr);
    const findings = JSON.parse(lint.stdout).flatMap((r) => r.findings);
    assert.deepEqual(findings, [], JSON.stringify(findings, null, 2));
  }

  for (const id of core.PROFILE_IDS) {
    // E-mail alone where the profile allows it; a secure channel where it asks for one.
    const secure = core.policyNeeds([id]).secureChannel;
    const how = secure ? ['--github-advisories', '--email', EMAIL] : ['--email', EMAIL];
    test(`--profile ${id} (${secure ? 'GitHub and e-mail' : 'e-mail'}): check exits 0 and lint finds nothing`, () => {
      const dir = repo({ origin: GITHUB, tags: ['v1.4.0', 'v2.0.0'] });
      const r = run(['init', '--profile', id, ...how, '--yes', dir], base);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(files(dir), ['.securitymd.json', 'SECURITY.md']);
      const policy = path.join(dir, 'SECURITY.md');
      assert.equal(
        read(policy),
        core.createPolicy({
          repository: 'acme/widgets',
          githubAdvisories: secure,
          email: EMAIL,
          versions: core.versionsFromTags(['v1.4.0', 'v2.0.0']),
          profiles: [id],
        }),
      );
      assertCompliant(dir, policy, [id]);
      // The written .securitymd.json turns the profile on: check and lint need no --profile.
      assert.equal(read(path.join(dir, '.securitymd.json')), `{\n  "profiles": ["${id}"]\n}\n`);
      const check = run(['check', '--now', NOW, policy], dir);
      assert.equal(check.status, 0, check.stdout + check.stderr);
      assert.ok(check.stdout.includes(`(${id})`), check.stdout);
      assert.equal(run(['lint', '--max-warnings', '0', '--now', NOW, dir], dir).status, 0);
    });
  }

  test('every profile at once, the example of the usage: all met, nothing found, the config lists them in order', () => {
    const dir = repo({ origin: GITHUB });
    const profiles = ['cra-manufacturer', 'cisa-bod-20-01'];
    const r = run(['init', '--profile', 'cra-manufacturer', '--profile', 'cisa-bod-20-01', '--email', EMAIL, '--yes', dir], base);
    assert.equal(r.status, 0, r.stderr);
    assertCompliant(dir, path.join(dir, 'SECURITY.md'), profiles);
    assert.match(r.stdout, /Check the supported versions, the support period and the scope, then lint it: security-md lint /);
    assert.ok(r.stdout.includes(`Wrote ${path.join(dir, '.securitymd.json')} with "profiles": ["cra-manufacturer", "cisa-bod-20-01"]`));

    const all = repo({ origin: GITHUB, tags: ['v3.0.0', 'v2.9.1'] });
    const args = core.PROFILE_IDS.flatMap((p) => ['--profile', p]);
    const everything = run(['init', ...args, '--github-advisories', '--email', EMAIL, '--dir', '.github', '--yes', all], base);
    assert.equal(everything.status, 0, everything.stderr);
    assert.deepEqual(files(all), ['.github/SECURITY.md', '.securitymd.json']);
    assertCompliant(all, path.join(all, '.github', 'SECURITY.md'), core.PROFILE_IDS);
    assert.deepEqual(JSON.parse(read(path.join(all, '.securitymd.json'))), { profiles: core.PROFILE_IDS });
  });

  test('a --profile given twice counts once', () => {
    const dir = repo({ origin: GITHUB });
    const r = run(['init', '--profile', 'disclose-io', '--profile=disclose-io', '--email', EMAIL, dir], base);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(read(path.join(dir, '.securitymd.json')), '{\n  "profiles": ["disclose-io"]\n}\n');
  });

  test('without --profile: the policy of before, no .securitymd.json and the message of before', () => {
    const dir = repo({ origin: GITHUB });
    const r = run(['init', '--email', EMAIL, dir], base);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(files(dir), ['SECURITY.md']);
    assert.equal(
      read(path.join(dir, 'SECURITY.md')),
      core.createPolicy({ repository: 'acme/widgets', githubAdvisories: false, email: EMAIL }),
    );
    assert.equal(r.stdout.trim().split('\n').length, 1);
    assert.match(r.stdout, /^Wrote .*SECURITY\.md\. Check the supported versions, then lint it: security-md lint /);
  });

  for (const bad of ['nope', 'CISA-BOD-20-01', '']) {
    test(`--profile ${JSON.stringify(bad)}: exit 2, the known profiles listed, nothing written`, () => {
      const dir = repo({ origin: GITHUB });
      const r = run(['init', `--profile=${bad}`, '--email', EMAIL, dir], base);
      assert.equal(r.status, 2);
      assert.ok(r.stderr.includes(`--profile: no profile "${bad}" (known: ${core.PROFILE_IDS.join(', ')})`), r.stderr);
      assert.deepEqual(files(dir), []);
    });
  }

  test('iso-29147 with e-mail alone: exit 2, asks for --github-advisories, nothing written', () => {
    const dir = repo({ origin: GITHUB });
    const r = run(['init', '--profile', 'iso-29147', '--email', EMAIL, dir], base);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--profile iso-29147 asks for a secure way to send a report: add --github-advisories/);
    assert.deepEqual(files(dir), []);
  });

  test("cra-manufacturer with one person's own address: exit 2, says why, nothing written", () => {
    const dir = repo({ origin: GITHUB });
    const r = run(['init', '--profile', 'cra-manufacturer', '--email', 'maria.rossi@gmail.com', dir], base);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /would not meet EU Cyber Resilience Act: manufacturer: Reports reach one person's own address only/);
    assert.deepEqual(files(dir), []);
  });

  test('an existing .securitymd.json is left as it is, with a line saying what to add', () => {
    const dir = repo({ origin: GITHUB });
    const config = path.join(dir, '.securitymd.json');
    const original = '{ "rules": { "vague-sla": "error" } }\n';
    fs.writeFileSync(config, original);
    const r = run(['init', '--profile', 'cisa-bod-20-01', '--email', EMAIL, dir], base);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(read(config), original);
    assert.ok(r.stdout.includes(`Add "profiles": ["cisa-bod-20-01"] to ${config} so that lint, check and the editor apply them`), r.stdout);
    // Until then, lint needs the profile on its command line.
    assert.match(r.stdout, /then lint it: security-md lint --profile cisa-bod-20-01 /);
    assertCompliant(dir, path.join(dir, 'SECURITY.md'), ['cisa-bod-20-01']);
  });

  test('an existing .securitymd.json that names the profiles already: no line about it', () => {
    const dir = repo({ origin: GITHUB });
    const original = '{\n  "profiles": ["disclose-io", "cra-steward"]\n}\n';
    fs.writeFileSync(path.join(dir, '.securitymd.json'), original);
    const r = run(['init', '--profile', 'cra-steward', '--email', EMAIL, dir], base);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim().split('\n').length, 1, r.stdout);
    assert.equal(read(path.join(dir, '.securitymd.json')), original);
  });

  test('a .securitymd.json in the policy folder applies: it is named, and none is written at the root', () => {
    const dir = repo({ origin: GITHUB });
    fs.mkdirSync(path.join(dir, 'docs'));
    fs.writeFileSync(path.join(dir, 'docs', '.securitymd.json'), '{}\n');
    const r = run(['init', '--profile', 'disclose-io', '--email', EMAIL, '--dir', 'docs', dir], base);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(files(dir), ['docs/.securitymd.json', 'docs/SECURITY.md']);
    assert.ok(r.stdout.includes(`to ${path.join(dir, 'docs', '.securitymd.json')} so that`), r.stdout);
  });

  test('a .securitymd.json that is a dangling link: never written through, a line saying what to add', () => {
    const dir = repo({ origin: GITHUB });
    const outside = fs.mkdtempSync(path.join(base, 'outside-'));
    fs.symlinkSync(path.join(outside, 'config.json'), path.join(dir, '.securitymd.json'));
    const r = run(['init', '--profile', 'disclose-io', '--email', EMAIL, dir], base);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(fs.readdirSync(outside), []);
    assert.match(r.stdout, /Add "profiles": \["disclose-io"\] to /);
  });

  test('the usage lists --profile for init', () => {
    const r = run(['--help'], base);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /security-md init \[--email ADDR\] \[--github-advisories\] \[--profile ID\]\.\.\. /);
  });
});
