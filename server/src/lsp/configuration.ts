// Settings per document: the editor's `securityMd` section, pulled per document when the client
// can answer workspace/configuration, overlaid with the nearest .securitymd.json where the host
// reads files. Cached until the settings or a config file change.

import { DidChangeConfigurationNotification, type Connection } from 'vscode-languageserver';
import { readSettings, defaultSettings, lintOptionsFrom, mergeSettings, type LintOptions } from '../core/index';
import type { Settings } from '../../../shared/settings';
import type { ServerHost } from './host';
import type { Workspace } from './workspace';

/** Name of the config file whose changes the client reports. */
const CONFIG_FILE = '.securitymd.json';

export class Configuration {
  /** Whether the client answers workspace/configuration; set at initialize. */
  configurationRequests = false;
  /** Bumped on every settings change so cached results of older settings are not reused. */
  generation = 0;
  private readonly cache = new Map<string, Promise<Settings>>();

  constructor(
    private readonly connection: Connection,
    private readonly host: ServerHost,
    private readonly workspace: Workspace,
  ) {}

  /** After initialized: ask to be told about settings changes; the values themselves are pulled per document. */
  register(): void {
    if (!this.configurationRequests) return;
    void this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'securityMd' }).catch(() => undefined);
  }

  /** Calls `changed` after every change of the settings or of a .securitymd.json. */
  onDidChange(changed: () => void): void {
    // .securitymd.json created, changed or deleted: settings of every document may change.
    this.connection.onDidChangeWatchedFiles((params) => {
      if (!params.changes.some((c) => c.uri.endsWith(`/${CONFIG_FILE}`))) return;
      this.invalidate();
      changed();
    });
    this.connection.onDidChangeConfiguration(() => {
      this.invalidate();
      changed();
    });
  }

  private invalidate(): void {
    this.generation++;
    this.cache.clear();
  }

  /** Forgets a closed document's settings. */
  forget(uri: string): void {
    this.cache.delete(uri);
  }

  settings(uri: string): Promise<Settings> {
    let cached = this.cache.get(uri);
    if (!cached) {
      const editor: Promise<Settings> = this.configurationRequests
        ? this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'securityMd' }).then(
            (raw: unknown) => {
              const warnings: string[] = [];
              const settings = readSettings(raw, warnings);
              for (const w of warnings) this.connection.console.warn(w);
              return settings;
            },
            () => defaultSettings(),
          )
        : Promise.resolve(defaultSettings());
      cached = editor.then((settings) => this.withConfigFile(uri, settings));
      this.cache.set(uri, cached);
    }
    return cached;
  }

  /** Editor settings overlaid with the nearest .securitymd.json, where the host can read files. */
  private withConfigFile(uri: string, settings: Settings): Settings {
    const overlay = this.host.configFile?.(uri, this.workspace.folderOf(uri));
    if (!overlay) return settings;
    for (const w of overlay.warnings) this.connection.console.warn(w);
    return mergeSettings(settings, overlay.settings);
  }

  /** Lint options for a document: its settings, its place, and the policy that shadows it. */
  lintOptions(uri: string, settings: Settings): LintOptions {
    const options = lintOptionsFrom(settings, this.host.location(uri));
    const shadowedBy = this.host.shadowingPolicy?.(uri);
    if (shadowedBy) options.shadowedBy = shadowedBy;
    return options;
  }
}
