/** Entry point of the language server process (bin/virtlint-lsp.js, `virtlint --lsp`). */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { VERSION } from '../version.js';
import { tuneHeapForLanguageServer } from './lint-heap.js';
import { VirtlintServer } from './server.js';

export const LSP_USAGE = `Usage: virtlint-lsp [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]

The virtlint language server: live diagnostics, quick fixes, completion and hover for libvirt XML.
Editors start it themselves; standard input/output is the default transport. See docs/editors.md.`;

const TRANSPORT_FLAGS = ['--stdio', '--node-ipc', '--socket', '--pipe'];

/** What the command line asks for: a server, or just the help or version text. */
export function lspCommand(argv: readonly string[]): { readonly print: string } | { readonly serve: true } {
  if (argv.includes('--help') || argv.includes('-h')) return { print: `${LSP_USAGE}\n` };
  if (argv.includes('--version') || argv.includes('-v')) return { print: `${VERSION}\n` };
  return { serve: true };
}

/**
 * Starts the server. It owns the process from then on: vscode-languageserver ends it on the client's
 * `exit` notification (status 0 after `shutdown`, 1 without), when the input closes, or when the
 * editor's process goes away. The returned promise never settles.
 */
export function startServer(argv: readonly string[]): Promise<never> {
  // Before the lint thread starts (see lint-heap.ts).
  tuneHeapForLanguageServer();
  const explicit = argv.some((a) => TRANSPORT_FLAGS.some((f) => a === f || a.startsWith(`${f}=`)));
  // vscode-languageserver reads the transport from process.argv; without one, speak over stdio.
  const connection = explicit ? createConnection(ProposedFeatures.all) : createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  new VirtlintServer(connection).listen();
  return new Promise<never>(() => {});
}
