// .securitymd.json: settings that travel with the repository. The nearest one above the policy
// wins, looking no higher than `stopAt` (the workspace folder, or the repository root for the CLI).
// Its values override the editor's settings, as ESLint's and markdownlint's config files do.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Settings } from '../../../shared/settings';
import { readSettings } from '../core/index';
export { mergeSettings } from '../core/index';

export const CONFIG_FILE = '.securitymd.json';

export interface ConfigFile {
  path: string;
  settings: Partial<Settings>;
  warnings: string[];
}

/** The nearest config file from `startDir` upwards; a folder holding .git ends the search. */
export function findConfigFile(startDir: string, stopAt?: string): string | undefined {
  let dir = path.resolve(startDir);
  const stop = stopAt ? path.resolve(stopAt) : undefined;
  for (let depth = 0; depth < 64; depth++) {
    const candidate = path.join(dir, CONFIG_FILE);
    if (fs.existsSync(candidate)) return candidate;
    if (dir === stop || fs.existsSync(path.join(dir, '.git'))) return undefined;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  return undefined;
}

/** Reads a config file; a file that cannot be read or parsed gives warnings and no settings. */
export function readConfigFile(file: string): ConfigFile {
  const warnings: string[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    warnings.push(
      `${file}: ${error instanceof SyntaxError ? `not valid JSON (${error.message})` : `cannot be read (${String(error)})`}; it is ignored.`,
    );
    return { path: file, settings: {}, warnings };
  }
  const prefixed: string[] = [];
  const settings = readSettings(raw, prefixed);
  warnings.push(...prefixed.map((w) => `${file}: ${w.replace(/^securityMd\./, '')}`));
  // Only what the file sets: an absent key leaves the editor's setting alone.
  const record = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const partial: Partial<Settings> = { rules: settings.rules };
  if ('stalePolicyMonths' in record && settings.stalePolicyMonths !== undefined) partial.stalePolicyMonths = settings.stalePolicyMonths;
  if ('securityTxt' in record) partial.securityTxt = settings.securityTxt;
  if (settings.profiles) partial.profiles = settings.profiles;
  if (settings.ruleOptions) partial.ruleOptions = settings.ruleOptions;
  return { path: file, settings: partial, warnings };
}

/**
 * A config file named by the user (--config, the Action's `config`): it must exist and be JSON,
 * since silently linting with other settings than those asked for would be a surprise.
 */
export function readGivenConfigFile(file: string): ConfigFile | { error: string } {
  if (!fs.existsSync(file)) return { error: `${file}: no such file` };
  const read = readConfigFile(file);
  const unusable = read.warnings.find((w) => w.endsWith('; it is ignored.'));
  return unusable ? { error: unusable.replace(/; it is ignored\.$/, '') } : read;
}
