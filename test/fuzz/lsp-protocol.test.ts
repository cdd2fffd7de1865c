import { expect } from 'chai';
import fc from 'fast-check';
import fs from 'node:fs';
import { ErrorCodes, ResponseError } from 'vscode-languageserver-protocol';
import { TestLspClient } from '../lsp/client.js';
import { corpusSample, halfTyped, runs, SEED } from './generators.js';
import { HEAP_BOUND_BYTES } from './invariants.js';

/**
 * Fuzzing the language server's protocol edges with hostile eyes: a real server process receives
 * seeded random, well-framed JSON-RPC messages — methods it registers (and some it does not), params
 * missing, of the wrong type, with huge strings, deep nesting, unknown URIs, positions out of range,
 * versions that are not integers, documents closed twice, changes with ranges past the end. It must
 * never crash, answer every request (with a result or an error), answer a final well-formed request
 * within a bound, and keep its memory bounded. (Random edits of real documents: lsp.test.ts.)
 */

const REQUESTS = ['textDocument/hover', 'textDocument/completion', 'textDocument/codeAction', 'textDocument/documentSymbol', 'textDocument/foldingRange', 'initialize', 'completionItem/resolve', 'textDocument/definition', 'virtlint/unknown', '$/virtlint/refuse'];
const NOTIFICATIONS = ['textDocument/didOpen', 'textDocument/didChange', 'textDocument/didClose', 'textDocument/didSave', 'workspace/didChangeWorkspaceFolders', 'workspace/didChangeWatchedFiles', 'workspace/didChangeConfiguration', '$/cancelRequest', '$/setTrace', 'initialized', 'virtlint/unknownNotification'];

const URIS = ['file:///fuzz/p/a.xml', 'file:///fuzz/p/b.xml', 'file:///fuzz/p/c.xml', 'untitled:Untitled-1', 'file:///fuzz/p/%E0%A4%A', 'not a uri'];
const DOCS = corpusSample(8).map((d) => d.text);

/** Numbers an editor should send, and those it should not. */
const NUMBER = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -3, max: 80 }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(1e9, -1, 2 ** 31, 2 ** 53, 1e300, 1.5, -0.5, '3', null, true, [], {}) },
);
const POSITION = fc.oneof({ weight: 8, arbitrary: fc.record({ line: NUMBER, character: NUMBER }) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) });
const RANGE = fc.oneof({ weight: 8, arbitrary: fc.record({ start: POSITION, end: POSITION }) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) });

/** Texts: corpus documents, half-typed markup, random strings, and huge ones. */
const TEXT = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...DOCS) },
  { weight: 3, arbitrary: halfTyped },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 400000 }), fc.constantFrom('x', '<a>', '\n', '\uD800', 'é')).map(([n, s]) => s.repeat(Math.ceil(n / s.length))) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) },
);

/** Nesting as deep as a hostile client likes (arrays and objects, thousands of levels). */
const DEEP = fc.tuple(fc.integer({ min: 50, max: 3000 }), fc.boolean()).map(([depth, arrays]) => {
  let v: unknown = 0;
  for (let i = 0; i < depth; i++) v = arrays ? [v] : { a: v };
  return v;
});

const CHANGE = fc.record({ range: RANGE, text: TEXT }, { requiredKeys: ['text'] });

/** One object holding any subset of the fields the server's methods read, each of any type. */
const PARAMS = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record(
      {
        textDocument: fc.oneof(
          { weight: 6, arbitrary: fc.record({ uri: fc.constantFrom(...URIS), version: NUMBER, text: TEXT, languageId: fc.constantFrom('xml', 'plaintext') }, { requiredKeys: ['uri'] }) },
          { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
        ),
        position: POSITION,
        range: RANGE,
        contentChanges: fc.oneof({ weight: 6, arbitrary: fc.array(CHANGE, { maxLength: 4 }) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) }),
        context: fc.record({ diagnostics: fc.array(fc.record({ range: RANGE, message: fc.string(), code: fc.constantFrom('schema/invalid-value', 'ioeventfd-requires-virtio', 42, null) }), { maxLength: 3 }), only: fc.array(fc.constantFrom('quickfix', 'source.fixAll.virtlint', 'x'), { maxLength: 2 }), triggerKind: NUMBER }, { requiredKeys: [] }),
        event: fc.record({ added: fc.array(fc.record({ uri: fc.constantFrom(...URIS, 'file:///fuzz'), name: fc.string() }), { maxLength: 2 }), removed: fc.jsonValue({ maxDepth: 2 }) }, { requiredKeys: [] }),
        changes: fc.array(fc.record({ uri: fc.constantFrom(...URIS), type: NUMBER }), { maxLength: 2 }),
        id: fc.oneof(fc.integer(), fc.string()),
        value: fc.constantFrom('off', 'messages', 'verbose', 7),
        deep: DEEP,
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: DEEP },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

type Sent = { readonly request: boolean; readonly method: string; readonly params: unknown };
const MESSAGE: fc.Arbitrary<Sent> = fc.oneof(
  fc.record({ request: fc.constant(true), method: fc.constantFrom(...REQUESTS), params: PARAMS }),
  fc.record({ request: fc.constant(false), method: fc.constantFrom(...NOTIFICATIONS), params: PARAMS }),
);

/** A promise that fails after `ms` (the server stopped answering). */
const within = <T>(p: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms).unref())]);

describe('fuzzing the language server protocol (random well-framed messages)', function () {
  this.timeout(0);
  let client: TestLspClient;
  let messages = 0;
  before(async () => {
    ({ client } = await TestLspClient.start({ debounceMs: 0 }));
  });
  after(async () => {
    console.log(`      lsp protocol fuzz: ${messages} messages`);
    if (client && client.child.exitCode === null) expect(await client.stop(), 'the server exits cleanly after the fuzzing').to.equal(0);
  });

  it('never crashes, answers every request, answers a well-formed request after each batch, memory bounded', async () => {
    const probeUri = 'file:///fuzz/p/probe.xml';
    const probe = client.nextDiagnostics(probeUri);
    await client.open(probeUri, DOCS[0] as string);
    await probe;
    await fc.assert(
      fc.asyncProperty(fc.array(MESSAGE, { minLength: 1, maxLength: 25 }), async (batch) => {
        const answers: Promise<unknown>[] = [];
        for (const m of batch) {
          messages++;
          if (m.request) {
            const reply = m.params === undefined ? client.connection.sendRequest(m.method) : client.connection.sendRequest(m.method, m.params);
            // An error response is an answer; only silence (or a crash) fails.
            // An error response is an answer, but not an internal error: that is a handler that threw.
            answers.push(
              reply.then(
                () => undefined,
                (e: unknown) => {
                  if (!(e instanceof ResponseError)) throw e;
                  expect(e.code, `${m.method} ${JSON.stringify(m.params)?.slice(0, 300)}: ${e.message}`).to.not.equal(ErrorCodes.InternalError);
                },
              ),
            );
          } else {
            await (m.params === undefined ? client.connection.sendNotification(m.method) : client.connection.sendNotification(m.method, m.params));
          }
        }
        await within(Promise.all(answers), 60000, `requests of ${JSON.stringify(batch.map((m) => m.method))}`);
        // A well-formed request about a well-formed open document is still answered, and with content.
        const symbols = await within(client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: probeUri } }), 30000, 'documentSymbol after the batch');
        expect(Array.isArray(symbols) && symbols.length > 0, `the outline of the probe document: ${JSON.stringify(symbols)}`).to.equal(true);
        expect(client.child.exitCode, `server exited; stderr: ${client.stderr}`).to.equal(null);
      }),
      { numRuns: runs(60), seed: SEED + 40 },
    );
    expect(client.stderr).to.equal('');
    // A notification handler that threw is only logged by the library: none may have.
    if (process.env.FUZZ_DEBUG) console.log(client.logs.filter((l) => /handler .* failed|failed with message|checking .* failed/i.test(l)).map((l) => l.slice(0, 300)).join("\n"));
    expect(client.logs.filter((l) => /handler .* failed|failed with message|checking .* failed/i.test(l))).to.deep.equal([]);
    const status = fs.readFileSync(`/proc/${client.child.pid}/status`, 'utf8');
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    expect(rssKb * 1024, `server RSS ${(rssKb / 1024).toFixed(0)} MB`).to.be.below(HEAP_BOUND_BYTES);
  });
});
