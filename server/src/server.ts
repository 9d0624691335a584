// The language server for Node: over IPC from the VS Code client, or over stdio for any other
// editor (--stdio). The LSP wiring is in ./lsp/start-server; this file adds what needs Node:
// config files, the repository from .git/config, safe write targets on disk, and a worker thread
// for large documents (this same file, started in a thread, serves lint jobs).

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PRODUCT, useOpenPgp } from './core/index';
import { startServer, LINT_TIMEOUT_MS } from './lsp/start-server';
import { filePathOf, policyDirOfUri } from './lsp/workspace';
import { policyLocation, type PolicyLocation } from './node/location';
import { findConfigFile, readConfigFile } from './node/config-file';
import { LintWorkerHost } from './node/lint-worker-host';
import { signingKeysNear } from './node/signing-keys';
import { policyBeside, readPolicyBeside } from './node/policy-beside';
import { shadowingPolicy } from './node/shadowing';
import { findRepository } from './node/repository';
import { readGitTags } from './node/git-tags';
import { diskProbe, policyTarget, wellKnownTarget } from './node/folder-target';
import { isLintWorker, serveLintJobs } from './node/lint-worker';

declare const PACKAGE_VERSION: string;

const USAGE = `Usage: ${PRODUCT}-language-server --stdio | --node-ipc | --socket=PORT

The SECURITY.md language server. Editors start it; it speaks the Language Server Protocol.`;

// The core this server shares with the web worker leaves OpenPGP.js out; on Node, signatures
// are verified with the one bundled here.
useOpenPgp(() => import('openpgp'));

function main(): void {
  const argv = process.argv.slice(2);
  if (argv.includes('--version')) {
    console.log(PACKAGE_VERSION);
    process.exit(0);
  }
  if (
    argv.includes('--help') ||
    !argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket=') || a.startsWith('--pipe='))
  ) {
    console.error(USAGE);
    process.exit(argv.includes('--help') ? 0 : 2);
  }

  const lintWorker = new LintWorkerHost(LINT_TIMEOUT_MS);
  const locations = new Map<string, PolicyLocation>();

  startServer(createConnection(ProposedFeatures.all), {
    version: PACKAGE_VERSION,
    location(uri) {
      const file = filePathOf(uri);
      // Virtual documents: the folder from the URI, no repository on disk.
      if (!file) return { policyDir: policyDirOfUri(uri) };
      if (!locations.has(file)) locations.set(file, policyLocation(file));
      return locations.get(file)!;
    },
    configFile(uri, folderUri) {
      const file = filePathOf(uri);
      const config = file ? findConfigFile(path.dirname(file), folderUri ? filePathOf(folderUri) : undefined) : undefined;
      return config ? readConfigFile(config) : undefined;
    },
    lintInWorker: (uri, kind, text, options) => lintWorker.lint(uri, kind, text, options),
    policyBeside(uri, folderUri) {
      const file = filePathOf(uri);
      const beside = file ? policyBeside(file, folderUri ? filePathOf(folderUri) : undefined) : undefined;
      const read = beside ? readPolicyBeside(beside) : undefined;
      return beside && read ? { uri: pathToFileURL(beside.file).href, path: read.path, text: read.text } : undefined;
    },
    shadowingPolicy(uri) {
      const file = filePathOf(uri);
      return file ? shadowingPolicy(file) : undefined;
    },
    signingKeys(uri) {
      const file = filePathOf(uri);
      return file ? signingKeysNear(file) : [];
    },
    repository(folder) {
      const repository = findRepository(folder);
      return repository ? { repository } : {};
    },
    gitTags: (folder) => readGitTags(folder),
    writeTarget: (params) =>
      params.file === 'security.txt' ? wellKnownTarget(params.folder, diskProbe()) : policyTarget(params.folder, params.dir, diskProbe()),
    dispose: () => lintWorker.dispose(),
  });
}

if (isLintWorker()) serveLintJobs();
else main();
