// The parts of a running language server, handed to the modules that register its handlers.

import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Configuration } from './configuration';
import type { Diagnostics } from './diagnostics';
import type { ServerHost } from './host';
import type { Workspace } from './workspace';

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  host: ServerHost;
  workspace: Workspace;
  configuration: Configuration;
  diagnostics: Diagnostics;
}
