// @ts-check
'use strict';
// client/src/create-policy.ts: the "no security policy" notification and the "Create security
// policy" command, against a recording stand-in for the vscode API with an in-memory file system
// and one for the language server, which answers from the core as the server does.
// The TypeScript source is compiled here with esbuild. Build first (dist/core.js): node scripts/build.mjs

const { describe, test, beforeEach } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { TextDecoder } = require('node:util');

const ROOT = path.join(__dirname, '..', '..');
const core = require(path.join(ROOT, 'dist', 'core.js'));
const { clientModuleWith } = require('./helpers.js');
const emails = require('./helpers.js').loadSource('server/src/core/lexicon/emails.ts');

// Invented fixtures.
const FOLDER = '/home/dev/widgets';
const { REPOSITORY, EMAIL, KEY_URL, fullAnswers, defaultAnswers, emailOnlyAnswers } = require('./policy-answers');

const FileType = { Unknown: 0, File: 1, Directory: 2, SymbolicLink: 64 };
const ProgressLocation = { SourceControl: 1, Window: 10, Notification: 15 };

class Uri {
  constructor(scheme, p) {
    this.scheme = scheme;
    this.path = p;
    this.fsPath = p;
  }
  static file(p) {
    return new Uri('file', p);
  }
  static joinPath(uri, ...parts) {
    return new Uri(uri.scheme, path.posix.join(uri.path, ...parts));
  }
  toString() {
    return `${this.scheme}://${this.path}`;
  }
}

class FileSystemError extends Error {}

/**
 * The stand-in state, reset before every test. entries: absolute path -> FileType (folders are
 * listed explicitly). The recorders collect every call the module makes.
 */
let state;
function reset() {
  state = {
    entries: new Map(),
    writes: [],
    createdDirectories: [],
    infoMessages: [],
    infoAnswers: [],
    quickPicks: [],
    quickPickAnswers: [],
    inputBoxes: [],
    inputAnswers: [],
    shownDocuments: [],
    errorMessages: [],
    commands: [],
    folderPicks: 0,
    folders: [{ uri: Uri.file(FOLDER), name: 'widgets', index: 0 }],
    progress: [],
    /** Calls of `connect`, the server's start. */
    connects: 0,
    /** Set to an Error to play a server that does not start. */
    connectFailure: undefined,
    /** The questions asked of the server, in order: [method, argument]. */
    serverCalls: [],
    /** Set to a method name (and `serverFailure`) to play a server that stops answering it. */
    failing: undefined,
    serverFailure: undefined,
  };
}
reset();

/** The language server as the command sees it (see client/src/ask-server.ts). */
const server = {
  ask(method, arg, value) {
    state.serverCalls.push([method, arg]);
    return method === state.failing ? Promise.reject(state.serverFailure) : Promise.resolve(value());
  },
  checkEmail(address) {
    return this.ask('checkEmail', address, () => {
      const problem = emails.emailProblem(address);
      return { ...(problem ? { problem } : {}), placeholder: emails.isPlaceholderEmail(address) };
    });
  },
  versionsFromTags(tags) {
    return this.ask('versionsFromTags', tags, () => core.versionsFromTags(tags));
  },
  createPolicy(answers) {
    return this.ask('createPolicy', answers, () => core.createPolicy(answers));
  },
  /** The profile list is the server's own data, not a question about an answer: not recorded. */
  async profiles() {
    return core.PROFILES.map((p) => ({ id: p.id, title: p.title, short: p.short, summary: p.summary, needs: core.policyNeeds([p.id]) }));
  },
};
async function connect() {
  state.connects++;
  if (state.connectFailure) throw state.connectFailure;
  return server;
}

function addDir(p) {
  for (let d = p; d !== '/'; d = path.posix.dirname(d)) state.entries.set(d, FileType.Directory);
}
function addFile(p, type = FileType.File) {
  addDir(path.posix.dirname(p));
  state.entries.set(p, type);
}

/** A git repository without a policy, with a README and a src folder. */
function gitRepositoryWithoutPolicy() {
  addDir(`${FOLDER}/.git/refs/tags`);
  addFile(`${FOLDER}/.git/config`);
  addFile(`${FOLDER}/README.md`);
  addFile(`${FOLDER}/src/index.ts`);
  addDir(`${FOLDER}/.github/workflows`);
  addFile(`${FOLDER}/docs/guide.md`);
}

function children(dir) {
  const out = [];
  for (const [p, type] of state.entries) if (p !== dir && path.posix.dirname(p) === dir) out.push([path.posix.basename(p), type]);
  return out;
}

/** Shifts the next scripted answer; a question beyond the script fails the test. */
function scripted(list, what) {
  assert.ok(list.length > 0, `an unscripted ${what}`);
  return list.shift();
}

const vscode = {
  Uri,
  FileType,
  FileSystemError,
  ProgressLocation,
  window: {
    async withProgress(options, task) {
      state.progress.push(options);
      return task({ report() {} });
    },
    async showInformationMessage(message, ...items) {
      state.infoMessages.push({ message, items });
      return scripted(state.infoAnswers, `information message: ${message}`);
    },
    async showErrorMessage(message, ...items) {
      state.errorMessages.push({ message, items });
      return undefined;
    },
    async showQuickPick(items, options) {
      state.quickPicks.push({ items, options });
      // The profile question is the flow's own (test/unit/create-policy-flow.test.js); here none is picked.
      if (options.title === 'Compliance profiles (optional)') return [];
      const answer = scripted(state.quickPickAnswers, `quick pick: ${options.title}`);
      return typeof answer === 'function' ? answer(items, options) : answer;
    },
    async showInputBox(options) {
      state.inputBoxes.push(options);
      const answer = scripted(state.inputAnswers, `input box: ${options.title}`);
      if (answer !== undefined) assert.equal(await options.validateInput(answer), undefined, `"${answer}" is valid for ${options.title}`);
      return answer;
    },
    async showTextDocument(uri) {
      state.shownDocuments.push(uri.path);
      return {};
    },
    async showWorkspaceFolderPick() {
      state.folderPicks++;
      return state.folders[0];
    },
  },
  workspace: {
    get workspaceFolders() {
      return state.folders;
    },
    getConfiguration() {
      return { get: () => undefined };
    },
    asRelativePath(uri) {
      const p = typeof uri === 'string' ? uri : uri.path;
      return p.startsWith(`${FOLDER}/`) ? p.slice(FOLDER.length + 1) : p;
    },
    fs: {
      async stat(uri) {
        const type = state.entries.get(uri.path);
        if (type === undefined) throw new FileSystemError(`FileNotFound: ${uri}`);
        return { type, ctime: 0, mtime: 0, size: 0 };
      },
      async readDirectory(uri) {
        const type = state.entries.get(uri.path);
        if (type === undefined) throw new FileSystemError(`FileNotFound: ${uri}`);
        if (!(type & FileType.Directory)) throw new FileSystemError(`FileNotADirectory: ${uri}`);
        return children(uri.path);
      },
      async createDirectory(uri) {
        state.createdDirectories.push(uri.path);
        addDir(uri.path);
      },
      async writeFile(uri, content) {
        assert.ok(content instanceof Uint8Array);
        state.writes.push({ path: uri.path, text: new TextDecoder().decode(content) });
        addFile(uri.path);
      },
    },
  },
  commands: {
    async executeCommand(command, ...args) {
      state.commands.push({ command, args });
      return undefined;
    },
  },
};

/** An in-memory Memento as VS Code gives in ExtensionContext.workspaceState and globalState. */
function memento(initial = {}) {
  const values = new Map(Object.entries(initial));
  return {
    values,
    updates: [],
    get(key, fallback) {
      return values.has(key) ? values.get(key) : fallback;
    },
    keys() {
      return [...values.keys()];
    },
    async update(key, value) {
      this.updates.push([key, value]);
      if (value === undefined) values.delete(key);
      else values.set(key, value);
    },
  };
}
function context(workspaceState = memento(), globalState = memento()) {
  return { subscriptions: [], workspaceState, globalState };
}

const probe = {
  calls: [],
  repository(folder) {
    this.calls.push(['repository', folder]);
    return REPOSITORY;
  },
  tags(folder) {
    this.calls.push(['tags', folder]);
    return ['v1.4.0', 'v2.0.0', 'nightly'];
  },
  /** Set to a message to play a folder linked out of the workspace. */
  refuse: undefined,
  policyTarget(folder, dir) {
    this.calls.push(['policyTarget', folder, dir]);
    return this.refuse ? { error: this.refuse } : { target: `${folder}/${dir === 'root' ? '' : `${dir}/`}SECURITY.md` };
  },
};

const loaded = clientModuleWith('client/src/create-policy.ts', vscode);

beforeEach(() => {
  reset();
  probe.calls = [];
  probe.refuse = undefined;
});

const OFFER_ITEMS = ['Create SECURITY.md', 'Not now', "Don't ask again"];
const DISMISSED_HERE = 'securityMd.createPolicy.dismissed';
const NEVER_AGAIN = 'securityMd.createPolicy.neverAgain';

describe('offerCreatePolicy', () => {
  test('a git repository without a policy: the notification is shown once, with three choices', async () => {
    gitRepositoryWithoutPolicy();
    state.infoAnswers.push('Not now');
    await loaded.module.offerCreatePolicy(context());
    assert.equal(state.infoMessages.length, 1);
    assert.match(state.infoMessages[0].message, /^widgets has no security policy/);
    assert.match(state.infoMessages[0].message, /Create a SECURITY\.md\?$/);
    assert.deepEqual(state.infoMessages[0].items, OFFER_ITEMS);
    assert.deepEqual(state.writes, []);
  });

  test('"Not now" stores the workspace dismissal; a second call shows nothing', async () => {
    gitRepositoryWithoutPolicy();
    const ctx = context();
    state.infoAnswers.push('Not now');
    await loaded.module.offerCreatePolicy(ctx);
    assert.deepEqual(ctx.workspaceState.updates, [[DISMISSED_HERE, true]]);
    assert.deepEqual(ctx.globalState.updates, []);
    await loaded.module.offerCreatePolicy(ctx);
    assert.equal(state.infoMessages.length, 1, 'no second notification');
  });

  test('closing the notification (no answer) counts as "Not now"', async () => {
    gitRepositoryWithoutPolicy();
    const ctx = context();
    state.infoAnswers.push(undefined);
    await loaded.module.offerCreatePolicy(ctx);
    assert.deepEqual(ctx.workspaceState.updates, [[DISMISSED_HERE, true]]);
    await loaded.module.offerCreatePolicy(ctx);
    assert.equal(state.infoMessages.length, 1);
  });

  test('"Don\'t ask again" stores the global flag; a fresh workspace shows nothing', async () => {
    gitRepositoryWithoutPolicy();
    const globalState = memento();
    state.infoAnswers.push("Don't ask again");
    await loaded.module.offerCreatePolicy(context(memento(), globalState));
    assert.deepEqual(globalState.updates, [[NEVER_AGAIN, true]]);
    await loaded.module.offerCreatePolicy(context(memento(), globalState));
    assert.equal(state.infoMessages.length, 1, 'no notification in another workspace');
  });

  test('"Not now" in one workspace does not silence another', async () => {
    gitRepositoryWithoutPolicy();
    const globalState = memento();
    state.infoAnswers.push('Not now', 'Not now');
    await loaded.module.offerCreatePolicy(context(memento(), globalState));
    await loaded.module.offerCreatePolicy(context(memento(), globalState));
    assert.equal(state.infoMessages.length, 2);
  });

  test('"Create SECURITY.md" runs the command', async () => {
    gitRepositoryWithoutPolicy();
    state.infoAnswers.push('Create SECURITY.md');
    await loaded.module.offerCreatePolicy(context());
    assert.deepEqual(state.commands, [{ command: 'securityMd.createPolicy', args: [] }]);
  });

  test('stored dismissals (from earlier sessions) show nothing', async () => {
    gitRepositoryWithoutPolicy();
    await loaded.module.offerCreatePolicy(context(memento({ [DISMISSED_HERE]: true })));
    await loaded.module.offerCreatePolicy(context(memento(), memento({ [NEVER_AGAIN]: true })));
    assert.equal(state.infoMessages.length, 0);
  });

  for (const policy of [
    'SECURITY.md',
    'security.md',
    '.github/SECURITY.md',
    '.github/Security.md',
    'docs/SECURITY.md',
    'docs/security.MD',
  ]) {
    test(`a folder with ${policy} shows nothing`, async () => {
      gitRepositoryWithoutPolicy();
      addFile(`${FOLDER}/${policy}`);
      await loaded.module.offerCreatePolicy(context());
      assert.equal(state.infoMessages.length, 0);
    });
  }

  test('a folder without .git shows nothing', async () => {
    gitRepositoryWithoutPolicy();
    for (const p of [...state.entries.keys()]) if (p.startsWith(`${FOLDER}/.git`)) state.entries.delete(p);
    await loaded.module.offerCreatePolicy(context());
    assert.equal(state.infoMessages.length, 0);
  });

  test('no workspace folder shows nothing', async () => {
    state.folders = undefined;
    await loaded.module.offerCreatePolicy(context());
    assert.equal(state.infoMessages.length, 0);
  });

  test('a git worktree (.git is a file) without a policy is offered too', async () => {
    addFile(`${FOLDER}/.git`);
    addFile(`${FOLDER}/README.md`);
    state.infoAnswers.push('Not now');
    await loaded.module.offerCreatePolicy(context());
    assert.equal(state.infoMessages.length, 1);
  });

  // Suspected bug: VS Code lists a symbolic link to a file as File | SymbolicLink (65), and
  // existingPolicy compares the type with === FileType.File, so a linked policy goes unseen.
  test('a folder whose SECURITY.md is a symbolic link to a file shows nothing', async () => {
    gitRepositoryWithoutPolicy();
    addFile(`${FOLDER}/SECURITY.md`, FileType.File | FileType.SymbolicLink);
    state.infoAnswers.push('Not now');
    await loaded.module.offerCreatePolicy(context());
    assert.equal(state.infoMessages.length, 0);
  });
});

/** Picks the item with this label (several for a multi-select quick pick). */
function pickLabel(...labels) {
  return (items, options) => {
    if (options.canPickMany) return items.filter((i) => labels.includes(i.label));
    const item = items.find((i) => i.label === labels[0]);
    assert.ok(item, `"${labels[0]}" in ${options.title}: ${items.map((i) => i.label).join(' | ')}`);
    return item;
  };
}

/** The texts of the error messages shown, in order. */
const errorTexts = () => state.errorMessages.map((m) => m.message);

/** No file written, no folder created, no document opened. */
function assertNothingWritten(message) {
  assert.deepEqual(state.writes, [], message);
  assert.deepEqual(state.createdDirectories, []);
  assert.deepEqual(state.shownDocuments, []);
}

describe('createPolicyCommand', () => {
  test('cancelling the first quick pick writes nothing', async () => {
    gitRepositoryWithoutPolicy();
    state.quickPickAnswers.push(undefined);
    await loaded.module.createPolicyCommand(probe, connect);
    assert.equal(state.quickPicks.length, 1);
    assert.equal(state.quickPicks[0].options.title, 'Where should the policy go?');
    assert.deepEqual(state.serverCalls, []);
    assertNothingWritten('fs.writeFile is never called');
    assert.deepEqual(state.infoMessages, []);
  });

  test('a target folder linked out of the workspace: the reason is shown and nothing is written', async () => {
    gitRepositoryWithoutPolicy();
    probe.refuse = `${FOLDER}/.github is a link to /elsewhere, outside the workspace folder; nothing was written.`;
    state.quickPickAnswers.push(
      pickLabel('.github/SECURITY.md'),
      pickLabel('GitHub private vulnerability reporting'),
      pickLabel('2.x yes, < 2.0 no'),
      pickLabel('48 hours'),
      pickLabel('45 days'),
      pickLabel(),
    );
    await loaded.module.createPolicyCommand(probe, connect);
    assert.deepEqual(errorTexts(), [probe.refuse]);
    assert.ok(!state.serverCalls.some((c) => c[0] === 'createPolicy'), 'no policy text is asked for');
    assertNothingWritten();
  });

  test('cancelling a later question (the e-mail input) writes nothing either', async () => {
    gitRepositoryWithoutPolicy();
    state.quickPickAnswers.push(pickLabel('SECURITY.md'), pickLabel('E-mail'));
    state.inputAnswers.push(undefined);
    await loaded.module.createPolicyCommand(probe, connect);
    assert.equal(state.inputBoxes.length, 1);
    assert.deepEqual(state.writes, []);
  });

  test('scripted answers write one file at the chosen place, equal to core.createPolicy(answers)', async () => {
    gitRepositoryWithoutPolicy();
    state.quickPickAnswers.push(
      pickLabel('.github/SECURITY.md'),
      pickLabel('GitHub private vulnerability reporting and e-mail'),
      pickLabel('2.x yes, < 2.0 no'),
      pickLabel('48 hours'),
      pickLabel('45 days'),
      pickLabel('Scope', 'Encryption (PGP key)'),
    );
    state.inputAnswers.push(EMAIL, KEY_URL);
    state.infoAnswers.push(undefined); // "Preview security.txt?" dismissed
    await loaded.module.createPolicyCommand(probe, connect);

    assert.deepEqual(probe.calls, [
      ['repository', FOLDER],
      ['tags', FOLDER],
      ['policyTarget', FOLDER, '.github'],
    ]);
    assert.equal(state.writes.length, 1);
    assert.equal(state.writes[0].path, `${FOLDER}/.github/SECURITY.md`);
    const answers = fullAnswers({ safeHarbor: false });
    assert.equal(state.writes[0].text, core.createPolicy(answers));
    // The server was started once, with a progress item, and asked three things; the folder ("dir")
    // is the client's business and is not sent.
    assert.equal(state.connects, 1);
    assert.deepEqual(state.progress, [{ location: ProgressLocation.Window, title: 'Starting the SECURITY.md language server' }]);
    assert.deepEqual(state.serverCalls, [
      ['checkEmail', EMAIL],
      ['versionsFromTags', ['v1.4.0', 'v2.0.0', 'nightly']],
      ['createPolicy', answers],
    ]);
    assert.deepEqual(state.createdDirectories, [`${FOLDER}/.github`]);
    assert.deepEqual(state.shownDocuments, [`${FOLDER}/.github/SECURITY.md`]);
    assert.equal(state.infoMessages.length, 1);
    assert.match(state.infoMessages[0].message, /Preview the security\.txt/);
    assert.deepEqual(state.commands, []);
    assert.deepEqual(state.errorMessages, []);
    // Every quick pick keeps focus; the profiles (second) and the optional sections (last) are multi-selects.
    assert.ok(state.quickPicks.every((q) => q.options.ignoreFocusOut === true));
    assert.deepEqual(
      state.quickPicks.map((q) => q.options.canPickMany === true),
      [false, true, false, false, false, false, true],
    );
  });

  test('the default answers write SECURITY.md in the root; "Preview security.txt" runs the preview', async () => {
    gitRepositoryWithoutPolicy();
    const first = (items) => items[0];
    state.quickPickAnswers.push(first, first, first, first, first, () => []);
    state.infoAnswers.push('Preview security.txt');
    await loaded.module.createPolicyCommand(probe, connect);
    assert.equal(state.writes.length, 1);
    assert.equal(state.writes[0].path, `${FOLDER}/SECURITY.md`);
    assert.equal(state.writes[0].text, core.createPolicy(defaultAnswers({ versions: core.versionsFromTags(['v1.4.0', 'v2.0.0']) })));
    assert.deepEqual(state.commands, [{ command: 'securityMd.previewSecurityTxt', args: [] }]);
  });

  test('without a probe (the web) only e-mail is offered and no tags are used', async () => {
    gitRepositoryWithoutPolicy();
    let howLabels;
    let versionLabels;
    state.quickPickAnswers.push(
      pickLabel('docs/SECURITY.md'),
      (items) => {
        howLabels = items.map((i) => i.label);
        return items[0];
      },
      (items) => {
        versionLabels = items.map((i) => i.label);
        return items[0];
      },
      pickLabel('7 days'),
      pickLabel('60 days'),
      pickLabel('Safe harbor'),
    );
    state.inputAnswers.push(EMAIL);
    state.infoAnswers.push(undefined);
    await loaded.module.createPolicyCommand(undefined, connect);
    assert.deepEqual(howLabels, ['E-mail']);
    assert.deepEqual(versionLabels, ['The latest release only']);
    assert.deepEqual(
      state.serverCalls.map((c) => c[0]),
      ['checkEmail', 'createPolicy'],
      'no tags to ask about',
    );
    assert.equal(state.writes.length, 1);
    assert.equal(state.writes[0].path, `${FOLDER}/docs/SECURITY.md`);
    assert.equal(
      state.writes[0].text,
      core.createPolicy(emailOnlyAnswers({ acknowledgeWithin: '7 days', disclosureDays: 60, safeHarbor: true })),
    );
  });

  test('a non-file folder (virtual workspace) does not consult the probe', async () => {
    state.folders = [{ uri: new Uri('vscode-vfs', FOLDER), name: 'widgets', index: 0 }];
    gitRepositoryWithoutPolicy();
    state.quickPickAnswers.push(undefined);
    await loaded.module.createPolicyCommand(probe, connect);
    assert.deepEqual(probe.calls, []);
    assert.deepEqual(state.writes, []);
  });

  test('an existing policy is never overwritten: a message, no question, no write', async () => {
    gitRepositoryWithoutPolicy();
    addFile(`${FOLDER}/docs/Security.md`);
    state.infoAnswers.push('Open it');
    await loaded.module.createPolicyCommand(probe, connect);
    assert.equal(state.infoMessages.length, 1);
    assert.match(state.infoMessages[0].message, /docs\/Security\.md exists already/);
    assert.deepEqual(state.quickPicks, []);
    assert.deepEqual(state.serverCalls, [], 'nothing is asked of the server');
    assert.deepEqual(state.writes, []);
    assert.deepEqual(state.shownDocuments, [`${FOLDER}/docs/Security.md`]);
  });

  test('no workspace folder: a message, nothing written', async () => {
    state.folders = undefined;
    state.infoAnswers.push(undefined);
    await loaded.module.createPolicyCommand(probe, connect);
    assert.equal(state.infoMessages.length, 1);
    assert.match(state.infoMessages[0].message, /Open a folder first/);
    assert.equal(state.connects, 0, 'no server is started');
    assert.deepEqual(state.quickPicks, []);
    assert.deepEqual(state.writes, []);
  });

  test('several folders: the folder is picked first', async () => {
    gitRepositoryWithoutPolicy();
    state.folders = [
      { uri: Uri.file(FOLDER), name: 'widgets', index: 0 },
      { uri: Uri.file('/home/dev/gadgets'), name: 'gadgets', index: 1 },
    ];
    state.quickPickAnswers.push(undefined);
    await loaded.module.createPolicyCommand(probe, connect);
    assert.equal(state.folderPicks, 1);
    assert.deepEqual(state.writes, []);
  });

  test('a failed write shows an error message and opens nothing', async () => {
    gitRepositoryWithoutPolicy();
    const writeFile = vscode.workspace.fs.writeFile;
    vscode.workspace.fs.writeFile = async () => {
      throw new Error('EACCES: permission denied');
    };
    try {
      const first = (items) => items[0];
      state.quickPickAnswers.push(first, first, first, first, first, () => []);
      await loaded.module.createPolicyCommand(probe, connect);
    } finally {
      vscode.workspace.fs.writeFile = writeFile;
    }
    assert.equal(state.errorMessages.length, 1);
    assert.match(state.errorMessages[0].message, /Could not write SECURITY\.md: EACCES: permission denied/);
    assert.deepEqual(state.shownDocuments, []);
    assert.deepEqual(state.infoMessages, []);
  });

  test('a server that does not start: the reason, no question, nothing written', async () => {
    gitRepositoryWithoutPolicy();
    state.connectFailure = new Error('the SECURITY.md language server did not start within 15 seconds');
    await loaded.module.createPolicyCommand(probe, connect);
    assert.deepEqual(errorTexts(), [
      'Cannot create a policy: the SECURITY.md language server did not start within 15 seconds. "SECURITY.md: Show output" shows its log.',
    ]);
    assert.deepEqual(state.quickPicks, []);
    assert.deepEqual(state.inputBoxes, []);
    assert.deepEqual(state.writes, []);
    assert.deepEqual(state.createdDirectories, []);
  });

  test('a server that stops answering during the questions (the tags): the reason, nothing written', async () => {
    gitRepositoryWithoutPolicy();
    state.failing = 'versionsFromTags';
    state.serverFailure = new Error('the SECURITY.md language server could not answer (Client is not running)');
    state.quickPickAnswers.push(pickLabel('SECURITY.md'), pickLabel('GitHub private vulnerability reporting'));
    await loaded.module.createPolicyCommand(probe, connect);
    assert.deepEqual(errorTexts(), ['No policy was written: the SECURITY.md language server could not answer (Client is not running).']);
    assert.equal(state.quickPicks.length, 3, 'no question after the failure (place, profiles, channel)');
    assert.deepEqual(state.writes, []);
  });

  test('a server that does not give the policy text: the reason, nothing written or opened', async () => {
    gitRepositoryWithoutPolicy();
    state.failing = 'createPolicy';
    state.serverFailure = new Error('the SECURITY.md language server did not answer within 15 seconds');
    const first = (items) => items[0];
    state.quickPickAnswers.push(first, first, first, first, first, () => []);
    await loaded.module.createPolicyCommand(probe, connect);
    assert.deepEqual(errorTexts(), ['No policy was written: the SECURITY.md language server did not answer within 15 seconds.']);
    assertNothingWritten();
    assert.deepEqual(state.infoMessages, []);
  });

  test('the e-mail question checks the address with the server, with the same messages', async () => {
    gitRepositoryWithoutPolicy();
    state.quickPickAnswers.push(pickLabel('SECURITY.md'), pickLabel('E-mail'));
    state.inputAnswers.push(undefined);
    await loaded.module.createPolicyCommand(probe, connect);
    const [box] = state.inputBoxes;
    assert.equal(box.title, 'The address that receives security reports');
    assert.equal(box.placeHolder, 'security@your-project.org');
    assert.equal(await box.validateInput(''), 'Type the address that receives security reports.');
    assert.equal(
      await box.validateInput('security@acme.con'),
      'This address cannot receive mail: ".con" is not a top-level domain (".com" was probably meant).',
    );
    assert.equal(await box.validateInput('you@example.com'), 'This is a placeholder address; type a real one.');
    assert.equal(await box.validateInput(` ${EMAIL} `), undefined);
    assert.deepEqual(state.serverCalls, [
      ['checkEmail', 'security@acme.con'],
      ['checkEmail', 'you@example.com'],
      ['checkEmail', EMAIL],
    ]);
  });

  // Suspected bug: a SECURITY.md that is a symbolic link (File | SymbolicLink) is not seen as an
  // existing policy, so the command goes on and writes over the file the link points to.
  test('a SECURITY.md that is a symbolic link is not overwritten', async () => {
    gitRepositoryWithoutPolicy();
    addFile(`${FOLDER}/SECURITY.md`, FileType.File | FileType.SymbolicLink);
    const first = (items) => items[0];
    state.quickPickAnswers.push(first, first, first, first, first, () => []);
    state.infoAnswers.push('Open it', undefined);
    await loaded.module.createPolicyCommand(probe, connect);
    assert.deepEqual(state.writes, []);
  });
});
