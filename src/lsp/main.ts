/** Entry point of the language server process (bin/virtlint-lsp.js, `virtlint --lsp`). */
import { Writable } from 'node:stream';
import { format } from 'node:util';
import { type Connection, createConnection, ErrorCodes, ProposedFeatures, type ResponseMessage, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { DEFAULT_MAX_BYTES } from '../files.js';
import { VERSION } from '../version.js';
import { FrameGuard, messageLimitFor } from './framing.js';
import { tuneHeapForLanguageServer } from './lint-heap.js';
import { ProtocolGate } from './protocol-gate.js';
import { VirtlintServer } from './server.js';
import { readServerOptions } from './settings.js';

export const LSP_USAGE = `Usage: virtlint-lsp [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]

The virtlint language server: live diagnostics, quick fixes, completion and hover for libvirt XML.
Editors start it themselves; standard input/output is the default transport. See docs/editors.md.`;

const OTHER_TRANSPORTS = ['--node-ipc', '--socket', '--pipe'];

/** What the command line asks for: a server, or just the help or version text. */
export function lspCommand(argv: readonly string[]): { readonly print: string } | { readonly serve: true } {
  if (argv.includes('--help') || argv.includes('-h')) return { print: `${LSP_USAGE}\n` };
  if (argv.includes('--version') || argv.includes('-v')) return { print: `${VERSION}\n` };
  return { serve: true };
}

/**
 * Starts the server. It owns the process from then on: vscode-languageserver ends it on the client's
 * `exit` notification (status 0 after `shutdown`, 1 without), and when the editor's process goes
 * away; over stdio, the end of the input ends it too (below). The returned promise never settles.
 */
export function startServer(argv: readonly string[]): Promise<never> {
  // Before the lint thread starts (see lint-heap.ts).
  tuneHeapForLanguageServer();
  const other = argv.some((a) => OTHER_TRANSPORTS.some((f) => a === f || a.startsWith(`${f}=`)));
  // vscode-languageserver reads the other transports from process.argv.
  const connection = other ? gatedConnection() : stdioConnection();
  new VirtlintServer(connection).listen();
  return new Promise<never>(() => {});
}

/** The connection over a transport vscode-languageserver opens itself, every message passing the gate first. */
function gatedConnection(): Connection {
  const gate = new ProtocolGate();
  const connection = createConnection(ProposedFeatures.all, { messageStrategy: gate });
  gate.attach(connection);
  return connection;
}

/**
 * The connection over standard input and output, with the input's framing checked (framing.ts) and
 * every message passing the gate (protocol-gate.ts) first.
 */
function stdioConnection(): Connection {
  let log: (line: string) => void = () => {};
  const guard = new FrameGuard((problem) => log(problem));
  // Larger documents allowed (maxFileSize) need larger messages.
  const gate = new ProtocolGate((params) => {
    const options = params && typeof params === 'object' ? (params as { initializationOptions?: unknown }).initializationOptions : undefined;
    guard.maxMessageBytes = messageLimitFor(readServerOptions(options, process.cwd()).maxFileSize ?? DEFAULT_MAX_BYTES);
  });
  const reader = new StreamMessageReader(process.stdin.pipe(guard));
  const writer = new StreamMessageWriter(takeStdout());
  const connection = createConnection(ProposedFeatures.all, reader, writer, { messageStrategy: gate });
  gate.attach(connection);
  log = (line) => connection.console.warn(line);
  // Framing is checked, so what the reader still rejects is a body that is not JSON: JSON-RPC's parse error.
  reader.onError((error) => {
    log(`virtlint: a message that is not JSON ignored: ${error.message.slice(0, 200)}`);
    const parseError: ResponseMessage = { jsonrpc: '2.0', id: null, error: { code: ErrorCodes.ParseError, message: 'Parse error: the message body is not JSON' } };
    void writer.write(parseError);
  });
  // As the library does for the streams it opens itself: the editor is gone.
  const end = (): never => process.exit(gate.shutDown ? 0 : 1);
  process.stdin.on('end', end);
  process.stdin.on('close', end);
  sendConsoleTo(connection);
  return connection;
}

/**
 * Standard output carries the protocol: what the server's own code (or a configuration file it runs)
 * writes with console.log goes to the editor's log instead, as vscode-languageserver arranges for
 * `--stdio` when it opens the streams itself.
 */
function sendConsoleTo(connection: Connection): void {
  const to = (send: (line: string) => void) => (...args: unknown[]): void => send(format(...args));
  console.log = to((l) => connection.console.log(l));
  console.info = to((l) => connection.console.info(l));
  console.debug = to((l) => connection.console.log(l));
  console.warn = to((l) => connection.console.warn(l));
  console.error = to((l) => connection.console.error(l));
}

/**
 * Standard output, for the protocol alone: everything else written to process.stdout from now on (a
 * configuration file's `process.stdout.write`, a plugin rule's console.log in the lint thread, whose
 * output Node pipes into process.stdout) goes to standard error. Written into the protocol stream,
 * one such line stopped the server from answering anything.
 */
function takeStdout(): Writable {
  const stdout = process.stdout;
  const write = stdout.write.bind(stdout) as (chunk: Buffer | string, callback: (error?: Error | null) => void) => boolean;
  stdout.write = process.stderr.write.bind(process.stderr) as typeof stdout.write;
  return new Writable({ write: (chunk: Buffer, _encoding, callback) => void write(chunk, callback) });
}
