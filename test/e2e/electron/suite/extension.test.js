'use strict';
// The extension in a real extension host, through the VS Code API: diagnostics, a quick fix and
// the security.txt preview of ../workspace/SECURITY.md (an invented policy in the manner of the
// corpus seeds). Every wait is on an event (onDidChangeDiagnostics, onDidChangeTextDocument,
// onDidOpenTextDocument) with a deadline; nothing sleeps.

/* global suite, test, suiteSetup */

const assert = require('node:assert/strict');
const vscode = require('vscode');

const EXPECTED = [
  { code: 'vague-sla', line: 17, severity: vscode.DiagnosticSeverity.Warning },
  { code: 'placeholder-email', line: 23, severity: vscode.DiagnosticSeverity.Error },
];
const CONTACTS = ['Contact: mailto:security@tidepool.dev'];
const PREVIEW_SCHEME = 'security-md-preview';

const codeOf = (d) => (typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code));
const describe = (ds) => ds.map((d) => `${d.range.start.line + 1}:${codeOf(d)}`).join(', ') || 'none';

/** Resolves with the policy's diagnostics once `accept` holds for them; waits on the event. */
function diagnosticsWhen(uri, accept, what, timeout = 30_000) {
  return new Promise((resolve, reject) => {
    const current = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'security-md');
    let subscription;
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${timeout} ms waiting for ${what}; diagnostics: ${describe(current())}`));
    }, timeout);
    const check = () => {
      const diagnostics = current();
      if (!accept(diagnostics)) return;
      subscription.dispose();
      clearTimeout(timer);
      resolve(diagnostics);
    };
    subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    check();
  });
}

/** Resolves with the text of the open preview document once `accept` holds for it. */
function previewWhen(accept, what, timeout = 30_000) {
  return new Promise((resolve, reject) => {
    const find = () => vscode.workspace.textDocuments.find((d) => d.uri.scheme === PREVIEW_SCHEME);
    const subscriptions = [];
    const timer = setTimeout(() => {
      subscriptions.forEach((s) => s.dispose());
      reject(new Error(`timed out after ${timeout} ms waiting for ${what}; preview: ${find()?.getText() ?? 'not open'}`));
    }, timeout);
    const check = () => {
      const document = find();
      if (!document || !accept(document.getText())) return;
      subscriptions.forEach((s) => s.dispose());
      clearTimeout(timer);
      resolve(document);
    };
    subscriptions.push(vscode.workspace.onDidOpenTextDocument(check), vscode.workspace.onDidChangeTextDocument(check));
    check();
  });
}

suite('SECURITY.md Linter in the extension host', () => {
  let uri;
  let document;

  suiteSetup(async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'a workspace folder is open');
    uri = vscode.Uri.joinPath(folder.uri, 'SECURITY.md');
    document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
  });

  test('the policy gets exactly its expected diagnostics', async () => {
    const key = (x) => `${x.line}:${x.code}:${x.severity}`;
    const expected = EXPECTED.map(key).sort().join();
    const diagnostics = await diagnosticsWhen(
      uri,
      (ds) =>
        ds
          .map((d) => key({ line: d.range.start.line + 1, code: codeOf(d), severity: d.severity }))
          .sort()
          .join() === expected,
      `diagnostics ${expected}`,
    );
    assert.equal(diagnostics.length, EXPECTED.length);
    const vague = diagnostics.find((d) => codeOf(d) === 'vague-sla');
    assert.equal(document.getText(vague.range), 'as soon as possible');
  });

  test('the preferred quick fix replaces the vague promise and its diagnostic goes away', async () => {
    const [vague] = await diagnosticsWhen(uri, (ds) => ds.some((d) => codeOf(d) === 'vague-sla'), 'vague-sla').then((ds) =>
      ds.filter((d) => codeOf(d) === 'vague-sla'),
    );
    // Once, on a first run, the provider answered with no actions right after the diagnostics
    // arrived; ask again (each try is a round trip to the server, not a sleep), at most 20 times.
    let actions = [];
    let tries = 0;
    while (tries < 20 && !actions.some((a) => a.isPreferred)) {
      tries++;
      actions = await vscode.commands.executeCommand(
        'vscode.executeCodeActionProvider',
        uri,
        vague.range,
        vscode.CodeActionKind.QuickFix.value,
      );
    }
    if (tries > 1) console.log(`      (the code actions came on try ${tries})`);
    const titles = actions.map((a) => a.title);
    const preferred = actions.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1, `one preferred fix among ${titles.join(' | ')}`);
    assert.match(preferred[0].title, /^Replace "as soon as possible" with "within /);
    assert.ok(preferred[0].edit, 'the fix carries its edit');
    assert.equal(await vscode.workspace.applyEdit(preferred[0].edit), true, 'the edit applies');
    const replacement = /with "([^"]+)"/.exec(preferred[0].title)[1];
    assert.equal(document.lineAt(16).text, `We will release a fix ${replacement}.`);
    const after = await diagnosticsWhen(uri, (ds) => !ds.some((d) => codeOf(d) === 'vague-sla'), 'vague-sla to go away');
    assert.deepEqual(
      after.map((d) => `${d.range.start.line + 1}:${codeOf(d)}`),
      ['23:placeholder-email'],
    );
  });

  test('"Preview security.txt" opens a security-md-preview: document with the Contact lines and follows edits', async () => {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('securityMd.previewSecurityTxt');
    const preview = await previewWhen((text) => CONTACTS.every((c) => text.includes(c)), 'the preview with its Contact lines');
    assert.equal(preview.uri.scheme, PREVIEW_SCHEME);
    assert.equal(preview.languageId, 'securitytxt');
    assert.ok(
      vscode.window.visibleTextEditors.some((e) => e.document === preview),
      'the preview is shown in an editor',
    );
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(12, 0), 'Email security@new-contact.dev.\n\n');
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    const updated = await previewWhen(
      (text) => text.includes('Contact: mailto:security@new-contact.dev'),
      'the preview to follow the edit',
    );
    assert.deepEqual(
      updated
        .getText()
        .split('\n')
        .filter((l) => l.startsWith('Contact:')),
      [...CONTACTS, 'Contact: mailto:security@new-contact.dev'],
    );
  });
});
