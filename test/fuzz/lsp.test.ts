import { expect } from 'chai';
import fc from 'fast-check';
import fs from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, PublishDiagnosticsParams, Range } from 'vscode-languageserver-protocol';
import { TestLspClient } from '../lsp/client.js';
import { corpusSample, runs, SEED } from './generators.js';
import { FuzzStats, HEAP_BOUND_BYTES } from './invariants.js';

/**
 * Fuzzing the language server as an editor drives it: a real server process receives random
 * incremental edits (half-typed tags, deletions across markup, lone surrogates, NUL, CR) and
 * random completion and hover requests. It must keep answering, and every diagnostic it publishes
 * must lie inside the text of the version it names.
 */

/** Pieces a person (or a paste) inserts while typing XML. */
const PIECE = fc.oneof(
  fc.constantFrom('<', '</', '<disk', '<disk ', ' type=', " type='", "'", '"', '>', '/>', '</disk>', '<devices>', '<!--', '-->', '<![CDATA[', '&', '&amp', '&#', '\n', '\r', '\r\n', '\t', '\0', '\uD800', '\uDFFF', '\u{1F600}', '\uFEFF', 'é', '<?xml version="1.0"?>', '<!DOCTYPE domain>', 'xmlns:q="x"', '<q:x/>', '<domain>', '</domain>'),
  fc.string({ unit: 'binary', maxLength: 8 }),
);

type Edit = { readonly kind: 'insert' | 'delete' | 'replace' | 'whole'; readonly at: number; readonly len: number; readonly piece: string };

const EDIT: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('insert', 'insert', 'delete', 'replace', 'whole'),
  at: fc.nat(),
  len: fc.nat({ max: 40 }),
  piece: PIECE,
}) as fc.Arbitrary<Edit>;

/** True when an LSP position lies inside the document (as the client's own text model sees it). */
function inside(doc: TextDocument, p: Position): boolean {
  if (p.line < 0 || p.character < 0 || p.line >= doc.lineCount) return false;
  const lineStart = doc.offsetAt({ line: p.line, character: 0 });
  const nextLine = p.line + 1 < doc.lineCount ? doc.offsetAt({ line: p.line + 1, character: 0 }) : doc.getText().length;
  const lineText = doc.getText().slice(lineStart, nextLine).replace(/\r?\n$|\r$/, '');
  return p.character <= lineText.length;
}

const ordered = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.character <= b.character);

function assertInside(texts: Map<number, string>, p: PublishDiagnosticsParams): void {
  if (p.version === undefined) throw new Error('published diagnostics without a version');
  const text = texts.get(p.version);
  expect(text, `diagnostics for unknown version ${p.version}`).to.be.a('string');
  const doc = TextDocument.create(p.uri, 'xml', p.version, text as string);
  for (const d of p.diagnostics) {
    const r: Range = d.range;
    const where = `${d.code as string} ${JSON.stringify(r)} in version ${p.version}: ${JSON.stringify(text)}`;
    expect(inside(doc, r.start), `start outside: ${where}`).to.equal(true);
    expect(inside(doc, r.end), `end outside: ${where}`).to.equal(true);
    expect(ordered(r.start, r.end), `start after end: ${where}`).to.equal(true);
  }
}

describe('fuzzing the language server (random edits of open documents)', function () {
  this.timeout(0);
  let client: TestLspClient;
  const stats = new FuzzStats();
  before(async () => {
    ({ client } = await TestLspClient.start({ debounceMs: 0 }));
  });
  after(async () => {
    console.log(`      lsp fuzz: ${stats.cases} edits, slowest round ${stats.slowestMs.toFixed(1)} ms (${stats.slowestCase})`);
    if (client) {
      const code = await client.stop();
      expect(code, 'the server exits cleanly after the fuzzing').to.equal(0);
    }
  });

  it('random edit sequences: no crash, every published range inside its version of the text', async () => {
    const docs = corpusSample(20);
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(docs.length - 1), fc.array(EDIT, { minLength: 1, maxLength: 12 }), fc.nat(), async (which, edits, probe) => {
        const uri = `file:///fuzz/doc-${n++}.xml`;
        const start = docs[which]!.text;
        const texts = new Map<number, string>([[1, start]]);
        const seen: PublishDiagnosticsParams[] = [];
        const firstPublish = client.nextDiagnostics(uri, (p) => p.version === 1);
        const t0 = performance.now();
        await client.open(uri, start);
        seen.push(await firstPublish);
        let doc = TextDocument.create(uri, 'xml', 1, start);
        for (const e of edits) {
          const text = doc.getText();
          const from = e.at % (text.length + 1);
          const to = Math.min(text.length, from + (e.kind === 'insert' ? 0 : e.len));
          const change =
            e.kind === 'whole'
              ? { text: text.slice(0, from) + e.piece }
              : { range: { start: doc.positionAt(from), end: doc.positionAt(to) }, text: e.kind === 'delete' ? '' : e.piece };
          const version = doc.version + 1;
          doc = TextDocument.update(doc, [change], version);
          texts.set(version, doc.getText());
          expect(await client.change(uri, [change])).to.equal(version);
        }
        // Completion, hover and code actions on the half-edited text must answer (possibly with nothing).
        const at = doc.positionAt(probe % (doc.getText().length + 1));
        await client.completion(uri, at);
        await client.hover(uri, at);
        const lastSeen = [...client.published].reverse().find((p) => p.uri === uri);
        const whole = { start: { line: 0, character: 0 }, end: doc.positionAt(doc.getText().length) };
        const actions = await client.codeActions(uri, whole, lastSeen?.version === doc.version ? lastSeen.diagnostics : []);
        for (const a of actions ?? []) {
          const edits = 'edit' in a ? (a.edit?.documentChanges ?? []).flatMap((c) => ('edits' in c ? c.edits : [])) : [];
          for (const e of edits) {
            expect(inside(doc, e.range.start) && inside(doc, e.range.end), `code action edit ${JSON.stringify(e.range)} outside the document`).to.equal(true);
          }
        }
        // A final, known libvirt document is always published: everything before it has been handled.
        const finalVersion = doc.version + 1;
        texts.set(finalVersion, start);
        const last = client.nextDiagnostics(uri, (p) => p.version === finalVersion);
        await client.change(uri, [{ text: start }]);
        await last;
        seen.push(...client.published.filter((p) => p.uri === uri));
        // Each edit is a case: the server linted (or skipped as stale) every version it was sent.
        stats.record(`lsp: ${docs[which]!.name} with ${edits.length} edits (whole round)`, performance.now() - t0, edits.length);
        for (const p of seen) assertInside(texts, p);
        await client.close(uri);
        expect(client.child.exitCode, `server exited; stderr: ${client.stderr}`).to.equal(null);
      }),
      { numRuns: runs(500), seed: SEED + 20 },
    );
    client.published.length = 0;
    expect(client.stderr).to.equal('');
    // The server's memory stays bounded over the whole session (a leak per document would show here).
    const status = fs.readFileSync(`/proc/${client.child.pid}/status`, 'utf8');
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    expect(rssKb * 1024, `server RSS ${(rssKb / 1024).toFixed(0)} MB`).to.be.below(HEAP_BOUND_BYTES);
  });
});
