import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { SERVER_BIN } from '../lsp/client.js';

/**
 * Hunt 18: `$/cancelRequest` without a usable `params.id` (none, null, no params). vscode-jsonrpc
 * reads the id as the message arrives, before the gate or any handler: it threw there, and the
 * server logged "a message that is not JSON ignored: Cannot read properties of undefined (reading
 * 'toString')" and answered the notification with a JSON-RPC parse error (id null). The message was
 * JSON; it is now dropped with a line saying what is wrong with it, and nothing is answered.
 */

interface Received {
  readonly id?: unknown;
  readonly method?: string;
  readonly error?: { readonly code: number };
  readonly params?: { readonly message?: string };
}

/** Runs the server on raw messages (sent after initialize) and returns every message it wrote. */
async function exchange(messages: readonly object[]): Promise<Received[]> {
  const child = spawn(process.execPath, [SERVER_BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = Buffer.alloc(0);
  child.stdout.on('data', (d: Buffer) => (out = Buffer.concat([out, d])));
  const send = (m: object): void => {
    const body = Buffer.from(JSON.stringify(m));
    child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
  };
  send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  send({ jsonrpc: '2.0', method: 'initialized', params: {} });
  for (const m of messages) send(m);
  send({ jsonrpc: '2.0', id: 98, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///none.xml' }, position: { line: 0, character: 0 } } });
  send({ jsonrpc: '2.0', id: 99, method: 'shutdown' });
  send({ jsonrpc: '2.0', method: 'exit' });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  expect(code).to.equal(0);
  const received: Received[] = [];
  const text = out.toString('utf8');
  for (let at = 0; at < text.length; ) {
    const header = /^Content-Length: (\d+)\r\n\r\n/.exec(text.slice(at));
    if (!header) throw new Error(`unframed output at ${at}: ${text.slice(at, at + 80)}`);
    at += header[0].length;
    received.push(JSON.parse(text.slice(at, at + Number(header[1]))) as Received);
    at += Number(header[1]);
  }
  return received;
}

describe('hunt 18: $/cancelRequest without an id', function () {
  this.timeout(60000);

  it('is ignored with a line saying so: no parse error sent back, no "not JSON" in the log; the server answers on', async () => {
    const received = await exchange([
      { jsonrpc: '2.0', method: '$/cancelRequest', params: {} },
      { jsonrpc: '2.0', method: '$/cancelRequest' },
      { jsonrpc: '2.0', method: '$/cancelRequest', params: { id: null } },
      { jsonrpc: '2.0', method: '$/cancelRequest', params: { id: 42 } },
    ]);
    expect(received.filter((m) => m.error?.code === -32700), 'parse errors sent back').to.deep.equal([]);
    const logs = received.filter((m) => m.method === 'window/logMessage').map((m) => m.params?.message);
    expect(logs).to.deep.equal(Array(3).fill('virtlint: $/cancelRequest ignored: params.id is not a number or a string'));
    expect(received.some((m) => m.id === 98 && !('error' in m))).to.equal(true);
  });
});
