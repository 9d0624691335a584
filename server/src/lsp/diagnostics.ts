// Diagnostics: each document linted as a snapshot of its text, the result cached per version and
// settings generation, pulled by clients that pull (textDocument/diagnostic) and pushed to those
// that do not; the status notification after each lint.

import {
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  ResponseError,
  ErrorCodes,
  LSPErrorCodes,
  type Connection,
  type Diagnostic,
  type TextDocuments,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  lint,
  lintModel,
  lintSecurityTxt,
  checkSignature,
  isSecurityTxtName,
  parsePolicy,
  complianceScores,
  PRODUCT,
  MAX_LINT_CHARS,
  NOT_LINTED,
  TIMED_OUT,
  type Linter,
  type LintOptions,
} from '../core/index';
import { StatusNotification, type ProfileScore } from '../../../shared/protocol';
import { toDiagnostic } from './convert';
import { LINT_TIMEOUT_MS, WORKER_THRESHOLD, type ServerHost } from './host';
import type { Configuration } from './configuration';
import { fileName, type Workspace } from './workspace';

/** The one diagnostic of a document that was not linted, saying why. */
function notLinted(message: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code: NOT_LINTED,
    source: PRODUCT,
    message: `Not linted: ${message}`,
  };
}

/** A lint's diagnostics, and for a policy the score of each selected compliance profile. */
interface Linted {
  diagnostics: Diagnostic[];
  profiles?: ProfileScore[];
}

interface CachedResult {
  version: number;
  generation: number;
  policy?: string;
  diagnostics: Diagnostic[];
}

export class Diagnostics {
  /** Whether the client pulls diagnostics, and whether it can be asked to pull again; set at initialize. */
  pull = false;
  refreshSupport = false;
  private readonly results = new Map<string, CachedResult>();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private securityTxtTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly host: ServerHost,
    private readonly workspace: Workspace,
    private readonly configuration: Configuration,
  ) {}

  /** Answers pulls, pushes where the client does not pull, and lints again after settings changes. */
  listen(): void {
    this.connection.languages.diagnostics.on(async (params) => {
      if (typeof params?.textDocument?.uri !== 'string')
        throw new ResponseError(ErrorCodes.InvalidParams, 'textDocument/diagnostic needs textDocument.uri');
      const document = this.documents.get(params.textDocument.uri);
      const items = document ? await this.diagnose(document) : [];
      return { kind: DocumentDiagnosticReportKind.Full, items };
    });
    this.documents.onDidOpen((e) => this.schedulePush(e.document));
    this.documents.onDidChangeContent((e) => {
      this.schedulePush(e.document);
      if (this.workspace.isPolicyDocument(e.document.uri)) this.relintSecurityTxtSoon();
    });
    this.documents.onDidClose((e) => {
      this.results.delete(e.document.uri);
      this.configuration.forget(e.document.uri);
      clearTimeout(this.pending.get(e.document.uri));
      if (!this.pull) void this.connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    });
    this.configuration.onDidChange(() => this.relint());
  }

  /** The diagnostics of a document as it is now, from the cache when nothing changed. */
  async diagnose(current: TextDocument): Promise<Diagnostic[]> {
    const linter = this.workspace.linterFor(current.uri);
    if (!linter) return [];
    // A security.txt is compared with the repository's policy: as it is in the editor, if open.
    const beside = linter === lintSecurityTxt ? this.host.policyBeside?.(current.uri, this.workspace.folderOf(current.uri)) : undefined;
    const policy = beside ? { path: beside.path, text: this.documents.get(beside.uri)?.getText() ?? beside.text } : undefined;
    const cached = this.results.get(current.uri);
    const generation = this.configuration.generation;
    if (cached && cached.version === current.version && cached.generation === generation && cached.policy === policy?.text)
      return cached.diagnostics;
    const settings = await this.configuration.settings(current.uri);
    // TextDocuments changes its documents in place: lint and convert a snapshot, so that ranges,
    // fixes and the cache all belong to the text that was linted, whatever arrives meanwhile.
    const document = TextDocument.create(current.uri, current.languageId, current.version, current.getText());
    const started = Date.now();
    const options = this.configuration.lintOptions(document.uri, settings);
    if (policy) options.policy = policy;
    const { diagnostics, profiles } = await this.lintSnapshot(document, linter, options);
    // Cached only while the document is still open and at the version that was linted.
    const open = this.documents.get(document.uri);
    if (open === current && open.version === document.version)
      this.results.set(document.uri, { version: document.version, generation, ...(policy ? { policy: policy.text } : {}), diagnostics });
    this.reportLinted(document, diagnostics, Date.now() - started, profiles);
    return diagnostics;
  }

  private async lintSnapshot(document: TextDocument, linter: Linter, options: LintOptions): Promise<Linted> {
    const text = document.getText();
    if (linter === lintSecurityTxt && text.length <= MAX_LINT_CHARS) {
      // OpenPGP.js reads (and with a key at hand verifies) the signature before the rules run.
      const signature = await checkSignature(text, this.host.signingKeys?.(document.uri) ?? []);
      if (signature) options.signature = signature;
    }
    if (text.length > MAX_LINT_CHARS) {
      return {
        diagnostics: [
          notLinted(
            `This file has ${(text.length / 1048576).toFixed(1)} million characters; ${PRODUCT} lints files up to ${MAX_LINT_CHARS / 1048576} MB.`,
          ),
        ],
      };
    }
    if (this.host.lintInWorker && text.length >= WORKER_THRESHOLD) return this.lintInWorker(document, linter, options);
    if (linter === lint) {
      const model = parsePolicy(text);
      const inTable = (offset: number) => model.tables.some((t) => t.start <= offset && offset < t.end);
      const diagnostics = lintModel(model, options).map((f) => toDiagnostic(f, document, inTable(f.start)));
      const profiles = complianceScores(model, options);
      return profiles ? { diagnostics, profiles } : { diagnostics };
    }
    return { diagnostics: linter(text, options).map((f) => toDiagnostic(f, document)) };
  }

  /** Large documents are linted in a worker thread, so the server keeps answering meanwhile. */
  private async lintInWorker(document: TextDocument, linter: Linter, options: LintOptions): Promise<Linted> {
    const result = await this.host.lintInWorker!(document.uri, linter === lint ? 'policy' : 'securitytxt', document.getText(), options);
    if (!result)
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'A newer version of the document is being linted.', {
        retriggerRequest: true,
      });
    if (result.error) this.connection.console.error(`Linting ${document.uri} failed in the worker: ${result.error}`);
    if (result.error === TIMED_OUT) {
      return {
        diagnostics: [
          notLinted(
            `Linting this file took longer than ${LINT_TIMEOUT_MS / 1000} s (deeply nested or heavily marked-up text), so it was stopped.`,
          ),
        ],
      };
    }
    const inTable = (offset: number) => result.tables.some((t) => t.start <= offset && offset < t.end);
    const diagnostics = result.findings.map((f) => toDiagnostic(f, document, inTable(f.start)));
    return result.profiles ? { diagnostics, profiles: result.profiles } : { diagnostics };
  }

  /** The log line and the status notification after a lint. */
  private reportLinted(document: TextDocument, diagnostics: Diagnostic[], ms: number, profiles?: ProfileScore[]): void {
    this.connection.console.log(`Linted ${document.uri} (version ${document.version}) in ${ms} ms: ${diagnostics.length} findings.`);
    void this.connection.sendNotification(StatusNotification, {
      uri: document.uri,
      findings: diagnostics.length,
      errors: diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error).length,
      ms,
      ...(profiles ? { profiles } : {}),
    });
  }

  /** Clients without pull diagnostics (older Neovim, many others) get the same results pushed. */
  private schedulePush(document: TextDocument): void {
    if (this.pull) return;
    clearTimeout(this.pending.get(document.uri));
    this.pending.set(
      document.uri,
      setTimeout(() => {
        this.pending.delete(document.uri);
        const current = this.documents.get(document.uri);
        if (current) this.push(current);
      }, 50),
    );
  }

  private push(current: TextDocument): void {
    const version = current.version;
    this.diagnose(current).then(
      (diagnostics) => {
        // Closed or changed meanwhile: the empty list sent on close, or the next push, has the last word.
        if (this.documents.get(current.uri) !== current || current.version !== version) return;
        void this.connection.sendDiagnostics({ uri: current.uri, version, diagnostics });
      },
      () => undefined, // superseded by a newer version, which schedules its own push
    );
  }

  /** A policy edit changes what its security.txt files are compared with: lint them again, once typing pauses. */
  private relintSecurityTxtSoon(): void {
    const open = this.documents.all().filter((d) => isSecurityTxtName(fileName(d.uri)));
    if (open.length === 0) return;
    clearTimeout(this.securityTxtTimer);
    this.securityTxtTimer = setTimeout(() => {
      if (!this.pull) open.forEach((d) => this.schedulePush(d));
      else this.relint();
    }, 300);
  }

  /** After a settings change: ask a pull client to pull again, or push anew. */
  private relint(): void {
    if (!this.pull) this.documents.all().forEach((d) => this.schedulePush(d));
    // A client that cannot refresh pulls again on its next edit; one that fails to is no reason to stop.
    else if (this.refreshSupport)
      this.connection.languages.diagnostics
        .refresh()
        .catch((error: unknown) => this.connection.console.warn(`Diagnostic refresh failed: ${String(error)}`));
  }
}
