// Bundles the client, the server, the CLI and the core into CommonJS with esbuild.
// unified and remark are ESM-only; bundling lets VS Code and plain `node` load them.
// Then writes the files that follow from the core's rule list and templates (generate.mjs).

import { build, context } from 'esbuild';
import { chmodSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeGenerated } from './generate.mjs';
import { ruleIndexes, RULE_DIRS } from './rule-index.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// franc's trigram model knows 187 languages; the detector tells apart only those in
// candidates.json, so the bundles carry only their trigrams (a quarter of the data).
const candidates = new Set(JSON.parse(readFileSync('server/src/core/language/candidates.json', 'utf8')).languages);
const francData = {
  name: 'franc-data',
  setup(b) {
    b.onLoad({ filter: /[\\/]franc[\\/]data\.js$/ }, async (args) => {
      const { data } = await import(pathToFileURL(args.path).href);
      const kept = Object.fromEntries(
        Object.entries(data)
          .map(([script, languages]) => [script, Object.fromEntries(Object.entries(languages).filter(([code]) => candidates.has(code)))])
          .filter(([, languages]) => Object.keys(languages).length > 0),
      );
      return { contents: `export const data = ${JSON.stringify(kept)};`, loader: 'js' };
    });
  },
};

// The IANA language subtag registry is 1.4 MB of JSON; language-tags reads from each record only
// its type, subtag, deprecation, preferred value, suppressed script and prefixes. The bundles
// carry those in one short line per type ("am~Ethi iw!>he ...") and rebuild the records and the
// index the library expects from them.
const subtagRegistry = {
  name: 'subtag-registry',
  setup(b) {
    b.onLoad({ filter: /[\\/]language-subtag-registry[\\/]data[\\/]json[\\/]registry\.json$/ }, (args) => {
      const byType = {};
      for (const r of JSON.parse(readFileSync(args.path, 'utf8'))) {
        const entry =
          (r.Subtag ?? r.Tag) +
          (r.Deprecated ? '!' : '') +
          (r['Preferred-Value'] ? `>${r['Preferred-Value']}` : '') +
          (r['Suppress-Script'] ? `~${r['Suppress-Script']}` : '') +
          (r.Prefix ? `^${r.Prefix.join('+')}` : '');
        (byType[r.Type] ??= []).push(entry);
      }
      // Most entries are bare three-letter codes: "abc abd abh" travels as "ab:cdh".
      const compact = (entries) => {
        const groups = new Map();
        const rest = [];
        for (const entry of entries) {
          if (/^[a-z]{3}$/.test(entry)) groups.set(entry.slice(0, 2), (groups.get(entry.slice(0, 2)) ?? '') + entry[2]);
          else rest.push(entry);
        }
        return [...rest, ...[...groups].map(([head, tails]) => `${head}:${tails}`)].join(' ');
      };
      const lines = Object.fromEntries(Object.entries(byType).map(([type, entries]) => [type, compact(entries)]));
      const contents = `const ENTRY = /^([^!>~^]+)(!)?(?:>([^~^]+))?(?:~([^^]+))?(?:\\^(.+))?$/;
const records = [];
for (const [type, line] of Object.entries(${JSON.stringify(lines)})) {
  for (const token of line.split(' ')) {
    const group = /^([a-z]{2}):([a-z]+)$/.exec(token);
    const entries = group ? [...group[2]].map((last) => group[1] + last) : [token];
    for (const entry of entries) {
      const [, name, deprecated, preferred, suppress, prefix] = ENTRY.exec(entry);
      const record = { Type: type };
      record[type === 'grandfathered' || type === 'redundant' ? 'Tag' : 'Subtag'] = name;
      if (deprecated) record.Deprecated = 'yes';
      if (preferred) record['Preferred-Value'] = preferred;
      if (suppress) record['Suppress-Script'] = suppress;
      if (prefix) record.Prefix = prefix.split('+');
      records.push(record);
    }
  }
}
export default records;`;
      return { contents, loader: 'js' };
    });
    b.onLoad({ filter: /[\\/]language-subtag-registry[\\/]data[\\/]json[\\/]index\.json$/ }, () => {
      const contents = `import registry from './registry.json';
const index = {};
registry.forEach((record, i) => { (index[(record.Subtag ?? record.Tag).toLowerCase()] ??= {})[record.Type] = i; });
export default index;`;
      return { contents, loader: 'js', resolveDir: 'node_modules/language-subtag-registry/data/json' };
    });
  },
};

// OpenPGP.js: its lightweight build, which loads rarely needed code on demand. What reading and
// verifying a signature never needs (symmetric ciphers, Argon2, bzip2) is left out, and so are
// the curves that WebCrypto lacks (Brainpool, secp256k1: such a signature is read, not verified);
// the web worker gets none of it (the extension stays under 1 MB), so it checks the framing only.
const LIGHTWEIGHT_OPENPGP = fileURLToPath(new URL('../node_modules/openpgp/dist/lightweight/openpgp.min.mjs', import.meta.url));
const openpgpFor = (web) => ({
  name: 'openpgp',
  setup(b) {
    b.onResolve({ filter: /^openpgp$/ }, () => (web ? { path: 'openpgp', namespace: 'left-out' } : { path: LIGHTWEIGHT_OPENPGP }));
    b.onResolve({ filter: /^\.\/(?:legacy_ciphers|argon2id|unbzip2-stream|noble_curves)\.min\.mjs$/ }, (args) => ({
      path: args.path,
      namespace: 'left-out',
    }));
    b.onLoad({ filter: /.*/, namespace: 'left-out' }, (args) => ({
      contents: `throw new Error('${args.path} is not part of this build');`,
      loader: 'js',
    }));
  },
});

// The language servers for Node and for the web share one copy of the core, the bulk of each
// (language packs, language detection, the public suffix list): the web worker's script carries
// it and exports it when Node requires it, and the Node server requires it from there instead of
// bundling it again. Code outside the core reaches it only through core/index.
const CORE_DIR = fileURLToPath(new URL('../server/src/core/', import.meta.url));
const SHARED_CORE = './web/server.js';
const coreFromWebServer = {
  name: 'core-from-web-server',
  setup(b) {
    b.onResolve({ filter: /^\./ }, (args) => {
      const target = resolve(args.resolveDir, args.path);
      if (!target.startsWith(CORE_DIR) || args.importer.startsWith(CORE_DIR)) return undefined;
      if (target === join(CORE_DIR, 'index') || target === CORE_DIR.slice(0, -1)) return { path: SHARED_CORE, external: true };
      return { errors: [{ text: `${args.path}: code outside the core imports it through core/index, which both servers share` }] };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  sourcemap: true,
  minify: process.argv.includes('--minify'),
  define: { PACKAGE_VERSION: JSON.stringify(pkg.version) },
  logLevel: 'warning',
  plugins: [francData, subtagRegistry, openpgpFor(false)],
};
const shebang = { js: '#!/usr/bin/env node' };
const root = fileURLToPath(new URL('..', import.meta.url));

/** Writes the rule lists (core/rules/index.ts, core/securitytxt/rules/index.ts) that differ from the rule files. */
function writeRuleIndexes() {
  const changed = [];
  for (const { file, text } of ruleIndexes(root)) {
    if (readFileSync(join(root, file), 'utf8') === text) continue;
    writeFileSync(join(root, file), text);
    changed.push(file);
  }
  return changed;
}
writeRuleIndexes();

// The GitHub Action: one minified file with everything in it, committed (a runner does not
// install anything). The build writes it to action/index.js with the other generated files, and a
// test checks that the committed file is what this build makes. `--action FILE`: only it.
const ACTION_BUNDLE = 'action/index.js';
const actionOptions = (outfile) => ({
  ...common,
  entryPoints: ['server/src/action/main.ts'],
  outfile,
  target: 'node20',
  minify: true,
  sourcemap: false,
  legalComments: 'eof',
  banner: { js: '// The security-md GitHub Action, bundled by `npm run build` from server/src/action/. Do not edit.' },
});
const actionAt = process.argv.indexOf('--action');
if (actionAt >= 0) {
  const outfile = process.argv[actionAt + 1];
  if (!outfile) throw new Error('--action needs the file to write');
  await build(actionOptions(outfile));
  process.exit(0);
}

// `--watch` (npm run watch): every bundle is rebuilt when one of its sources changes, and the
// generated files are written again after each build of the core and when a rule's docs page
// changes (the docs indexes show the first sentence of each page). esbuild reads package.json, so
// a change to the rule settings there rebuilds every bundle once more; that round writes nothing.
const watching = process.argv.includes('--watch');
const require = createRequire(import.meta.url);

/** Writes the files generated from the core: snippets, schema, settings, rule tables. */
function generate() {
  const corePath = require.resolve('../dist/core.js');
  delete require.cache[corePath];
  const changed = writeGenerated(require(corePath), root);
  if (watching && changed.length > 0) console.log(`[watch] wrote ${changed.join(', ')}`);
}

/** In watch mode: reports each build and runs `after` when it ends without errors. */
const onEnd = (name, after) => ({
  name: `${name}-end`,
  setup(b) {
    b.onEnd((result) => {
      console.log(`[watch] ${name}: ${result.errors.length === 0 ? 'built' : `${result.errors.length} error(s)`}`);
      if (result.errors.length === 0 && after) step(name, after);
    });
  },
});

/** Runs a step after a build in watch mode: a failing step is reported and watching goes on. */
function step(name, run) {
  try {
    run();
  } catch (error) {
    console.error(`[watch] ${name}: ${error.message}`);
  }
}

const executable = (file) => () => chmodSync(file, 0o755);
const bundles = [
  { name: 'client', options: { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] } },
  {
    name: 'server',
    options: {
      ...common,
      plugins: [...common.plugins, coreFromWebServer],
      entryPoints: ['server/src/server.ts'],
      outfile: 'dist/server.js',
      banner: shebang,
    },
    after: executable('dist/server.js'),
  },
  {
    name: 'cli',
    options: { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: shebang },
    after: executable('dist/cli.js'),
  },
  { name: 'core', options: { ...common, entryPoints: ['server/src/core/index.ts'], outfile: 'dist/core.js' }, after: generate },
  // The web extension: the client as a CommonJS module for VS Code's web extension host, the
  // server as a classic script for a web worker.
  // Both run in workers: no DOM, so packages' "worker" builds, not their DOM ones.
  {
    name: 'web client',
    options: {
      ...common,
      platform: 'browser',
      conditions: ['worker'],
      plugins: [francData, subtagRegistry, openpgpFor(true)],
      entryPoints: ['client/src/browser.ts'],
      outfile: 'dist/web/client.js',
      external: ['vscode'],
    },
  },
  {
    name: 'web server',
    options: {
      ...common,
      platform: 'browser',
      conditions: ['worker'],
      format: 'iife',
      // Required from Node (see coreFromWebServer), the script hands over the core it exports.
      globalName: 'securityMdCore',
      footer: { js: "if (typeof module === 'object' && module.exports) module.exports = securityMdCore;" },
      plugins: [francData, subtagRegistry, openpgpFor(true)],
      entryPoints: ['server/src/browser-server.ts'],
      outfile: 'dist/web/server.js',
    },
  },
];

if (watching) {
  const contexts = await Promise.all(
    bundles.map((bundle) => context({ ...bundle.options, plugins: [...bundle.options.plugins, onEnd(bundle.name, bundle.after)] })),
  );
  await Promise.all(contexts.map((ctx) => ctx.watch()));
  let pending;
  watch(join(root, 'docs', 'rules'), { recursive: true }, (_event, file) => {
    if (!file?.endsWith('.md') || file.endsWith('README.md')) return;
    clearTimeout(pending);
    // A page's first paragraph is its rule's summary, severity and quick fix: the lists change too.
    pending = setTimeout(
      () =>
        step('docs', () => {
          writeRuleIndexes();
          generate();
        }),
      200,
    );
  });
  // A rule file added or removed changes a rule list, which the bundles import: esbuild rebuilds.
  for (const dir of RULE_DIRS) {
    watch(join(root, dir), (_event, file) => {
      if (!file?.endsWith('.ts') || file === 'index.ts') return;
      step('rule lists', () => {
        const changed = writeRuleIndexes();
        if (changed.length > 0) console.log(`[watch] wrote ${changed.join(', ')}`);
      });
    });
  }
  console.log('[watch] watching the sources of every bundle, the rule folders and docs/rules/; Ctrl+C stops');
  const stop = async () => {
    await Promise.all(contexts.map((ctx) => ctx.dispose()));
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} else {
  await Promise.all([...bundles.map((bundle) => build(bundle.options)), build(actionOptions(ACTION_BUNDLE))]);
  for (const bundle of bundles) bundle.after?.();
}
