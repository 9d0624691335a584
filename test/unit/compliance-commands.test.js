// @ts-check
'use strict';
// client/src/compliance.ts: "Choose compliance profiles" (what it offers, where it writes, what it
// says when it cannot), "Show compliance report" (the profiles first when none is selected, the
// report panel, rendered again after a lint) and the line links, against a recording stand-in for
// the vscode API and one for the language server. The TypeScript source is compiled here with
// esbuild. Build first (dist/core.js): node scripts/build.mjs

const { describe, test, beforeEach } = require('node:test');
const assert = require('node:assert/strict');
const { core, clientModuleWith } = require('./helpers.js');

// Invented fixtures.
const POLICY = 'file:///home/dev/widgets/SECURITY.md';
const PROFILES = core.PROFILES.map((p) => ({ id: p.id, title: p.title, short: p.short, summary: p.summary }));
const CHECKLIST = `## GitHub security policy: 7 of 7 met\n\n- [x] **A contact**\n  - [line 5](${POLICY}#L5): Email us.\n`;

const ConfigurationTarget = { Global: 1, Workspace: 2, WorkspaceFolder: 3 };
const ViewColumn = { Active: -1, Beside: -2, One: 1, Two: 2 };

class Uri {
  constructor(text) {
    this.text = text;
    this.path = text.replace(/^[a-z-]+:\/\/[^/]*/, '');
  }
  static parse(text) {
    return new Uri(text);
  }
  static joinPath(uri, ...parts) {
    return new Uri(`${uri.text.replace(/\/$/, '')}/${parts.join('/')}`);
  }
  toString() {
    return this.text;
  }
}

class Position {
  constructor(line, character) {
    this.line = line;
    this.character = character;
  }
}
class Range {
  constructor(start, end) {
    this.start = start;
    this.end = end;
  }
}

let state;
function reset() {
  state = {
    /** securityMd settings by level; `profiles` of each. */
    settings: { globalValue: undefined, workspaceValue: undefined, workspaceFolderValue: undefined },
    folders: [{ uri: new Uri('file:///home/dev/widgets'), name: 'widgets', index: 0 }],
    updates: [],
    /** Set to an Error to play settings that cannot be written. */
    updateFailure: undefined,
    quickPicks: [],
    /** Each quick pick's answer: a function of the items, or undefined (cancelled). */
    quickPickAnswers: [],
    infoMessages: [],
    errorMessages: [],
    panels: [],
    shown: [],
    rendered: [],
    /** The questions asked of the server: [method, params]. */
    requests: [],
    fromConfigFile: [],
    checklist: CHECKLIST,
  };
}
reset();

function effective() {
  const s = state.settings;
  return s.workspaceFolderValue ?? s.workspaceValue ?? s.globalValue;
}

function fakePanel(viewType, title, showOptions, options) {
  const listeners = [];
  const panel = {
    viewType,
    title,
    showOptions,
    options,
    active: false,
    revealed: 0,
    htmls: [],
    disposed: false,
    webview: {
      cspSource: 'https://webview.test',
      asWebviewUri: (uri) => new Uri(`https://webview.test${uri.path}`),
      set html(value) {
        panel.htmls.push(value);
      },
      get html() {
        return panel.htmls[panel.htmls.length - 1] ?? '';
      },
    },
    reveal() {
      panel.revealed++;
    },
    onDidDispose(listener) {
      listeners.push(listener);
      return { dispose() {} };
    },
    dispose() {
      panel.disposed = true;
      listeners.forEach((l) => l());
    },
  };
  return panel;
}

const vscode = {
  Uri,
  Position,
  Range,
  ViewColumn,
  ConfigurationTarget,
  TextEditorRevealType: { InCenterIfOutsideViewport: 2 },
  window: {
    createWebviewPanel(...args) {
      const panel = fakePanel(...args);
      state.panels.push(panel);
      return panel;
    },
    async showQuickPick(items, options) {
      state.quickPicks.push({ items, options });
      const answer = state.quickPickAnswers.shift();
      return answer ? answer(items) : undefined;
    },
    async showInformationMessage(message) {
      state.infoMessages.push(message);
    },
    async showErrorMessage(message) {
      state.errorMessages.push(message);
    },
    visibleTextEditors: [],
    async showTextDocument(uri, options) {
      const editor = {
        uri,
        options,
        revealed: [],
        revealRange(range, type) {
          editor.revealed.push([range, type]);
        },
      };
      state.shown.push(editor);
      return editor;
    },
  },
  workspace: {
    get workspaceFolders() {
      return state.folders;
    },
    getConfiguration(section, scope) {
      assert.equal(section, 'securityMd');
      return {
        scope,
        get(key) {
          assert.equal(key, 'profiles');
          return effective();
        },
        inspect(key) {
          assert.equal(key, 'profiles');
          return { key: 'securityMd.profiles', defaultValue: [], ...state.settings };
        },
        async update(key, value, target) {
          state.updates.push({ key, value, target });
          if (state.updateFailure) throw state.updateFailure;
          const level = { 1: 'globalValue', 2: 'workspaceValue', 3: 'workspaceFolderValue' }[target];
          state.settings[level] = value;
        },
      };
    },
  },
  extensions: {
    getExtension(id) {
      return id === 'vscode.markdown-language-features' ? { extensionUri: new Uri('file:///vscode/extensions/markdown') } : undefined;
    },
  },
  commands: {
    async executeCommand(command, markdown) {
      assert.equal(command, 'markdown.api.render');
      state.rendered.push(markdown);
      return `<rendered>${markdown}</rendered>`;
    },
  },
};

/** The language server: answers from the core and the fixtures, recording each request. */
async function ask(type, params) {
  state.requests.push([type.method, params]);
  if (type.method === 'securityMd/profiles') return { profiles: PROFILES, fromConfigFile: state.fromConfigFile };
  if (type.method === 'securityMd/complianceReport') return { markdown: state.checklist, profiles: [] };
  throw new Error(`unexpected request ${type.method}`);
}

const loaded = clientModuleWith('client/src/compliance.ts', vscode);
beforeEach(reset);

/** The commands' dependencies with a policy in the active editor (or none). */
function deps(policy = POLICY) {
  const reports = new loaded.module.ComplianceReports(ask);
  return { ask, reports, editorPolicy: () => (policy ? Uri.parse(policy) : undefined) };
}

/** A quick-pick answer: the items with these ids. */
const pick =
  (...ids) =>
  (items) =>
    items.filter((i) => ids.includes(i.id));

/** Waits until the panel has been given `count` pages (rendering is asynchronous). */
async function pages(panel, count) {
  for (let i = 0; i < 100 && panel.htmls.length < count; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  assert.equal(panel.htmls.length, count);
  return panel.htmls;
}

describe('"SECURITY.md: Choose compliance profiles"', () => {
  test('a multi-select quick pick of every profile, the current ones picked; the choice written for the workspace', async () => {
    state.settings.globalValue = ['github'];
    state.quickPickAnswers.push(pick('github', 'cra-manufacturer'));
    const applied = await loaded.module.chooseProfiles(deps());
    assert.deepEqual(state.requests, [['securityMd/profiles', { uri: POLICY }]]);
    const [{ items, options }] = state.quickPicks;
    assert.equal(options.canPickMany, true);
    assert.equal(options.title, 'Compliance profiles the policy must meet');
    assert.deepEqual(
      items.map((i) => [i.id, i.label, i.detail, i.picked]),
      core.PROFILES.map((p) => [p.id, p.title, p.summary, p.id === 'github']),
    );
    assert.deepEqual(state.updates, [{ key: 'profiles', value: ['github', 'cra-manufacturer'], target: ConfigurationTarget.Workspace }]);
    assert.deepEqual(applied, ['github', 'cra-manufacturer']);
    assert.deepEqual(state.errorMessages, []);
  });

  test('no folder open: the global settings', async () => {
    state.folders = undefined;
    state.quickPickAnswers.push(pick('iso-29147'));
    await loaded.module.chooseProfiles(deps());
    assert.deepEqual(state.updates, [{ key: 'profiles', value: ['iso-29147'], target: ConfigurationTarget.Global }]);
  });

  test('the folder sets the profiles itself: written there, where it takes effect', async () => {
    state.settings.workspaceFolderValue = ['github'];
    state.quickPickAnswers.push(pick());
    await loaded.module.chooseProfiles(deps());
    assert.deepEqual(state.updates, [{ key: 'profiles', value: [], target: ConfigurationTarget.WorkspaceFolder }]);
  });

  test('writing fails: a clear error message, and nothing applies', async () => {
    state.updateFailure = new Error('Unable to write into workspace settings because the file has unsaved changes.');
    state.quickPickAnswers.push(pick('github'));
    assert.equal(await loaded.module.chooseProfiles(deps()), undefined);
    assert.deepEqual(state.errorMessages, [
      'Could not save the compliance profiles (securityMd.profiles) in the workspace settings: Unable to write into workspace settings because the file has unsaved changes.',
    ]);
  });

  test('cancelled, or the same choice: nothing is written', async () => {
    state.settings.workspaceValue = ['github'];
    assert.equal(await loaded.module.chooseProfiles(deps()), undefined);
    state.quickPickAnswers.push(pick('github'));
    assert.deepEqual(await loaded.module.chooseProfiles(deps()), ['github']);
    assert.deepEqual(state.updates, []);
  });

  test('profiles of .securitymd.json: picked, not written; unpicked, they stay and the user is told', async () => {
    state.fromConfigFile = ['iso-29147'];
    state.quickPickAnswers.push(pick('github'));
    assert.deepEqual(await loaded.module.chooseProfiles(deps()), ['github', 'iso-29147']);
    assert.equal(state.quickPicks[0].items.find((i) => i.id === 'iso-29147').picked, true);
    assert.deepEqual(state.updates, [{ key: 'profiles', value: ['github'], target: ConfigurationTarget.Workspace }]);
    assert.deepEqual(state.infoMessages, [
      'ISO/IEC 29147:2018 vulnerability disclosure policy stays selected: the .securitymd.json of the policy selects it. Edit its "profiles" to unselect.',
    ]);
  });

  test('without a policy open: the profiles all the same, none from a config file', async () => {
    state.quickPickAnswers.push(pick('github'));
    await loaded.module.chooseProfiles(deps(null));
    assert.deepEqual(state.requests, [['securityMd/profiles', {}]]);
    assert.deepEqual(state.updates, [{ key: 'profiles', value: ['github'], target: ConfigurationTarget.Workspace }]);
  });
});

describe('"SECURITY.md: Show compliance report"', () => {
  test('with a profile selected: the report beside the policy, rendered, its line links as commands', async () => {
    state.settings.workspaceValue = ['github'];
    await loaded.module.showComplianceReport(deps());
    assert.deepEqual(state.quickPicks, [], 'no question');
    const [panel] = state.panels;
    assert.equal(panel.viewType, 'securityMd.complianceReport');
    assert.equal(panel.title, 'Compliance: SECURITY.md');
    assert.deepEqual(panel.showOptions, { viewColumn: ViewColumn.Beside, preserveFocus: true });
    assert.deepEqual(panel.options.enableCommandUris, ['securityMd.openPolicyLine']);
    const [html] = await pages(panel, 1);
    assert.deepEqual(state.requests, [['securityMd/complianceReport', { uri: POLICY }]]);
    const command = `command:securityMd.openPolicyLine?${encodeURIComponent(JSON.stringify([POLICY, 5]))}`;
    assert.deepEqual(state.rendered, [`## GitHub security policy: 7 of 7 met\n\n- ✓ **A contact**\n  - [line 5](${command}): Email us.\n`]);
    assert.ok(html.includes(`<body class="vscode-body"><rendered>${state.rendered[0]}</rendered></body>`), html);
    assert.ok(html.includes('<link rel="stylesheet" href="https://webview.test/vscode/extensions/markdown/media/markdown.css">'), html);
  });

  test('none selected: the profile quick pick first, then the report', async () => {
    state.quickPickAnswers.push(pick('cra-manufacturer'));
    await loaded.module.showComplianceReport(deps());
    assert.equal(state.quickPicks.length, 1);
    assert.deepEqual(state.updates, [{ key: 'profiles', value: ['cra-manufacturer'], target: ConfigurationTarget.Workspace }]);
    assert.equal(state.panels.length, 1);
    await pages(state.panels[0], 1);
  });

  test('none selected and none picked (or cancelled): no report', async () => {
    state.quickPickAnswers.push(pick());
    await loaded.module.showComplianceReport(deps());
    await loaded.module.showComplianceReport(deps());
    assert.equal(state.quickPicks.length, 2);
    assert.deepEqual(state.panels, []);
  });

  test('the .securitymd.json selects profiles: no question', async () => {
    state.fromConfigFile = ['disclose-io'];
    await loaded.module.showComplianceReport(deps());
    assert.deepEqual(state.quickPicks, []);
    assert.equal(state.panels.length, 1);
  });

  test('no policy in the active editor: says what to open', async () => {
    await loaded.module.showComplianceReport(deps(null));
    assert.deepEqual(state.infoMessages, ['Open a SECURITY.md (in the root, .github/ or docs/ of a folder) to see its compliance report.']);
    assert.deepEqual(state.panels, []);
  });

  test('follows the lints of its policy (not of others); once more reveals the same panel', async () => {
    state.settings.workspaceValue = ['github'];
    // Rendered again as soon as the lints pause (no delay here).
    const d = { ...deps(), reports: new loaded.module.ComplianceReports(ask, 0) };
    await loaded.module.showComplianceReport(d);
    const [panel] = state.panels;
    await pages(panel, 1);
    state.checklist = `## GitHub security policy: 6 of 7 met\n`;
    d.reports.linted({ uri: 'file:///home/dev/other/SECURITY.md', findings: 0, errors: 0, ms: 1 });
    d.reports.linted({ uri: POLICY, findings: 1, errors: 0, ms: 1 });
    d.reports.linted({ uri: POLICY, findings: 1, errors: 0, ms: 1 });
    await pages(panel, 2); // two lints in a row render once
    assert.match(panel.htmls[1], /<rendered>## GitHub security policy: 6 of 7 met\n<\/rendered>/);
    // The active report names its policy; the command again reveals it.
    panel.active = true;
    await loaded.module.showComplianceReport({ ...d, editorPolicy: () => undefined });
    assert.equal(state.panels.length, 1);
    assert.equal(panel.revealed, 1);
    // Closed: a lint renders nothing.
    await pages(panel, 3);
    panel.dispose();
    d.reports.linted({ uri: POLICY, findings: 1, errors: 0, ms: 1 });
    assert.equal(d.reports.activePolicy(), undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await pages(panel, 3);
  });

  test('a server that fails: the report says why', async () => {
    state.settings.workspaceValue = ['github'];
    const failing = async () => {
      throw new Error('the SECURITY.md language server did not answer within 15 seconds');
    };
    const reports = new loaded.module.ComplianceReports(failing);
    await loaded.module.showComplianceReport({ ask: failing, reports, editorPolicy: () => Uri.parse(POLICY) });
    const [html] = await pages(state.panels[0], 1);
    assert.ok(
      html.includes(
        '<pre>The compliance report could not be made: the SECURITY.md language server did not answer within 15 seconds.</pre>',
      ),
      html,
    );
  });
});

describe('the line links', () => {
  test('open the policy at the line, in the group that shows it', async () => {
    vscode.window.visibleTextEditors = [{ document: { uri: Uri.parse(POLICY) }, viewColumn: ViewColumn.Two }];
    await loaded.module.openPolicyLine(POLICY, 12);
    const [editor] = state.shown;
    assert.equal(editor.uri.toString(), POLICY);
    assert.equal(editor.options.viewColumn, ViewColumn.Two);
    assert.deepEqual([editor.options.selection.start.line, editor.options.selection.start.character], [11, 0]);
    assert.equal(editor.revealed.length, 1);
    vscode.window.visibleTextEditors = [];
  });

  test('not shown: the first group; arguments that are no URI and line: nothing', async () => {
    await loaded.module.openPolicyLine(POLICY, 1);
    assert.equal(state.shown[0].options.viewColumn, ViewColumn.One);
    await loaded.module.openPolicyLine(POLICY, 0);
    await loaded.module.openPolicyLine(42, 3);
    await loaded.module.openPolicyLine(POLICY, '3');
    assert.equal(state.shown.length, 1);
  });
});
