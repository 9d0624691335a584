// The core's two rule lists, written from the rule files before the bundles are built: adding a
// rule is adding its file (and its docs page and tests), with no list to edit. A rule file is
// named after its code and exports the rule under that name in camelCase (`no-contact.ts`:
// `noContact`; a security.txt rule: `txtNoContact`). The lists are in the order of the codes,
// which is the order of the settings, the docs tables and SARIF's rule list.
// test/meta/metadata.test.js checks that the committed lists are current.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const camel = (name) => name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const pascal = (name) => camel(name).replace(/^[a-z]/, (c) => c.toUpperCase());

const LISTS = [
  {
    dir: 'server/src/core/rules',
    what: 'The SECURITY.md rules',
    type: 'Rule',
    typeFrom: '../rule',
    list: 'rules',
    exportOf: camel,
  },
  {
    dir: 'server/src/core/securitytxt/rules',
    what: 'The security.txt rules',
    type: 'TxtRule',
    typeFrom: '../txt-rule',
    list: 'securityTxtRules',
    exportOf: (name) => `txt${pascal(name)}`,
  },
];

/** The rule files of a folder, by name without ".ts", in code order. */
function ruleNames(root, dir) {
  return readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.endsWith('.d.ts'))
    .map((f) => f.slice(0, -3))
    .sort();
}

/** The generated index.ts of each rule folder: [{ file, text }], file relative to root. */
export function ruleIndexes(root) {
  return LISTS.map(({ dir, what, type, typeFrom, list, exportOf }) => {
    const names = ruleNames(root, dir);
    const text = [
      `// ${what}, in the order of their codes. Do not edit: scripts/rule-index.mjs writes`,
      '// this list from the files in this folder, so adding a rule is adding its file.',
      '',
      `import type { ${type} } from '${typeFrom}';`,
      ...names.map((n) => `import { ${exportOf(n)} } from './${n}';`),
      '',
      `export const ${list}: readonly ${type}[] = [`,
      ...names.map((n) => `  ${exportOf(n)},`),
      '];',
      '',
    ].join('\n');
    return { file: `${dir}/index.ts`, text };
  });
}

/** The folders whose files make the lists (for watch mode). */
export const RULE_DIRS = LISTS.map((l) => l.dir);
