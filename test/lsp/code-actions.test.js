// @ts-check
'use strict';
// Integration tests of quick fixes, disable comments, "fix all" and source.fixAll through
// dist/server.js over stdio. Build first: node scripts/build.mjs
//
// Every fixture is an invented project. The five seed policies of the optional external corpus
// (../shared/corpus/seeds) are read at test time only.

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { startServer, ROOT } = require('./lsp-client');

const { rules } = require(path.join(ROOT, 'dist', 'core.js'));

const FIXABLE = rules.filter((r) => r.fixable).map((r) => r.code);
const SEEDS = path.resolve(ROOT, '../shared/corpus/seeds');
const CORPUS = path.resolve(ROOT, '../shared/corpus');
const CORPUS_SKIP = fs.existsSync(CORPUS) && fs.existsSync(SEEDS) ? undefined : 'external corpus ../shared/corpus not present';
const ADVISORY = 'https://github.com/acme/widgets/security/advisories/new';
const RELATIVE_ADVISORY = '../../security/advisories/new';
const FIX_ALL_KIND = 'source.fixAll.securityMd';

// ---------------------------------------------------------------------------------------------
// Helpers: positions, applying TextEdits, documents.

/** Offsets where each line starts, with the line breaks the LSP knows (\r\n, \r, \n). */
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\r') {
      if (text[i + 1] === '\n') i++;
      starts.push(i + 1);
    } else if (ch === '\n') {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** LSP position (UTF-16 units) to an offset into text; fails on positions outside the text. */
function offsetAt(text, starts, { line, character }) {
  assert.ok(Number.isInteger(line) && line >= 0 && line < starts.length, `line ${line} is outside the document`);
  const lineStart = starts[line];
  let lineEnd = line + 1 < starts.length ? starts[line + 1] : text.length;
  // The line break is not part of the line's characters.
  if (lineEnd > lineStart && text[lineEnd - 1] === '\n') lineEnd--;
  if (lineEnd > lineStart && text[lineEnd - 1] === '\r') lineEnd--;
  assert.ok(
    Number.isInteger(character) && character >= 0 && lineStart + character <= lineEnd,
    `character ${character} is past the end of line ${line}`,
  );
  return lineStart + character;
}

/**
 * Applies LSP TextEdits as an editor does: all ranges refer to the original text, they must
 * not overlap, and edits at the same position apply in array order. Returns the new text and
 * the edited offsets in the original text.
 */
function applyTextEdits(text, edits) {
  const starts = lineStarts(text);
  const spans = edits
    .map((e, i) => ({ start: offsetAt(text, starts, e.range.start), end: offsetAt(text, starts, e.range.end), newText: e.newText, i }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  const splitsPair = (o) => o > 0 && o < text.length && /[\uD800-\uDBFF]/.test(text[o - 1]) && /[\uDC00-\uDFFF]/.test(text[o]);
  let out = '';
  let at = 0;
  for (const s of spans) {
    assert.ok(s.start <= s.end, `edit ${s.i} has its end before its start`);
    assert.ok(!splitsPair(s.start) && !splitsPair(s.end), `edit ${s.i} starts or ends inside a surrogate pair`);
    assert.ok(s.start >= at, `edit ${s.i} overlaps the edit before it`);
    out += text.slice(at, s.start) + s.newText;
    at = s.end;
  }
  out += text.slice(at);
  const first = spans.length ? spans[0].start : 0;
  const last = spans.length ? Math.max(...spans.map((s) => s.end)) : 0;
  return { text: out, first, last };
}

/** The TextEdits an action's WorkspaceEdit makes to `uri` (changes or documentChanges). */
function editsOf(action, uri) {
  assert.ok(action.edit, `action "${action.title}" has no edit`);
  assert.equal(action.command, undefined, `action "${action.title}" should not need a command`);
  const { changes, documentChanges } = action.edit;
  if (documentChanges) {
    return documentChanges.filter((c) => c.textDocument && c.textDocument.uri === uri).flatMap((c) => c.edits);
  }
  const uris = Object.keys(changes ?? {});
  assert.deepEqual(uris, [uri], `action "${action.title}" edits other documents: ${uris.join(', ')}`);
  return changes[uri];
}

/** Applies an action to a document's text and checks that the text outside the edits is kept. */
function applyAction(doc, action) {
  const edits = editsOf(action, doc.uri);
  assert.ok(edits.length > 0, `action "${action.title}" has no edits`);
  const { text, first, last } = applyTextEdits(doc.text, edits);
  // Outside the edited ranges nothing changes: the prefix before the first edit and the suffix
  // after the last one are the same.
  assert.equal(text.slice(0, first), doc.text.slice(0, first), 'text before the first edit changed');
  const suffix = doc.text.slice(last);
  assert.equal(text.slice(text.length - suffix.length), suffix, 'text after the last edit changed');
  return text;
}

const isDisable = (a) => /^Disable /.test(a.title);
const isFixAllQuickFix = (a) => /^Fix all /.test(a.title);
const fixActionsOf = (actions) => actions.filter((a) => !isDisable(a) && !isFixAllQuickFix(a));
const withFixes = (items) => items.filter((d) => d.data && Array.isArray(d.data.fixes) && d.data.fixes.length > 0);
const sameDiagnostic = (a, b) => a.code === b.code && a.range.start.line === b.range.start.line;

/** An open document the test keeps in step with the server. */
class Doc {
  constructor(client, uri, text) {
    this.client = client;
    this.uri = uri;
    this.text = text;
    this.version = 1;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  }

  /** Full-text didChange with version + 1. */
  change(text) {
    this.version++;
    this.text = text;
    this.client.didChange(this.uri, this.version, [{ text }]);
  }

  async pull() {
    const report = await this.client.request('textDocument/diagnostic', { textDocument: { uri: this.uri } });
    assert.equal(report.kind, 'full');
    for (const d of report.items) assert.equal(d.data.version, this.version, `diagnostic ${d.code} is for another version`);
    return report.items;
  }

  /** textDocument/codeAction for the given diagnostics (range: theirs, or the whole document). */
  async codeActions(diagnostics, only) {
    const range = diagnostics.length
      ? diagnostics[0].range
      : { start: { line: 0, character: 0 }, end: { line: lineStarts(this.text).length - 1, character: 0 } };
    const result = await this.client.request('textDocument/codeAction', {
      textDocument: { uri: this.uri },
      range,
      context: { diagnostics, ...(only ? { only } : {}) },
    });
    return result ?? [];
  }

  close() {
    this.client.notify('textDocument/didClose', { textDocument: { uri: this.uri } });
  }
}

/** Opens a document, runs `check` on it and closes it, also when `check` fails; returns what `check` returns. */
async function withDoc(client, uri, text, check) {
  const doc = new Doc(client, uri, text);
  try {
    return await check(doc);
  } finally {
    doc.close();
  }
}

/** A temporary folder tree for workspace folders; removed at the end. */
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'security-md-code-actions-'));
after(() => fs.rmSync(TMP, { recursive: true, force: true }));

/** Makes a workspace folder on disk; with `origin`, it is a git repository with that remote. */
function makeFolder(name, origin) {
  const dir = path.join(TMP, name);
  fs.mkdirSync(dir, { recursive: true });
  if (origin) {
    fs.mkdirSync(path.join(dir, '.git'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, '.git', 'config'),
      `[core]\n\trepositoryformatversion = 0\n\tbare = false\n[remote "origin"]\n\turl = ${origin}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n`,
    );
  }
  const uri = pathToFileURL(dir).href;
  return { dir, uri, name, policyUri: `${uri}/SECURITY.md` };
}

/** Servers started by a test group, killed in its `after` hook even when a test fails. */
function serverPool() {
  const clients = [];
  return {
    async start(folders) {
      const { client } = await startServer({
        capabilities: {
          textDocument: { diagnostic: {}, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: [] } } } },
          workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: false } },
        },
        workspaceFolders: folders.map((f) => ({ uri: f.uri, name: f.name })),
        settings: () => ({ rules: {} }),
      });
      clients.push(client);
      return client;
    },
    async killAll() {
      await Promise.all(clients.map((c) => c.kill()));
    },
  };
}

/**
 * A server on one new workspace folder `name` for a test group: started before the group's tests,
 * killed after them. `withPolicy(text, check)` runs `check` on `text` opened as the folder's
 * SECURITY.md (withDoc).
 */
function folderServer(name) {
  const pool = serverPool();
  const server = {
    /** @type {import('./lsp-client').LspClient} set before the group's tests */
    client: undefined,
    folder: undefined,
    withPolicy: (text, check) => withDoc(server.client, server.folder.policyUri, text, check),
  };
  before(async () => {
    server.folder = makeFolder(name);
    server.client = await pool.start([server.folder]);
  });
  after(() => pool.killAll());
  return server;
}

// ---------------------------------------------------------------------------------------------
// Invented policies, one per fixable rule. Each is a small, otherwise reasonable policy of the
// invented project "Lanternfold" with one problem that the rule finds.

const SUPPORTED = '## Supported Versions\n\nOnly the latest 3.x release of Lanternfold receives security fixes.\n';
const REPORTING =
  '## Reporting a Vulnerability\n\nEmail security@lanternfold.io with the details. We acknowledge reports within 2 business days.\n';
const DISCLOSURE = '## Disclosure\n\nWe publish a GitHub security advisory once a fix is released.\n';
const policy = (...sections) => ['# Security Policy', ...sections].join('\n\n').replace(/\n{3,}/g, '\n\n');

/**
 * code -> { text, repoLink?: the repository link must appear after the fix (with a repository),
 * relativeLink?: the relative advisory link must appear after the fix (without a repository),
 * profiles?: the compliance profiles that turn the rule on (written to .securitymd.json) }
 */
const CASES = {
  'no-contact': {
    text: policy(
      SUPPORTED,
      '## Reporting a Vulnerability\n\nTell a maintainer in person at the next Lanternfold meetup. We acknowledge reports within 2 business days.\n',
      DISCLOSURE,
    ),
    repoLink: true,
    relativeLink: true,
  },
  'missing-reporting-section': {
    text: policy(
      SUPPORTED,
      '## Questions\n\nEmail security@lanternfold.io with the details. We acknowledge reports within 2 business days.\n',
      DISCLOSURE,
    ),
  },
  'missing-supported-versions': { text: policy(REPORTING, DISCLOSURE) },
  'missing-response-time': {
    text: policy(SUPPORTED, '## Reporting a Vulnerability\n\nEmail security@lanternfold.io with the details.\n', DISCLOSURE),
  },
  'missing-disclosure-policy': { text: policy(SUPPORTED, REPORTING) },
  'missing-scope': { text: policy(SUPPORTED, REPORTING, DISCLOSURE), profiles: ['disclose-io'] },
  'missing-safe-harbor': { text: policy(SUPPORTED, REPORTING, DISCLOSURE), profiles: ['disclose-io'] },
  'missing-report-contents': { text: policy(SUPPORTED, REPORTING, DISCLOSURE), profiles: ['cisa-bod-20-01'] },
  'missing-support-period': { text: policy(SUPPORTED, REPORTING, DISCLOSURE), profiles: ['cra-manufacturer'] },
  'missing-advisory-publication': {
    text: policy(SUPPORTED, REPORTING, '## Disclosure\n\nWe disclose the details within 90 days of the report.\n'),
    profiles: ['cra-manufacturer'],
  },
  'missing-test-restrictions': { text: policy(SUPPORTED, REPORTING, DISCLOSURE), profiles: ['cisa-bod-20-01'] },
  'missing-secure-channel': { text: policy(SUPPORTED, REPORTING, DISCLOSURE), profiles: ['iso-29147'], repoLink: true, relativeLink: true },
  'vague-sla': {
    text: policy(SUPPORTED, `${REPORTING}We will release a fix as soon as possible.\n`, DISCLOSURE),
  },
  'invalid-email': {
    text: policy(
      SUPPORTED,
      '## Reporting a Vulnerability\n\nEmail security@@lanternfold.io with the details. We acknowledge reports within 2 business days.\n',
      DISCLOSURE,
    ),
  },
  'placeholder-email': {
    text: policy(
      SUPPORTED,
      '## Reporting a Vulnerability\n\nEmail security@lanternfold.io with the details, or write to security@example.com. We acknowledge reports within 2 business days.\n',
      DISCLOSURE,
    ),
    repoLink: true,
  },
  'template-text': {
    text: policy(
      SUPPORTED,
      `## Reporting a Vulnerability\n\nUse this section to tell people how to report a vulnerability.\n\n${REPORTING.split('\n\n')[1]}`,
      DISCLOSURE,
    ),
  },
  mojibake: {
    text: policy(
      SUPPORTED,
      '## Reporting a Vulnerability\n\nEmail security@lanternfold.io with the details. Weâ€™ll acknowledge reports within 2 business days.\n',
      DISCLOSURE,
    ),
  },
  'stale-policy': { text: policy('Last updated: March 2019\n', SUPPORTED, REPORTING, DISCLOSURE) },
  'mailto-mismatch': {
    text: policy(
      SUPPORTED,
      '## Reporting a Vulnerability\n\nEmail [security@lanternfold.io](mailto:sec-team@lanternfold.io) with the details. We acknowledge reports within 2 business days.\n',
      DISCLOSURE,
    ),
  },
  'insecure-link': {
    text: policy(
      SUPPORTED,
      '## Reporting a Vulnerability\n\nEmail security@lanternfold.io, encrypted with [our PGP key](http://lanternfold.io/pgp.asc). We acknowledge reports within 2 business days.\n',
      DISCLOSURE,
    ),
  },
  'public-issue-reporting': {
    text: policy(
      SUPPORTED,
      '## Reporting a Vulnerability\n\nPlease report security vulnerabilities by opening a GitHub issue. We acknowledge reports within 2 business days.\n',
      DISCLOSURE,
    ),
    repoLink: true,
    relativeLink: true,
  },
  'empty-section': { text: policy('## Supported Versions\n', REPORTING, DISCLOSURE) },
  'long-disclosure-window': {
    text: policy(SUPPORTED, REPORTING, '## Disclosure\n\nWe disclose fixed vulnerabilities publicly within 180 days.\n'),
  },
};

/**
 * The whole round trip for one diagnostic: take its preferred fix (or the first fix), apply it
 * to the text, send it, pull again. Returns what it saw.
 */
async function fixOnce(doc, code) {
  const items = await doc.pull();
  const diagnostic = items.find((d) => d.code === code);
  assert.ok(diagnostic, `the fixture does not trigger ${code}; found: ${items.map((d) => d.code).join(', ')}`);
  assert.ok(withFixes([diagnostic]).length > 0, `${code} diagnostic carries no fixes in data`);
  const actions = await doc.codeActions([diagnostic], ['quickfix']);
  for (const a of actions) assert.equal(a.kind, 'quickfix', `"${a.title}" has kind ${a.kind}`);
  const fixes = fixActionsOf(actions);
  assert.ok(fixes.length > 0, `no fix action for ${code}: ${actions.map((a) => a.title).join(' | ')}`);
  assert.ok(fixes.filter((a) => a.isPreferred).length <= 1, 'more than one preferred fix');
  const chosen = fixes.find((a) => a.isPreferred) ?? fixes[0];
  for (const a of fixes) assert.deepEqual(a.diagnostics, [diagnostic], `"${a.title}" does not name its diagnostic`);
  const before = doc.text;
  const next = applyAction(doc, chosen);
  assert.notEqual(next, before, `"${chosen.title}" changes nothing`);
  const staleDiagnostic = diagnostic;
  doc.change(next);
  const afterItems = await doc.pull();
  assert.ok(
    !afterItems.some((d) => sameDiagnostic(d, diagnostic)),
    `${code} on line ${diagnostic.range.start.line} is still there after "${chosen.title}":\n${next}`,
  );
  // A second time: the old diagnostic is stale, so it offers no fix any more...
  const again = await doc.codeActions([staleDiagnostic], ['quickfix']);
  assert.deepEqual(
    fixActionsOf(again).map((a) => a.title),
    [],
    'the old diagnostic still offers fixes after the document changed',
  );
  // ...and no current diagnostic of that code at that place offers one that changes anything.
  const here = afterItems.filter((d) => d.code === code && d.range.start.line === diagnostic.range.start.line);
  for (const d of here) {
    for (const a of fixActionsOf(await doc.codeActions([d], ['quickfix'])).filter((x) => x.title === chosen.title)) {
      assert.equal(applyTextEdits(doc.text, editsOf(a, doc.uri)).text, doc.text, `"${a.title}" can be applied again`);
    }
  }
  return { diagnostic, chosen, before, after: next, afterItems };
}

// ---------------------------------------------------------------------------------------------

describe('quick fixes: one per fixable rule, through the server', () => {
  const pool = serverPool();
  const plain = {};
  const repo = {};
  let client;
  after(() => pool.killAll());

  before(async () => {
    for (const code of Object.keys(CASES)) {
      plain[code] = makeFolder(`plain-${code}`);
      repo[code] = makeFolder(`repo-${code}`, 'https://github.com/acme/widgets.git');
      // A rule only profiles turn on is turned on by the folder's .securitymd.json.
      const config = CASES[code].profiles ? JSON.stringify({ profiles: CASES[code].profiles }) : undefined;
      if (config) for (const f of [plain[code], repo[code]]) fs.writeFileSync(path.join(f.dir, '.securitymd.json'), config);
    }
    client = await pool.start([...Object.values(plain), ...Object.values(repo)]);
  });

  test('the catalog has fixable rules, and every one of them has a case here', () => {
    assert.ok(FIXABLE.length > 0, 'no rule is fixable');
    assert.deepEqual(
      FIXABLE.filter((code) => !CASES[code]),
      [],
      'fixable rules without a quick-fix case in test/lsp/code-actions.test.js',
    );
    assert.deepEqual(
      Object.keys(CASES).filter((code) => !FIXABLE.includes(code)),
      [],
      'cases for rules that are not fixable',
    );
  });

  for (const code of FIXABLE) {
    test(`${code}: the preferred fix removes the diagnostic (no repository)`, async () => {
      const c = CASES[code];
      assert.ok(c, `no case for the fixable rule ${code}`);
      await withDoc(client, plain[code].policyUri, c.text, async (doc) => {
        const { after: fixed } = await fixOnce(doc, code);
        assert.ok(!fixed.includes('OWNER/REPO'), 'the fix left the OWNER/REPO placeholder in');
        if (c.relativeLink) assert.ok(fixed.includes(`(${RELATIVE_ADVISORY})`), `no relative advisory link in:\n${fixed}`);
        assert.ok(!fixed.includes(ADVISORY), 'a repository link although there is no repository');
      });
    });
  }

  for (const code of ['no-contact', 'placeholder-email', 'public-issue-reporting']) {
    test(`${code}: with origin https://github.com/acme/widgets.git the fix links ${ADVISORY}`, async () => {
      await withDoc(client, repo[code].policyUri, CASES[code].text, async (doc) => {
        const { chosen, after: fixed, afterItems } = await fixOnce(doc, code);
        assert.equal(chosen.isPreferred, true);
        assert.ok(fixed.includes(ADVISORY), `"${chosen.title}" did not insert ${ADVISORY}:\n${fixed}`);
        assert.ok(!fixed.includes(RELATIVE_ADVISORY), 'a relative link although the repository is known');
        // The link is a private channel: nothing says the policy lacks one any more.
        assert.deepEqual(
          afterItems.filter((d) => d.code === 'no-contact' || d.code === 'public-issue-reporting').map((d) => d.code),
          [],
        );
      });
    });
  }

  test('every fixable case also fixes cleanly with a repository', async () => {
    for (const code of FIXABLE) {
      const doc = new Doc(client, repo[code].policyUri, CASES[code].text);
      try {
        await fixOnce(doc, code);
      } catch (error) {
        error.message = `${code}: ${error.message}`;
        throw error;
      } finally {
        doc.close();
      }
    }
  });
});

describe("quick fixes keep the document's line endings and links fit the policy's folder", () => {
  const pool = serverPool();
  let client;
  let crlf;
  let dotGithub;
  after(() => pool.killAll());
  before(async () => {
    crlf = makeFolder('crlf');
    // Every profile a case needs, so that every fixable rule can fire here.
    const profiles = [...new Set(Object.values(CASES).flatMap((c) => c.profiles ?? []))];
    fs.writeFileSync(path.join(crlf.dir, '.securitymd.json'), JSON.stringify({ profiles }));
    dotGithub = makeFolder('dot-github');
    client = await pool.start([crlf, dotGithub]);
  });

  test('in a CRLF document no fix of any fixable rule inserts a bare LF', async () => {
    const offenders = [];
    for (const code of FIXABLE) {
      const text = CASES[code].text.replace(/\n/g, '\r\n');
      await withDoc(client, crlf.policyUri, text, async (doc) => {
        const items = await doc.pull();
        const d = items.find((x) => x.code === code);
        assert.ok(d, `${code} does not fire on the CRLF fixture`);
        for (const action of fixActionsOf(await doc.codeActions([d], ['quickfix']))) {
          const edits = editsOf(action, doc.uri);
          if (edits.some((e) => /(^|[^\r])\n/.test(e.newText))) offenders.push(`${code}: "${action.title}"`);
        }
      });
    }
    assert.deepEqual(offenders, [], 'fixes that insert LF line breaks into a CRLF document');
  });

  test('.github/SECURITY.md without a repository: the advisory link is relative to .github/', async () => {
    await withDoc(client, `${dotGithub.uri}/.github/SECURITY.md`, CASES['no-contact'].text, async (doc) => {
      const { after: fixed } = await fixOnce(doc, 'no-contact');
      assert.ok(fixed.includes('(../../../security/advisories/new)'), fixed);
    });
  });
});

describe('vague-sla offers four concrete times, the likeliest first', () => {
  const server = folderServer('vague');

  const ALL = ['within 48 hours', 'within 3 business days', 'within 7 days', 'within 90 days'];

  async function choices(sentence, phrase) {
    const text = policy(SUPPORTED, `${REPORTING}${sentence}\n`, DISCLOSURE);
    return server.withPolicy(text, async (doc) => {
      const items = await doc.pull();
      const line = text.split('\n').findIndex((l) => l === sentence);
      const d = items.find((x) => x.code === 'vague-sla' && x.range.start.line === line);
      assert.ok(d, `no vague-sla on "${sentence}": ${JSON.stringify(items.map((x) => [x.code, x.range.start.line]))}`);
      assert.equal(text.split('\n')[line].slice(d.range.start.character, d.range.end.character), phrase, 'the range is the vague phrase');
      const fixes = fixActionsOf(await doc.codeActions([d], ['quickfix']));
      return fixes.map((a) => {
        const edits = editsOf(a, doc.uri);
        assert.equal(edits.length, 1);
        assert.deepEqual(edits[0].range, d.range, 'the fix replaces exactly the vague phrase');
        assert.equal(a.title, `Replace "${phrase}" with "${edits[0].newText}"`);
        return { newText: edits[0].newText, isPreferred: a.isPreferred === true };
      });
    });
  }

  test('an acknowledgement sentence: "within 48 hours" first and preferred', async () => {
    const fixes = await choices('We will acknowledge your report promptly.', 'promptly');
    assert.deepEqual(
      fixes.map((f) => f.newText),
      ALL,
    );
    assert.deepEqual(
      fixes.map((f) => f.isPreferred),
      [true, false, false, false],
    );
  });

  test('a fix/release sentence: "within 90 days" first and preferred', async () => {
    const fixes = await choices('We will release a fix as soon as possible.', 'as soon as possible');
    assert.deepEqual(
      fixes.map((f) => f.newText),
      ['within 90 days', 'within 48 hours', 'within 3 business days', 'within 7 days'],
    );
    assert.deepEqual(
      fixes.map((f) => f.isPreferred),
      [true, false, false, false],
    );
  });
});

describe('stale fixes', () => {
  const server = folderServer('stale');

  test('a diagnostic computed for an older version offers only the disable actions', async () => {
    const text = CASES['vague-sla'].text;
    await server.withPolicy(text, async (doc) => {
      const old = (await doc.pull()).find((d) => d.code === 'vague-sla');
      assert.ok(old);
      assert.equal(old.data.version, 1);
      // Fresh: the fixes are there.
      assert.ok(fixActionsOf(await doc.codeActions([old], ['quickfix'])).length > 0);
      // The text changes (a line is added at the top), so the old offsets are wrong.
      doc.change(`<!-- reviewed by the Lanternfold maintainers -->\n${text}`);
      const actions = await doc.codeActions([old], ['quickfix']);
      assert.ok(actions.length > 0, 'no actions at all');
      assert.deepEqual(
        actions.filter((a) => !isDisable(a)).map((a) => a.title),
        [],
        'fix actions for a stale diagnostic',
      );
      assert.deepEqual(
        actions.map((a) => a.title),
        ['Disable vague-sla for this line', 'Disable vague-sla for the entire file'],
      );
      // The diagnostic of a fresh pull (version 2) offers its fixes again.
      const current = (await doc.pull()).find((d) => d.code === 'vague-sla');
      assert.equal(current.data.version, 2);
      assert.ok(fixActionsOf(await doc.codeActions([current], ['quickfix'])).length > 0);
    });
  });
});

describe('disable comments', () => {
  const server = folderServer('disable');

  /** Diagnostics as comparable keys, with the lines at or after `inserted` moved up by one. */
  const keys = (items, inserted = Infinity) =>
    items
      .map((d) => {
        const shift = d.range.start.line >= inserted ? -1 : 0;
        return JSON.stringify([
          d.code,
          d.severity,
          d.message,
          d.range.start.line + shift,
          d.range.start.character,
          d.range.end.line + (d.range.end.line >= inserted ? -1 : 0),
          d.range.end.character,
        ]);
      })
      .sort();

  /**
   * Applies "Disable <code> for this line" to the diagnostic on `line`; checks the comment and
   * that only that diagnostic went away.
   */
  async function disableLine(text, code, line, indent) {
    return server.withPolicy(text, async (doc) => {
      const items = await doc.pull();
      const d = items.find((x) => x.code === code && x.range.start.line === line);
      assert.ok(d, `no ${code} on line ${line}: ${JSON.stringify(items.map((x) => [x.code, x.range.start.line]))}`);
      const actions = await doc.codeActions([d], ['quickfix']);
      const action = actions.find((a) => a.title === `Disable ${code} for this line`);
      assert.ok(action, `no "Disable ${code} for this line": ${actions.map((a) => a.title).join(' | ')}`);
      assert.equal(action.kind, 'quickfix');
      assert.notEqual(action.isPreferred, true, 'a disable action must not be preferred');
      const eol = text.includes('\r\n') ? '\r\n' : '\n';
      assert.deepEqual(editsOf(action, doc.uri), [
        {
          range: { start: { line, character: 0 }, end: { line, character: 0 } },
          newText: `${indent}<!-- security-md-disable-next-line ${code} -->${eol}`,
        },
      ]);
      const next = applyAction(doc, action);
      doc.change(next);
      const afterItems = await doc.pull();
      assert.ok(
        !afterItems.some((x) => x.code === code && x.range.start.line === line + 1),
        `${code} is still reported on the line after the comment:\n${next}`,
      );
      const others = items.filter((x) => x !== d);
      assert.deepEqual(keys(afterItems, line), keys(others), `other diagnostics changed:\n${next}`);
      return next;
    });
  }

  const LIST_POLICY = [
    '# Security Policy', // 0
    '',
    '## Supported Versions', // 2
    '',
    'Only the latest 3.x release of Lanternfold receives security fixes.', // 4
    '',
    '## Reporting a Vulnerability', // 6
    '',
    'Email security@lanternfold.io with the details. We acknowledge reports within 2 business days.', // 8
    'When we receive a report, we will:', // 9
    '',
    '- confirm the problem promptly', // 11
    '- ship a fix as soon as possible', // 12
    '- credit you in the advisory', // 13
    '',
    'After the fix we will also:', // 15
    '',
    '1. notify downstream packagers quickly', // 17
    '2. publish the advisory soon', // 18
    '',
    '## Disclosure', // 20
    '',
    'We publish a GitHub security advisory once a fix is released.', // 22
    'Our signing key: [PGP key](http://lanternfold.io/pgp.asc).', // 23: insecure-link
    '',
  ].join('\n');

  test('for this line, in a paragraph: the comment goes on its own line before it, without indentation', async () => {
    const text = CASES['vague-sla'].text;
    const line = text.split('\n').findIndex((l) => l.startsWith('We will release a fix'));
    const next = await disableLine(text, 'vague-sla', line, '');
    assert.equal(next.split('\n')[line], '<!-- security-md-disable-next-line vague-sla -->');
  });

  test('for this line, in a bullet list item: indented like the item text', async () => {
    await disableLine(LIST_POLICY, 'vague-sla', 11, '  ');
  });

  test('for this line, in the first item of a list that a "promptly:" sentence introduces: no new diagnostic appears', async () => {
    const text = [
      '# Security Policy',
      '',
      '## Reporting a Vulnerability',
      '',
      'Email security@lanternfold.io. We respond promptly:',
      '',
      '- Initial response: within 48 hours; encrypt with [our PGP key](http://lanternfold.io/pgp.asc)', // 6
      '- Fix: within 30 days',
      '',
    ].join('\n');
    await disableLine(text, 'insecure-link', 6, '  ');
  });

  test('for this line, in a later bullet list item', async () => {
    await disableLine(LIST_POLICY, 'vague-sla', 12, '  ');
  });

  test('for this line, in an ordered list item: indented like the item text', async () => {
    await disableLine(LIST_POLICY, 'vague-sla', 18, '   ');
  });

  test('for this line, on the title: only the named document-level finding goes away', async () => {
    const text = policy(REPORTING);
    await disableLine(text, 'missing-disclosure-policy', 0, '');
  });

  test('for this line, in a CRLF document: the inserted line ends in CRLF', async () => {
    const text = CASES['vague-sla'].text.replace(/\n/g, '\r\n');
    const line = text.split('\r\n').findIndex((l) => l.startsWith('We will release a fix'));
    await disableLine(text, 'vague-sla', line, '');
  });

  test('for the entire file: the comment goes at the top and silences only that code', async () => {
    await server.withPolicy(LIST_POLICY, async (doc) => {
      const items = await doc.pull();
      const vague = items.filter((d) => d.code === 'vague-sla');
      assert.ok(vague.length >= 2, 'the fixture needs several vague-sla findings');
      assert.ok(
        items.some((d) => d.code !== 'vague-sla'),
        'the fixture needs findings of another code',
      );
      const actions = await doc.codeActions([vague[1]], ['quickfix']);
      const action = actions.find((a) => a.title === 'Disable vague-sla for the entire file');
      assert.ok(action, actions.map((a) => a.title).join(' | '));
      assert.deepEqual(editsOf(action, doc.uri), [
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          newText: '<!-- security-md-disable vague-sla -->\n',
        },
      ]);
      const next = applyAction(doc, action);
      assert.ok(next.startsWith('<!-- security-md-disable vague-sla -->\n# Security Policy\n'));
      doc.change(next);
      const afterItems = await doc.pull();
      assert.deepEqual(
        afterItems.filter((d) => d.code === 'vague-sla'),
        [],
      );
      assert.deepEqual(keys(afterItems, 0), keys(items.filter((d) => d.code !== 'vague-sla')));
    });
  });

  test('no "for this line" action for a diagnostic inside a table row, but one for the entire file', async () => {
    const text = [
      '# Security Policy',
      '',
      '## Supported Versions',
      '',
      '| Version | Supported |',
      '| ------- | --------- |',
      '| 3.x     | âœ…       |', // 6
      '| 2.x     | no        |',
      '',
      REPORTING,
      DISCLOSURE,
    ].join('\n');
    await server.withPolicy(text, async (doc) => {
      const items = await doc.pull();
      const d = items.find((x) => x.code === 'mojibake');
      assert.ok(d, JSON.stringify(items.map((x) => x.code)));
      assert.equal(d.range.start.line, 6);
      assert.equal(d.data.inTable, true);
      const titles = (await doc.codeActions([d], ['quickfix'])).map((a) => a.title);
      assert.ok(!titles.includes('Disable mojibake for this line'), titles.join(' | '));
      assert.ok(titles.includes('Disable mojibake for the entire file'), titles.join(' | '));
      assert.ok(titles.includes('Replace with "✅"'), titles.join(' | '));
    });
  });
});

describe('"Fix all <code> problems in this file"', () => {
  const server = folderServer('fix-all-code');

  const TWO_VAGUE = policy(
    SUPPORTED,
    '## Reporting a Vulnerability\n\nEmail security@lanternfold.io with the details. We will acknowledge your report promptly.\nWe will release a fix as soon as possible.\n',
    DISCLOSURE,
    '## Credits\n\nWe thank reporters swiftly in the release notes.\n',
  );

  test('appears for two or more fixable diagnostics of one code and removes all of them in one edit', async () => {
    await server.withPolicy(TWO_VAGUE, async (doc) => {
      const items = await doc.pull();
      const vague = items.filter((d) => d.code === 'vague-sla');
      assert.ok(vague.length >= 2, JSON.stringify(items.map((d) => [d.code, d.range.start.line])));
      const actions = await doc.codeActions([vague[0]], ['quickfix']);
      const fixAll = actions.filter((a) => a.title === 'Fix all vague-sla problems in this file');
      assert.equal(fixAll.length, 1, actions.map((a) => a.title).join(' | '));
      assert.equal(fixAll[0].kind, 'quickfix');
      const edits = editsOf(fixAll[0], doc.uri);
      assert.equal(edits.length, 1, 'one edit');
      const next = applyAction(doc, fixAll[0]);
      doc.change(next);
      const afterItems = await doc.pull();
      assert.deepEqual(
        afterItems.filter((d) => d.code === 'vague-sla').map((d) => d.range.start.line),
        [],
        `vague-sla left after "Fix all vague-sla problems":\n${next}`,
      );
    });
  });

  test('offered once when the request names several diagnostics of that code', async () => {
    await server.withPolicy(TWO_VAGUE, async (doc) => {
      const vague = (await doc.pull()).filter((d) => d.code === 'vague-sla');
      const actions = await doc.codeActions(vague, ['quickfix']);
      assert.equal(actions.filter((a) => a.title === 'Fix all vague-sla problems in this file').length, 1);
    });
  });

  test('not offered for a single fixable diagnostic of a code', async () => {
    await server.withPolicy(CASES['vague-sla'].text, async (doc) => {
      const items = await doc.pull();
      assert.equal(items.filter((d) => d.code === 'vague-sla').length, 1);
      const d = items.find((x) => x.code === 'vague-sla');
      const titles = (await doc.codeActions([d], ['quickfix'])).map((a) => a.title);
      assert.ok(!titles.some((t) => t.startsWith('Fix all ')), titles.join(' | '));
    });
  });
});

describe('source.fixAll.securityMd and securityMd.applyFixAll over the seed policies', { skip: CORPUS_SKIP }, () => {
  const pool = serverPool();
  let client;
  const seeds = CORPUS_SKIP
    ? []
    : fs
        .readdirSync(SEEDS)
        .filter((f) => f.endsWith('.md'))
        .sort();
  const folders = {};
  after(() => pool.killAll());
  before(async () => {
    for (const seed of seeds) {
      for (const variant of ['specific', 'generic', 'command']) folders[`${seed}/${variant}`] = makeFolder(`seed-${variant}-${seed}`);
    }
    client = await pool.start(Object.values(folders));
    client.onRequest('workspace/applyEdit', () => ({ applied: true }));
  });

  const readSeed = (seed) => fs.readFileSync(path.join(SEEDS, seed), 'utf8').replace(/^\uFEFF/, '');

  test('there are five seed policies', () => {
    assert.equal(seeds.length, 5, seeds.join(', '));
  });

  for (const [variant, only] of [
    ['specific', [FIX_ALL_KIND]],
    ['generic', ['source.fixAll']],
  ]) {
    for (const seed of seeds) {
      test(`${seed}: only=${JSON.stringify(only)}: one edit removes every fixable diagnostic; a second request returns nothing`, async () => {
        await withDoc(client, folders[`${seed}/${variant}`].policyUri, readSeed(seed), async (doc) => {
          const items = await doc.pull();
          assert.ok(withFixes(items).length > 0, `seed ${seed} has nothing to fix`);
          const actions = await doc.codeActions([], only);
          assert.equal(actions.length, 1, JSON.stringify(actions.map((a) => [a.title, a.kind])));
          assert.equal(actions[0].kind, FIX_ALL_KIND);
          assert.equal(actions[0].title, 'Fix all SECURITY.md problems');
          const next = applyAction(doc, actions[0]);
          doc.change(next);
          const afterItems = await doc.pull();
          assert.deepEqual(
            withFixes(afterItems).map((d) => `${d.code} at line ${d.range.start.line + 1}`),
            [],
            'diagnostics with fixes are left after source.fixAll',
          );
          assert.deepEqual(await doc.codeActions([], only), [], 'a second source.fixAll still has something to do');
          // Quick fixes only: never the source action.
          assert.ok((await doc.codeActions(afterItems, ['quickfix'])).every((a) => a.kind === 'quickfix'));
        });
      });
    }
  }

  for (const seed of seeds) {
    test(`${seed}: workspace/executeCommand securityMd.applyFixAll sends workspace/applyEdit with the source.fixAll edit`, async () => {
      await withDoc(client, folders[`${seed}/command`].policyUri, readSeed(seed), async (doc) => {
        await doc.pull();
        const [expected] = await doc.codeActions([], [FIX_ALL_KIND]);
        assert.ok(expected, 'no source.fixAll action');
        const applyEdit = client.waitForServerRequest('workspace/applyEdit');
        const answered = client.waitForAnswerSent('workspace/applyEdit');
        const result = await client.request('workspace/executeCommand', { command: 'securityMd.applyFixAll', arguments: [doc.uri] });
        assert.equal(result, null);
        const params = await applyEdit;
        await answered;
        assert.equal(params.label, 'Fix all SECURITY.md problems');
        assert.deepEqual(params.edit, expected.edit);
        // Apply it as the editor would, and tell the server.
        doc.change(applyAction(doc, { title: 'applyEdit', edit: params.edit }));
        assert.deepEqual(withFixes(await doc.pull()), []);
        // Nothing left to fix: the command sends no edit.
        const requestsBefore = client.serverRequests.filter((r) => r.method === 'workspace/applyEdit').length;
        await client.request('workspace/executeCommand', { command: 'securityMd.applyFixAll', arguments: [doc.uri] });
        assert.equal(client.serverRequests.filter((r) => r.method === 'workspace/applyEdit').length, requestsBefore);
      });
    });
  }
});

describe('source.fixAll and securityMd.applyFixAll on an invented policy', () => {
  const server = folderServer('fix-all-invented');
  before(() => server.client.onRequest('workspace/applyEdit', () => ({ applied: true })));

  // Several fixable problems of several rules, some touching each other.
  const MESSY = [
    '# Security Policy',
    '',
    'Last updated: 12 March 2019',
    '',
    '## Supported Versions',
    '',
    '## Reporting a Vulnerability',
    '',
    'Email [security@lanternfold.io](mailto:sec-team@lanternfold.io) or security@example.com.',
    'We will acknowledge your report promptly. Weâ€™ll fix it as soon as possible.',
    'Our key: [PGP key](http://lanternfold.io/pgp.asc).',
    '',
    '## Disclosure',
    '',
    'We disclose fixed vulnerabilities publicly within 120 days.',
    '',
  ].join('\n');

  test('one source.fixAll edit leaves no diagnostic with fixes; the command sends the same edit', async () => {
    await server.withPolicy(MESSY, async (doc) => {
      const items = await doc.pull();
      const fixableCodes = new Set(withFixes(items).map((d) => d.code));
      assert.ok(fixableCodes.size >= 6, `too few fixable codes: ${[...fixableCodes].join(', ')}`);
      const [action, ...rest] = await doc.codeActions([], ['source.fixAll']);
      assert.deepEqual(rest, []);
      assert.ok(action);
      const applyEdit = server.client.waitForServerRequest('workspace/applyEdit');
      await server.client.request('workspace/executeCommand', { command: 'securityMd.applyFixAll', arguments: [doc.uri] });
      assert.deepEqual((await applyEdit).edit, action.edit);
      doc.change(applyAction(doc, action));
      assert.deepEqual(
        withFixes(await doc.pull()).map((d) => d.code),
        [],
        doc.text,
      );
      assert.deepEqual(await doc.codeActions([], [FIX_ALL_KIND]), []);
    });
  });

  test('quickfix requests do not return the source action, and source.fixAll requests return no quick fixes', async () => {
    await server.withPolicy(MESSY, async (doc) => {
      const items = await doc.pull();
      const quick = await doc.codeActions(items, ['quickfix']);
      assert.ok(quick.length > 0);
      assert.ok(quick.every((a) => a.kind === 'quickfix'));
      const source = await doc.codeActions(items, [FIX_ALL_KIND]);
      assert.deepEqual(
        source.map((a) => a.kind),
        [FIX_ALL_KIND],
      );
    });
  });
});

// Surface a missing build early and clearly.
test('dist/server.js and dist/core.js are built', () => {
  assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'server.js')), 'run node scripts/build.mjs first');
});
