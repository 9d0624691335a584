import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

// The architecture, enforced. shared/ is what the client and the server agree on and imports
// neither; the client imports only shared/, vscode and vscode-languageclient; the core
// (server/src/core) is the linter itself, pure: no Node, no editor, no LSP, nothing outside it but
// the pure modules of shared/ (never its protocol).

const NODE_BUILTINS = {
  regex: `^(?:node:.*|(?:${builtinModules.filter((m) => !m.startsWith('_')).join('|')})(?:/.*)?)$`,
  message: 'Node built-ins are for server/src/node, the CLI and the entry points.',
};
const EDITOR_AND_LSP = {
  regex: '^(?:vscode|vscode-languageserver.*|vscode-languageclient.*|vscode-jsonrpc.*)$',
  message: 'The core knows no editor and no LSP: server/src/lsp turns its findings into LSP.',
};
// Both language servers share one copy of the core (scripts/build.mjs): code outside it reaches it
// through core/index, its public face, only.
const CORE_BY_INDEX = {
  regex: '^(?:\\.\\.?/)+core/(?!index$)',
  message: 'Outside server/src/core, import the core through core/index: both language servers share that one copy.',
};
const SHARED_PURE_MODULES = ['paths', 'settings', 'policy-answers', 'launch'];
const SHARED_PURE = `(?:${SHARED_PURE_MODULES.join('|')})`;

/** server/src/core at `depth` folders below core: leaving core is allowed only for shared/'s pure modules. */
function coreBoundary(depth) {
  const up = (n) => `(?:\\.\\./){${n}}`;
  return {
    files: [`server/src/core/${'*/'.repeat(depth)}*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NODE_BUILTINS,
            EDITOR_AND_LSP,
            {
              regex: `^${up(depth + 1)}(?!\\.\\./\\.\\./shared/${SHARED_PURE}$)`,
              message:
                'The core imports nothing outside server/src/core but the pure modules of shared/ (paths, settings, policy-answers, launch).',
            },
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'action/index.js', 'node_modules/**', 'test-results/**', '.vscode-test/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        URL: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      // Security posture: no code from strings.
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Short functions in the product; the tests may read as long as they need.
    files: ['shared/**/*.ts', 'server/src/**/*.ts', 'client/src/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 120, skipBlankLines: true, skipComments: true }] },
  },
  ...[0, 1, 2, 3, 4].map(coreBoundary),
  {
    files: ['client/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?:\\.\\./)+server(?:/|$)',
              message: 'The client imports only shared/, vscode and vscode-languageclient: ask the server.',
            },
            { ...NODE_BUILTINS, message: 'The client runs on the web too: ask the server, or use vscode.workspace.fs.' },
            { regex: '^(?:vscode-languageserver.*|vscode-jsonrpc.*)$', message: 'The client speaks LSP through vscode-languageclient.' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^\\.\\./', message: 'shared/ imports neither the client nor the server nor the core.' },
            { ...NODE_BUILTINS, message: 'shared/ runs in the web client and the web worker too.' },
            {
              regex: '^(?:vscode|vscode-languageclient.*|vscode-languageserver(?:/.*)?)$',
              message: 'shared/ declares the protocol with vscode-languageserver-protocol only.',
            },
          ],
        },
      ],
    },
  },
  {
    // The pure modules of shared/, which the core may import: no protocol library in them.
    files: [`shared/{${SHARED_PURE_MODULES.join(',')}}.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^\\.\\./', message: 'shared/ imports neither the client nor the server nor the core.' },
            {
              regex: '^(?:\\./(?:protocol|index)|vscode.*|node:.*)$',
              message: 'A pure module of shared/ (the core imports it) imports no protocol, editor or Node module.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/src/*.ts', 'server/src/{node,cli,action}/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [CORE_BY_INDEX] }] },
  },
  {
    // The LSP wiring runs in the web worker too: what needs Node comes from the host (server.ts).
    files: ['server/src/lsp/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [CORE_BY_INDEX, { ...NODE_BUILTINS, message: 'server/src/lsp runs in a web worker too: add it to ServerHost.' }] },
      ],
    },
  },
);
