/** Entry point of the language server process (bin/virtlint-lsp.js, `virtlint --lsp`). */
import net from 'node:net';
import { type Readable, Writable } from 'node:stream';
import { format } from 'node:util';
import { type Connection, createConnection, ErrorCodes, ProposedFeatures, type ResponseMessage, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { DEFAULT_MAX_BYTES } from '../files.js';
import { sliceWhole, wellFormed } from '../quote-long.js';
import { VERSION } from '../version.js';
import { FrameGuard, messageLimitFor } from './framing.js';
import { tuneHeapForLanguageServer } from './lint-heap.js';
import { ProtocolGate } from './protocol-gate.js';
import { VirtlintServer } from './server.js';
import { readServerOptions } from './settings.js';

export const LSP_USAGE = `Usage: virtlint-lsp [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]

The virtlint language server: live diagnostics, quick fixes, completion and hover for libvirt XML.
Editors start it themselves; standard input/output is the default transport. See docs/editors.md.`;

/**
 * The socket `--socket=PORT` (a port on 127.0.0.1 the editor listens on) or `--pipe=NAME` (a named
 * pipe or Unix socket) asks to connect to, read as vscode-languageserver reads them (`--socket PORT`
 * too), or undefined for the other transports.
 */
export function socketTarget(argv: readonly string[]): { readonly port: number } | { readonly path: string } | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--stdio' || a === '--node-ipc') return undefined;
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, argv[i + 1]];
    if (flag === '--socket') {
      const port = Number.parseInt(inline ?? '', 10);
      return port > 0 ? { port } : undefined;
    }
    if (flag === '--pipe') return inline ? { path: inline } : undefined;
  }
  return undefined;
}

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
  const socket = socketTarget(argv);
  // vscode-languageserver opens --node-ipc itself (messages arrive as objects: no framing to check).
  const connection = argv.includes('--node-ipc') ? gatedConnection() : socket ? socketConnection(socket) : stdioConnection();
  new VirtlintServer(connection).listen();
  return new Promise<never>(() => {});
}

/** The connection over --node-ipc, which vscode-languageserver opens itself, every message passing the gate first. */
function gatedConnection(): Connection {
  const gate = new ProtocolGate();
  const connection = createConnection(ProposedFeatures.all, { messageStrategy: gate });
  gate.attach(connection);
  return connection;
}

/** The connection over standard input and output (the default). */
function stdioConnection(): Connection {
  const connection = framedConnection(process.stdin, takeStdout());
  sendConsoleTo(connection);
  return connection;
}

/**
 * The connection over a socket or pipe the editor listens on, framed and gated as standard input is
 * (a stream's framing faults are the same whatever carries it). Standard output is not the protocol
 * here, so the console stays as it is.
 */
function socketConnection(target: { readonly port: number } | { readonly path: string }): Connection {
  const socket = 'port' in target ? net.createConnection(target.port, '127.0.0.1') : net.createConnection(target.path);
  return framedConnection(socket, socket);
}

/**
 * A connection reading `input` with its framing checked (framing.ts) and every message passing the
 * gate (protocol-gate.ts) first; the end of the input ends the server, as the library does for the
 * streams it opens itself.
 */
function framedConnection(input: Readable, output: Writable): Connection {
  let log: (line: string) => void = () => {};
  const guard = new FrameGuard((problem) => log(problem));
  // Larger documents allowed (maxFileSize) need larger messages.
  const gate = new ProtocolGate((params) => {
    const options = params && typeof params === 'object' ? (params as { initializationOptions?: unknown }).initializationOptions : undefined;
    guard.maxMessageBytes = messageLimitFor(readServerOptions(options, process.cwd()).maxFileSize ?? DEFAULT_MAX_BYTES);
  });
  const reader = new StreamMessageReader(input.pipe(guard));
  // The connection reads a $/cancelRequest's params.id before any handler or the gate sees it: one
  // without (or with a null one) threw there, and was reported as a body that is not JSON, with a
  // parse error sent back for a notification. Dropped here, with a line saying why.
  const listen = reader.listen.bind(reader);
  reader.listen = (callback) =>
    listen((message) => {
      const m = message as { method?: unknown; params?: { id?: unknown } | null };
      if (m.method === '$/cancelRequest' && (typeof m.params !== 'object' || m.params === null || (typeof m.params.id !== 'number' && typeof m.params.id !== 'string'))) {
        log('virtlint: $/cancelRequest ignored: params.id is not a number or a string');
        return;
      }
      callback(message);
    });
  const writer = new StreamMessageWriter(output);
  const connection = createConnection(ProposedFeatures.all, reader, writer, { messageStrategy: gate });
  gate.attach(connection);
  log = (line) => connection.console.warn(line);
  // Framing is checked, so what the reader still rejects is a body that is not JSON: JSON-RPC's parse error.
  reader.onError((error) => {
    log(`virtlint: a message that is not JSON ignored: ${sliceWhole(wellFormed(error.message), 0, 200)}`);
    const parseError: ResponseMessage = { jsonrpc: '2.0', id: null, error: { code: ErrorCodes.ParseError, message: 'Parse error: the message body is not JSON' } };
    void writer.write(parseError);
  });
  // The editor is gone (a socket that cannot connect closes too, after its error).
  const end = (): never => process.exit(gate.shutDown ? 0 : 1);
  input.on('end', end);
  input.on('close', end);
  input.on('error', (error) => {
    process.stderr.write(`virtlint-lsp: ${error.message}\n`);
  });
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
