// Top-level, beside client/ and server/, because both import it and it belongs to neither.
// What the editor client and the language server agree on: the custom LSP methods and their
// types, the settings, how the server is started and where GitHub takes a policy from. It imports
// neither side; the linter's core may use its pure modules (paths, settings, policy-answers),
// never the protocol.

export * from './protocol';
export * from './settings';
export * from './paths';
export * from './policy-answers';
export * from './launch';
