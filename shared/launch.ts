// How the editor starts the Node language server.

/**
 * Node flags the editor starts the server with. A language server lives as long as the editor:
 * a small young generation, an early old-generation limit and V8's memory-saving mode keep its
 * memory flat over thousands of edits (under 80 MB instead of 140 MB; see BENCHMARKS.md).
 */
export const SERVER_EXEC_ARGV = ['--max-semi-space-size=2', '--max-old-space-size=512', '--optimize-for-size'];
