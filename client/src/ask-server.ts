// "Create security policy" asks the language server what only the linter knows. Every question
// is answered in time or fails with words for the user, so a server that is not there never
// leaves a question hanging.

import type { BaseLanguageClient, RequestParam, RequestType } from 'vscode-languageclient';
import { CheckEmailRequest, CreatePolicyRequest, ProfilesRequest, VersionsFromTagsRequest } from '../../shared/protocol';
import type { PolicyServer } from './create-policy-flow';

/** How long the server may take to start, and to answer one request. */
export const SERVER_TIMEOUT_MS = 15_000;

/** The server is not there to answer. The message completes a sentence: "Cannot create a policy: <message>." */
export class ServerUnavailable extends Error {}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function duration(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} second${ms === 1000 ? '' : 's'}` : `${ms} ms`;
}

/** `promise`, or a ServerUnavailable(`late`) after `ms`. */
function within<T>(promise: Promise<T>, ms: number, late: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ServerUnavailable(late)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Resolves once the client's server has started (at once when it runs). */
export async function whenStarted(client: Pick<BaseLanguageClient, 'start'>, ms = SERVER_TIMEOUT_MS): Promise<void> {
  const started = Promise.resolve()
    .then(() => client.start())
    .catch((error: unknown) => {
      throw new ServerUnavailable(`the SECURITY.md language server could not start (${reason(error)})`);
    });
  await within(started, ms, `the SECURITY.md language server did not start within ${duration(ms)}`);
}

/** Sends one request; the answer, or a ServerUnavailable when it fails or takes longer than the time allowed. */
export type Ask = <P, R>(type: RequestType<P, R, void>, params: P) => Promise<R>;

/** Requests over `client` that are answered within `ms`, or fail with words for the user. */
export function asker(client: Pick<BaseLanguageClient, 'sendRequest'>, ms = SERVER_TIMEOUT_MS): Ask {
  return <P, R>(type: RequestType<P, R, void>, params: P): Promise<R> =>
    within(
      client.sendRequest(type, params as RequestParam<P>).catch((error: unknown) => {
        throw new ServerUnavailable(`the SECURITY.md language server could not answer (${reason(error)})`);
      }),
      ms,
      `the SECURITY.md language server did not answer within ${duration(ms)}`,
    );
}

/** The create-policy requests over `client`. */
export function policyServer(client: Pick<BaseLanguageClient, 'sendRequest'>, ms = SERVER_TIMEOUT_MS): PolicyServer {
  const ask = asker(client, ms);
  return {
    checkEmail: (address) => ask(CheckEmailRequest, { address }),
    versionsFromTags: async (tags) => (await ask(VersionsFromTagsRequest, { tags })).versions,
    createPolicy: async (answers) => (await ask(CreatePolicyRequest, answers)).text,
    profiles: async () => (await ask(ProfilesRequest, {})).profiles,
  };
}
