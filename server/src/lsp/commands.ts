// What clients ask beyond the standard features: the fix-all command any client can run, the
// security.txt a policy implies, the questions behind "Create security policy", and (where the
// host reads the disk) the repository of a folder and where a command may write in it.

import { ResponseError, ErrorCodes } from 'vscode-languageserver';
import { parsePolicy, generateSecurityTxt } from '../core/index';
import {
  CheckEmailRequest,
  CreatePolicyRequest,
  FIX_ALL_COMMAND,
  GitTagsRequest,
  RepositoryRequest,
  SecurityTxtRequest,
  VersionsFromTagsRequest,
  WriteTargetRequest,
  type FolderParams,
  type SecurityTxtResult,
  type WriteTargetParams,
} from '../../../shared/protocol';
import { fixAllAction } from './code-actions';
import type { ServerContext } from './context';
import { checkEmail, policyText, tagVersions } from './create-policy';

export function registerCommands(context: ServerContext): void {
  const { connection, documents } = context;
  connection.onExecuteCommand(async (params) => {
    if (params.command !== FIX_ALL_COMMAND) return;
    const uri = params.arguments?.[0];
    const document = typeof uri === 'string' ? documents.get(uri) : undefined;
    const linter = document ? context.workspace.linterFor(document.uri) : undefined;
    if (!document || !linter) return;
    const action = fixAllAction(
      document,
      context.configuration.lintOptions(document.uri, await context.configuration.settings(document.uri)),
      linter,
    );
    if (action?.edit) await connection.workspace.applyEdit({ label: 'Fix all SECURITY.md problems', edit: action.edit });
  });

  connection.onRequest(SecurityTxtRequest, (params) => securityTxt(context, params.uri));

  // "Create security policy" in the client: address checks, versions from tags, the compliance
  // profiles, the policy itself.
  connection.onRequest(CheckEmailRequest, checkEmail);
  connection.onRequest(VersionsFromTagsRequest, tagVersions);
  connection.onRequest(CreatePolicyRequest, policyText);

  registerDiskRequests(context);
}

/** The disk, for the desktop client: the repository and tags of a folder, and safe write targets. */
function registerDiskRequests({ connection, host }: ServerContext): void {
  const { repository, gitTags, writeTarget } = host;
  if (repository) connection.onRequest(RepositoryRequest, (params) => repository(folderParam(params, 'securityMd/repository')));
  if (gitTags) connection.onRequest(GitTagsRequest, (params) => ({ tags: gitTags(folderParam(params, 'securityMd/gitTags')) }));
  if (writeTarget) connection.onRequest(WriteTargetRequest, (params) => writeTarget(writeTargetParams(params)));
}

function folderParam(params: FolderParams, method: string): string {
  if (typeof params?.folder !== 'string') throw invalid(`${method} needs a folder (a string)`);
  return params.folder;
}

function writeTargetParams(params: WriteTargetParams): WriteTargetParams {
  const folder = folderParam(params, 'securityMd/writeTarget');
  if (params.file === 'security.txt') return { folder, file: params.file };
  if (params.file === 'SECURITY.md' && ['root', '.github', 'docs'].includes(params.dir))
    return { folder, file: params.file, dir: params.dir };
  throw invalid('securityMd/writeTarget needs file "security.txt", or file "SECURITY.md" and dir "root", ".github" or "docs"');
}

function invalid(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

/** The security.txt that the policy open at `uri` implies. */
async function securityTxt({ documents, host, configuration }: ServerContext, uri: string): Promise<SecurityTxtResult> {
  const document = documents.get(uri);
  if (!document) return { reason: 'The policy is not open in the editor.', notes: [] };
  const settings = await configuration.settings(document.uri);
  const { repository } = host.location(document.uri);
  const result = generateSecurityTxt(parsePolicy(document.getText()), {
    ...settings.securityTxt,
    ...(repository ? { repository } : {}),
    sourceName: decodeURIComponent(document.uri.split('/').pop() ?? 'SECURITY.md'),
  });
  return {
    ...(result.text !== undefined ? { text: result.text } : {}),
    ...(result.reason ? { reason: result.reason } : {}),
    notes: result.notes,
  };
}
