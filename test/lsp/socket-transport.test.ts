import { expect } from 'chai';
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { InitializeResult } from 'vscode-languageserver-protocol';
import { createProtocolConnection, type ProtocolConnection, SocketMessageReader, SocketMessageWriter } from 'vscode-languageserver-protocol/node';
import { socketTarget } from '../../src/lsp/main.js';
import { SERVER_BIN } from './client.js';

/**
 * `--socket=PORT` and `--pipe=NAME`: the editor listens, the server connects. The server opens the
 * socket itself, so the input framing guard (src/lsp/framing.ts) and the protocol gate cover these
 * transports as they cover standard input (vscode-languageserver's own socket reader stays stuck for
 * good after one header block without Content-Length).
 */

const INIT = { processId: null, rootUri: null, capabilities: {} };
const hoverParams = { textDocument: { uri: 'file:///never/opened.xml' }, position: { line: 0, character: 0 } };

interface Session {
  readonly child: ChildProcess;
  readonly socket: net.Socket;
  readonly connection: ProtocolConnection;
  readonly logs: string[];
  readonly exited: Promise<number | null>;
}

/** Listens on `listenOn`, starts the server with `args`, and takes the connection it makes. */
async function connect(listenOn: number | string, args: (address: string) => string[]): Promise<{ session: Session; server: net.Server }> {
  const server = net.createServer();
  await new Promise<void>((resolve) => (typeof listenOn === 'number' ? server.listen(listenOn, '127.0.0.1', resolve) : server.listen(listenOn, resolve)));
  const address = server.address();
  const where = typeof address === 'object' && address ? String(address.port) : String(address);
  const accepted = new Promise<net.Socket>((resolve) => server.once('connection', resolve));
  const child = spawn(process.execPath, [SERVER_BIN, ...args(where)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const socket = await accepted;
  const connection = createProtocolConnection(new SocketMessageReader(socket), new SocketMessageWriter(socket));
  const logs: string[] = [];
  connection.onNotification('window/logMessage', (p: { message: string }) => {
    logs.push(p.message);
  });
  connection.listen();
  return { session: { child, socket, connection, logs, exited }, server };
}

describe('lsp: --socket and --pipe transports', function () {
  this.timeout(60000);
  const cleanup: (() => void)[] = [];
  after(() => cleanup.forEach((f) => f()));

  it('reads the transport from the command line as vscode-languageserver does', () => {
    expect(socketTarget(['--socket=5007'])).to.deep.equal({ port: 5007 });
    expect(socketTarget(['--socket', '5007'])).to.deep.equal({ port: 5007 });
    expect(socketTarget(['--pipe=/run/x.sock'])).to.deep.equal({ path: '/run/x.sock' });
    expect(socketTarget(['--pipe', '/run/x.sock'])).to.deep.equal({ path: '/run/x.sock' });
    expect(socketTarget([])).to.equal(undefined);
    expect(socketTarget(['--stdio'])).to.equal(undefined);
    expect(socketTarget(['--node-ipc'])).to.equal(undefined);
    expect(socketTarget(['--socket=none'])).to.equal(undefined);
  });

  for (const kind of ['socket', 'pipe'] as const) {
    it(`over --${kind}: a header block without Content-Length is one log line, and the next request is answered; the socket closing ends the server`, async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-lsp-socket-'));
      cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
      const { session, server } = await connect(kind === 'socket' ? 0 : path.join(dir, 'lsp.sock'), (where) => [`--${kind}=${where}`]);
      cleanup.push(() => {
        server.close();
        if (session.child.exitCode === null) session.child.kill();
      });
      // Before initialize: refused by the gate.
      const early = await session.connection.sendRequest('textDocument/hover', hoverParams).then(
        () => 'answered',
        (e: { code: number }) => e.code,
      );
      expect(early).to.equal(-32002);
      const init: InitializeResult = await session.connection.sendRequest('initialize', INIT);
      expect(init.serverInfo?.name).to.equal('virtlint');
      await session.connection.sendNotification('initialized', {});
      // Raw bytes between whole messages: the library's reader alone never answers again after this.
      await new Promise<void>((resolve, reject) => session.socket.write('Content-Type: x\r\n\r\n{"jsonrpc":"2.0","id":70,"method":"shutdown"}', (e) => (e ? reject(e) : resolve())));
      expect(await session.connection.sendRequest('textDocument/hover', hoverParams)).to.equal(null);
      expect(session.logs).to.include('virtlint: input skipped up to the next Content-Length header: a header block without Content-Length');
      expect(await session.connection.sendRequest('shutdown')).to.equal(null);
      session.socket.end();
      expect(await session.exited).to.equal(0);
    });
  }

  it('a socket nobody listens on: a line on standard error and status 1, not a hang', async () => {
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as net.AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const child = spawn(process.execPath, [SERVER_BIN, `--socket=${port}`], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).to.equal(1);
    expect(stderr).to.match(/^virtlint-lsp: connect ECONNREFUSED 127\.0\.0\.1:\d+\n$/);
  });
});
