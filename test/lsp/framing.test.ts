import { expect } from 'chai';
import fs from 'node:fs';
import { FrameGuard, MAX_HEADER_BYTES, MIN_MESSAGE_LIMIT, messageLimitFor } from '../../src/lsp/framing.js';
import { TestLspClient } from './client.js';

/**
 * The input's framing (`Content-Length: N\r\n\r\n` + N bytes), checked before vscode-jsonrpc reads
 * it (src/lsp/framing.ts): well-framed messages pass byte for byte, whatever the chunking; each bad
 * header block, endless header, oversize body or non-JSON body is one log line; reading resumes at
 * the next Content-Length header; memory does not grow with what is skipped.
 */

const frame = (body: string): Buffer => {
  const b = Buffer.from(body, 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${b.length}\r\n\r\n`, 'latin1'), b]);
};
const A = frame('{"jsonrpc":"2.0","id":1,"method":"a","params":{"t":"é\\r\\n\\r\\nContent-Length: 5"}}');
const B = frame('{"jsonrpc":"2.0","method":"b"}');

/** What the guard passes on for `chunks`, and what it reports. */
function run(chunks: readonly Buffer[], maxMessageBytes?: number): { out: Buffer; problems: string[]; peakPending: number } {
  const problems: string[] = [];
  const guard = new FrameGuard((p) => problems.push(p));
  if (maxMessageBytes !== undefined) guard.maxMessageBytes = maxMessageBytes;
  const out: Buffer[] = [];
  guard.on('data', (d: Buffer) => out.push(d));
  let peakPending = 0;
  for (const c of chunks) {
    guard.write(c);
    peakPending = Math.max(peakPending, (guard as unknown as { pending: Buffer }).pending.length);
  }
  return { out: Buffer.concat(out), problems, peakPending };
}

const bytes = (s: string): Buffer => Buffer.from(s, 'latin1');

describe('lsp: the input framing guard', () => {
  it('passes well-framed messages byte for byte, in one chunk or one byte at a time', () => {
    const all = Buffer.concat([A, B, frame('{}'), A]);
    expect(run([all]).out.equals(all)).to.equal(true);
    const single = run([...all].map((b) => Buffer.from([b])));
    expect(single.out.equals(all)).to.equal(true);
    expect(single.problems).to.deep.equal([]);
    // Other headers (Content-Type) and any case of the name are allowed.
    const typed = Buffer.concat([bytes('content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}')]);
    expect(run([typed]).out.equals(typed)).to.equal(true);
  });

  it('after a header block without Content-Length, a value that is not a number, or a line without a colon: one problem each, and the next message passes', () => {
    for (const [bad, problem] of [
      ['Content-Type: x\r\n\r\n{"id":9}', 'a header block without Content-Length'],
      ['Content-Length: abc\r\n\r\n{}', 'Content-Length is not a number of bytes ("abc")'],
      ['Content-Length: -5\r\n\r\n{}', 'Content-Length is not a number of bytes ("-5")'],
      ['Content-Length: 99999999999999999999\r\n\r\n{}', 'Content-Length is not a number of bytes ("99999999999999999999")'],
      ['no colon here\r\n\r\n', "a header line without ':' (\"no colon here\")"],
    ]) {
      const r = run([bytes(bad as string), A, B]);
      expect(r.out.equals(Buffer.concat([A, B])), bad).to.equal(true);
      expect(r.problems, bad).to.deep.equal([`virtlint: input skipped up to the next Content-Length header: ${problem}`]);
    }
  });

  it('a Content-Length too small: the rest of the body spoils one header block, and the message after it passes', () => {
    const short = bytes('Content-Length: 10\r\n\r\n{"jsonrpc":"2.0","method":"x"}');
    const r = run([short, A]);
    expect(r.out.equals(Buffer.concat([bytes('Content-Length: 10\r\n\r\n{"jsonrpc"'), A])), r.out.toString()).to.equal(true);
    expect(r.problems).to.have.length(1);
  });

  it('header bytes that never end: skipped past the header limit, holding no more than it', () => {
    const junk = Buffer.alloc(64 * 1024, 'x');
    const r = run([...Array.from({ length: 64 }, () => junk), A]);
    expect(r.out.equals(A)).to.equal(true);
    expect(r.problems).to.have.length(1);
    expect(r.problems[0]).to.match(/bytes without the blank line that ends a header block$/);
    expect(r.peakPending).to.be.at.most(MAX_HEADER_BYTES);
  });

  it('a body over the limit: skipped as it arrives (nothing held), with one problem; the next message passes', () => {
    const limit = 100000;
    const size = 5 * 1024 * 1024;
    const chunk = Buffer.alloc(64 * 1024, ' ');
    const chunks = [bytes(`Content-Length: ${size}\r\n\r\n`), ...Array.from({ length: size / chunk.length }, () => chunk), B];
    const r = run(chunks, limit);
    expect(r.out.equals(B)).to.equal(true);
    expect(r.problems).to.deep.equal([`virtlint: a message of ${size} bytes skipped: over the ${limit}-byte limit for one message (raise maxFileSize for larger documents)`]);
    expect(r.peakPending).to.equal(0);
  });

  it('the limit fits the largest document allowed, fully escaped', () => {
    expect(messageLimitFor(10 * 1024 * 1024)).to.equal(MIN_MESSAGE_LIMIT);
    expect(messageLimitFor(100 * 1024 * 1024)).to.equal(601 * 1024 * 1024);
  });
});

describe('lsp: bad framing sent to the server process', function () {
  this.timeout(120000);
  let client: TestLspClient;
  before(async () => {
    ({ client } = await TestLspClient.start());
  });
  after(() => client?.kill());

  const peakKb = (): number => Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${client.child.pid}/status`, 'utf8'))?.[1]);
  const hover = (): Promise<unknown> => client.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///never/opened.xml' }, position: { line: 0, character: 0 } });
  /** Raw bytes on the server's input, between whole messages of the test's own connection. */
  const raw = (data: Buffer | string): Promise<void> => new Promise((resolve, reject) => client.child.stdin.write(data, (e) => (e ? reject(e) : resolve())));

  it('bad header blocks, a body that is not JSON, JSON that is no message: a line each in the log, and the next request is answered', async () => {
    await raw('Content-Type: x\r\n\r\n{"jsonrpc":"2.0","id":70,"method":"shutdown"}');
    await raw('Content-Length: abc\r\n\r\n{}');
    await raw(frame('this is not JSON'));
    await raw(frame('[1,2,3]'));
    await raw(frame('{"jsonrpc":"2.0","id":{"a":1},"method":"textDocument/hover"}'));
    expect(await hover()).to.equal(null);
    expect(client.logs).to.include.members([
      'virtlint: input skipped up to the next Content-Length header: a header block without Content-Length',
      'virtlint: input skipped up to the next Content-Length header: Content-Length is not a number of bytes ("abc")',
      'virtlint: a message that is neither a request, a notification nor a response ignored (a JSON array)',
      'virtlint: a message that is neither a request, a notification nor a response ignored (a JSON object)',
    ]);
    expect(client.logs.some((l) => l.startsWith('virtlint: a message that is not JSON ignored: '))).to.equal(true);
  });

  it("a body that is not JSON at an emoji: V8's message quotes half of it, the log line shows U+FFFD instead", async () => {
    await raw(frame('{"a": 😀}'));
    expect(await hover()).to.equal(null);
    const line = client.logs.find((l) => l.startsWith('virtlint: a message that is not JSON ignored: ') && l.includes('😀'));
    expect(line, client.logs.join('\n')).to.be.a('string');
    expect(line).to.include("'\ufffd'");
    expect(line).to.not.match(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });

  it('a 160 MiB body (over the 64 MiB limit) and 20 MiB of header bytes without an end: skipped without holding them, the next request answered', async () => {
    const before = peakKb();
    const chunk = Buffer.alloc(1024 * 1024, ' ');
    await raw(`Content-Length: ${160 * chunk.length}\r\n\r\n`);
    for (let i = 0; i < 160; i++) await raw(chunk);
    const junk = Buffer.alloc(1024 * 1024, 'x');
    for (let i = 0; i < 20; i++) await raw(junk);
    expect(await hover()).to.equal(null);
    expect(client.logs).to.include(`virtlint: a message of ${160 * chunk.length} bytes skipped: over the ${MIN_MESSAGE_LIMIT}-byte limit for one message (raise maxFileSize for larger documents)`);
    expect(client.logs.some((l) => /^virtlint: input skipped up to the next Content-Length header: \d+ bytes without the blank line/.test(l))).to.equal(true);
    // Held, the 180 MiB would raise the peak by at least that much; skipped, the chunks read are
    // garbage, which the collector may leave a while (V8 collects after some 64 MiB of external memory).
    expect(peakKb() - before, `peak RSS grew from ${before} kB to ${peakKb()} kB`).to.be.below(128 * 1024);
  });

  it('still answers, and exits 0 on shutdown with nothing on stderr', async () => {
    expect(await hover()).to.equal(null);
    expect(client.stderr).to.equal('');
    expect(await client.stop()).to.equal(0);
  });
});
