// @ts-check
'use strict';
// Security posture of the product source (shared, server/src, client/src): no dynamic code, no child
// processes, no outbound network; the extension declares that it works in untrusted and virtual
// workspaces; "Save security.txt" writes only where wellKnownTarget allows; no high or critical
// advisories in the libraries bundled into what ships (the published package has no runtime
// dependencies, so `--omit=dev` would audit nothing); the repository's own SECURITY.md is clean.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const ts = require('typescript');
const { runCli } = require('../corpus/corpus.js');

const { ROOT, productFiles } = require('./product-sources.js');

/** Every product source file, parsed. */
function productSources() {
  return productFiles().map((file) => ({
    file,
    rel: path.relative(ROOT, file).split(path.sep).join('/'),
    source: ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true),
  }));
}

function walk(node, visit) {
  visit(node);
  ts.forEachChild(node, (child) => walk(child, visit));
}

function where(src, node) {
  return `${src.rel}:${src.source.getLineAndCharacterOfPosition(node.getStart(src.source)).line + 1}`;
}

/** An identifier used as a value (not a property name, a declaration name or a type). */
function isValueReference(node) {
  const parent = node.parent;
  if (!parent) return true;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent)) && parent.name === node)
    return false;
  if (ts.isPropertySignature(parent) || ts.isMethodSignature(parent)) return false;
  if (ts.isTypeReferenceNode(parent) || ts.isQualifiedName(parent)) return false;
  if ((ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isFunctionDeclaration(parent)) && parent.name === node)
    return false;
  if (ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent)) return false;
  return true;
}

/** Module names a file imports: import/export from, import x = require(), require(), import(). */
function importedModules(src) {
  const out = [];
  walk(src.source, (node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      out.push({ name: node.moduleSpecifier.text, at: where(src, node) });
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const e = node.moduleReference.expression;
      if (ts.isStringLiteral(e)) out.push({ name: e.text, at: where(src, node) });
    } else if (ts.isCallExpression(node) && node.arguments.length > 0) {
      const callee = node.expression;
      const isRequire = ts.isIdentifier(callee) && callee.text === 'require';
      const isImport = callee.kind === ts.SyntaxKind.ImportKeyword;
      if (isRequire || isImport) {
        const arg = node.arguments[0];
        out.push({ name: ts.isStringLiteralLike(arg) ? arg.text : `<computed: ${arg.getText(src.source)}>`, at: where(src, node) });
      }
    }
  });
  return out;
}

const bare = (name) => name.replace(/^node:/, '');

test('no eval, new Function, string timers, eval workers or child processes in shared, server/src and client/src', () => {
  const sources = productSources();
  const problems = [];
  for (const src of sources) {
    walk(src.source, (node) => {
      if (ts.isIdentifier(node) && node.text === 'eval' && isValueReference(node)) problems.push(`${where(src, node)}: eval`);
      if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'Function'
      ) {
        problems.push(`${where(src, node)}: ${ts.isNewExpression(node) ? 'new ' : ''}Function(...)`);
      }
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        ['setTimeout', 'setInterval', 'setImmediate'].includes(node.expression.text)
      ) {
        const first = node.arguments[0];
        if (first && ts.isStringLiteralLike(first)) problems.push(`${where(src, node)}: ${node.expression.text} with a string`);
      }
      // new Worker(code, { eval: true }) runs a string as code.
      if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Worker') {
        for (const arg of node.arguments ?? []) {
          if (ts.isObjectLiteralExpression(arg) && arg.properties.some((p) => p.name && p.name.getText(src.source) === 'eval')) {
            problems.push(`${where(src, node)}: Worker with eval`);
          }
        }
      }
    });
    for (const m of importedModules(src)) {
      if (['child_process', 'vm', 'cluster'].includes(bare(m.name))) problems.push(`${m.at}: imports ${m.name}`);
      if (m.name.startsWith('<computed')) problems.push(`${m.at}: require/import of a computed module name ${m.name}`);
    }
    // Also the plain text, for forms the syntax walk might not see (e.g. in a template).
    const text = src.source.getFullText();
    if (/['"`](?:node:)?child_process['"`]/.test(text)) problems.push(`${src.rel}: mentions the child_process module`);
  }
  console.log(`posture: scanned ${sources.length} source files for dynamic code and child processes`);
  assert.deepEqual(problems, []);
});

test('no outbound network APIs in shared, server/src and client/src', () => {
  const NETWORK_MODULES = ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'undici', 'node-fetch', 'axios', 'got', 'ws', 'request'];
  const NETWORK_GLOBALS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'sendBeacon'];
  const NETWORK_MEMBERS = /^(?:https?|net|tls|http2)\.(?:request|get|connect|createConnection)$/;
  const problems = [];
  const sources = productSources();
  for (const src of sources) {
    for (const m of importedModules(src)) if (NETWORK_MODULES.includes(bare(m.name))) problems.push(`${m.at}: imports ${m.name}`);
    walk(src.source, (node) => {
      if (ts.isIdentifier(node) && NETWORK_GLOBALS.includes(node.text) && isValueReference(node))
        problems.push(`${where(src, node)}: ${node.text}`);
      if (ts.isPropertyAccessExpression(node) && NETWORK_MEMBERS.test(node.getText(src.source)))
        problems.push(`${where(src, node)}: ${node.getText(src.source)}`);
      if (ts.isPropertyAccessExpression(node) && NETWORK_GLOBALS.includes(node.name.text))
        problems.push(`${where(src, node)}: ${node.getText(src.source)}`);
    });
  }
  console.log(`posture: scanned ${sources.length} source files for network APIs`);
  assert.deepEqual(problems, []);
});

test('package.json: supported in untrusted workspaces and in virtual workspaces', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  assert.equal(pkg.capabilities?.untrustedWorkspaces?.supported, true);
  assert.equal(pkg.capabilities?.virtualWorkspaces, true);
});

test('"Save security.txt" writes only to the target that wellKnownTarget checked', () => {
  const sources = productSources().filter((s) => s.rel.startsWith('client/src/'));
  const writes = [];
  for (const src of sources) {
    walk(src.source, (node) => {
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        /^(?:writeFile|writeFileSync|appendFile|appendFileSync|createWriteStream|copy|copyFile|copyFileSync|rename|renameSync|symlink|symlinkSync)$/.test(
          node.expression.name.text,
        )
      ) {
        let fn = node.parent;
        while (fn && !ts.isFunctionLike(fn)) fn = fn.parent;
        writes.push({ src, node, fn, receiver: node.expression.expression.getText(src.source) });
      }
    });
  }
  // Node's fs is for probing (realpath, readlink) only: every write goes through VS Code's file system.
  const nodeFsWrites = writes.filter((w) => !/^vscode\.workspace\.fs$/.test(w.receiver));
  assert.deepEqual(
    nodeFsWrites.map((w) => `${where(w.src, w.node)}: ${w.node.getText(w.src.source).slice(0, 80)}`),
    [],
  );
  // The security.txt writes: in functions that deal with the .well-known folder.
  const txtWrites = writes.filter((w) => w.fn && /\.well-known|wellKnownTarget/.test(w.fn.getText(w.src.source)));
  assert.ok(txtWrites.length >= 1, 'found the security.txt save');
  for (const w of txtWrites) {
    const at = where(w.src, w.node);
    const body = w.fn.getText(w.src.source);
    assert.equal(w.node.arguments[0].getText(w.src.source), 'target', `${at}: writes to \`target\``);
    // On disk, `target` is the checked one: const where = [await] CHECK(folder); 'error' in where -> return;
    // target = vscode.Uri.file(where.target).
    const checked =
      /const (\w+) = (?:await )?(\w+)\([^)]*\);\s*if \('error' in \1\) \{[^}]*return;\s*\}\s*target = vscode\.Uri\.file\(\1\.target\);/s.exec(
        body,
      );
    assert.ok(checked, `${at}: the file: target comes from a checked result, and an error stops the save`);
    const check = checked[2];
    // Everywhere else `target` is assigned, it is built inside the folder (virtual workspaces).
    const assignments = [...body.matchAll(/\btarget = ([^;]+);/g)].map((m) => m[1]);
    for (const a of assignments) {
      assert.ok(
        a === `vscode.Uri.file(${checked[1]}.target)` || /^vscode\.Uri\.joinPath\(folder\.uri, '\.well-known', 'security\.txt'\)$/.test(a),
        `${at}: target = ${a}`,
      );
    }
    if (check !== 'wellKnownTarget') {
      // The check is injected (desktop vs web builds): every provider of it calls wellKnownTarget.
      const params = w.fn.parameters.map((p) => p.name.getText(w.src.source));
      assert.ok(params.includes(check), `${at}: ${check} is wellKnownTarget or a parameter of the save function`);
      const providers = [];
      for (const src of sources) {
        walk(src.source, (node) => {
          if (
            (ts.isPropertyAssignment(node) || ts.isVariableDeclaration(node)) &&
            node.name.getText(src.source) === check &&
            node.initializer
          ) {
            providers.push({ at: where(src, node), text: node.initializer.getText(src.source) });
          }
        });
      }
      assert.ok(providers.length > 0, `something provides ${check}`);
      for (const p of providers) assert.match(p.text, /\bwellKnownTarget\(/, `${p.at}: ${check} = ${p.text}`);
      console.log(
        `posture: security.txt save (${at}) checks its target with ${check}, provided by ${providers.map((p) => `${p.at}: ${p.text}`).join('; ')}`,
      );
    }
  }
  const others = writes.filter((w) => !txtWrites.includes(w));
  for (const w of others)
    console.log(
      `posture: other client write (not a security.txt save): ${where(w.src, w.node)}: ${w.node.getText(w.src.source).slice(0, 90)}`,
    );
});

/** The packages whose code is inside the shipped bundles, read from their source maps. */
function bundledPackages() {
  const names = new Set();
  for (const map of ['dist/cli.js.map', 'dist/server.js.map', 'dist/client.js.map', 'dist/web/server.js.map', 'dist/web/client.js.map']) {
    for (const source of JSON.parse(fs.readFileSync(path.join(ROOT, map), 'utf8')).sources) {
      const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
      if (name) names.add(name);
    }
  }
  return names;
}

test('the bundles hold the libraries the product is built on', () => {
  const bundled = bundledPackages();
  for (const name of ['unified', 'remark-parse', 'vscode-languageserver', 'vscode-languageclient', 'openpgp', 'tldts', 'franc']) {
    assert.ok(bundled.has(name), `${name} is bundled`);
  }
});

test('npm audit: no high or critical vulnerabilities in a bundled library', (t) => {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['audit', '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  if (run.error) {
    t.skip(`npm audit could not run: ${run.error.message}`);
    return;
  }
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    t.skip(`npm audit gave no JSON (exit ${run.status}): ${(run.stderr || run.stdout).trim().split('\n').slice(-1)[0]}`);
    return;
  }
  const counts = report.metadata?.vulnerabilities;
  if (!counts) {
    const reason = report.error?.summary || report.message || report.error?.code || `exit ${run.status}`;
    console.log(`posture: npm audit skipped: ${reason}`);
    t.skip(`the audit endpoint could not be used: ${reason}`);
    return;
  }
  const bundled = bundledPackages();
  console.log(`posture: npm audit (every package, ${bundled.size} bundled): ${JSON.stringify(counts)}`);
  const serious = Object.entries(report.vulnerabilities ?? {})
    .filter(([name, v]) => bundled.has(name) && (v.severity === 'high' || v.severity === 'critical'))
    .map(([name, v]) => `${name} (${v.severity})`);
  assert.deepEqual(serious, [], `bundled and high or critical: ${serious.join(', ')}`);
});

test("the repository's own SECURITY.md lints with no findings at all", async () => {
  const run = await runCli(['lint', '--format', 'json', 'SECURITY.md'], { timeout: 30_000 });
  assert.equal(run.status, 0, run.stderr);
  const json = JSON.parse(run.stdout);
  assert.equal(json.length, 1);
  assert.deepEqual(json[0].findings, []);
});
