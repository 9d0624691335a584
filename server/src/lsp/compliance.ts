// Compliance profiles in the editor: the checklist behind "Show compliance report"
// (securityMd/complianceReport) and the profiles there are for "Choose compliance profiles"
// (securityMd/profiles); the status item's scores come with the lint (diagnostics.ts). The profiles selected for a document
// are those its diagnostics use: the settings overlaid with the nearest .securitymd.json.

import { ResponseError, ErrorCodes } from 'vscode-languageserver';
import { checkCompliance, complianceMarkdown, lint, parsePolicy, MAX_LINT_CHARS, PRODUCT, type LintOptions } from '../core/index';
import { profileList } from './create-policy';
import {
  ComplianceReportRequest,
  ProfilesRequest,
  policyLineLink,
  type ComplianceReportResult,
  type ProfilesResult,
} from '../../../shared/protocol';
import type { ServerContext } from './context';
import { fileName } from './workspace';

/** What the report says when no profile is selected. */
export const NO_PROFILE_MARKDOWN = [
  '## No compliance profile is selected',
  '',
  'Run **SECURITY.md: Choose compliance profiles**, set `securityMd.profiles`, or list them under `"profiles"` in `.securitymd.json`.',
  '',
].join('\n');

/**
 * The checklist of the policy text at `uri` against the profiles the options select, as the CLI's
 * `check --format markdown` prints it, with each line linked (policyLineLink). `file` names the
 * policy in the report.
 */
export function complianceReport(uri: string, text: string, options: LintOptions, file: string): ComplianceReportResult {
  if (!options.profiles?.length) return { markdown: NO_PROFILE_MARKDOWN, profiles: [] };
  if (text.length > MAX_LINT_CHARS) {
    return {
      markdown: `## Not checked\n\nThis file has over ${MAX_LINT_CHARS / 1048576} MB; ${PRODUCT} checks files up to that size.\n`,
      profiles: [],
    };
  }
  const model = parsePolicy(text);
  const reports = options.profiles.map((id) => checkCompliance(model, id, options));
  return {
    markdown: reports.map((r) => complianceMarkdown(r, file, (line) => policyLineLink(uri, line))).join('\n'),
    profiles: reports.map(({ profile, short, title, met, total }) => ({ id: profile, short, title, met, total })),
  };
}

function uriParam(params: unknown, method: string, optional = false): string | undefined {
  const uri = typeof params === 'object' && params !== null ? (params as { uri?: unknown }).uri : undefined;
  if (typeof uri === 'string' || (optional && uri === undefined)) return uri;
  throw new ResponseError(ErrorCodes.InvalidParams, `${method} needs a uri (a string)`);
}

export function registerCompliance({ connection, documents, workspace, configuration, host }: ServerContext): void {
  connection.onRequest(ComplianceReportRequest, async (params): Promise<ComplianceReportResult> => {
    const uri = uriParam(params, 'securityMd/complianceReport')!;
    const document = documents.get(uri);
    if (!document) return { markdown: '## The policy is not open in the editor\n', profiles: [] };
    if (workspace.linterFor(uri) !== lint) {
      return {
        markdown: '## Not a policy\n\nOnly a SECURITY.md in the root, `.github/` or `docs/` of a folder has a compliance report.\n',
        profiles: [],
      };
    }
    const options = configuration.lintOptions(uri, await configuration.settings(uri));
    return complianceReport(uri, document.getText(), options, workspace.relativePath(uri) ?? fileName(uri));
  });

  connection.onRequest(ProfilesRequest, (params): ProfilesResult => {
    const uri = uriParam(params, 'securityMd/profiles', true);
    const fromConfigFile = uri ? (host.configFile?.(uri, workspace.folderOf(uri))?.settings.profiles ?? []) : [];
    return { profiles: profileList(), fromConfigFile };
  });
}
