import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lintText } from '../../src/linter/lint.js';
import { decodeBytes } from '../../src/xml/decode.js';
import { parseXml } from '../../src/xml/parse.js';
import { CLI, EXAMPLES } from '../helpers/paths.js';
import { mutants } from '../oracle/mutate.js';
import { corpusSample, encodings, halfTyped, pathological, runs, SCALE, SEED, tree } from './generators.js';
import { assertHeapBounded, FuzzStats, lintChecked } from './invariants.js';

// Root-level hook: after every fuzz suite of this run, one line with the totals.
after(() => {
  const t = FuzzStats.total;
  console.log(`\n  fuzz total: ${t.cases} cases, 0 failures; slowest ${t.slowestMs.toFixed(1)} ms (${t.slowestCase})`);
});

describe('fuzzing the pipeline (lintText)', function () {
  this.timeout(0);
  const stats = new FuzzStats();
  // Compile the grammar once up front: its one-time cost is not a property of any fuzz case.
  before(async () => {
    await lintText(fs.readFileSync(path.join(EXAMPLES, 'seed-disk-ioeventfd.xml'), 'utf8'));
  });
  after(() => {
    assertHeapBounded();
    console.log(`      fuzz: ${stats.cases} cases, slowest ${stats.slowestMs.toFixed(1)} ms (${stats.slowestCase}); heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
  });

  it('random bytes (decoded as a file would be)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        const decoded = decodeBytes(bytes);
        if (decoded.ok) await lintChecked(decoded.text, stats, 'random bytes');
        else stats.record('random bytes (refused)', 0);
      }),
      { numRuns: runs(4000), seed: SEED },
    );
  });

  it('random Unicode text, lone surrogates and NUL included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 512 }), async (s) => {
        await lintChecked(s, stats, 'random unicode');
        await lintChecked(`<domain type='kvm'><name>${s}</name></domain>`, stats, 'unicode in a name');
      }),
      { numRuns: runs(2500), seed: SEED + 1 },
    );
  });

  it('random well-formed XML trees over the libvirt vocabulary', async () => {
    await fc.assert(
      fc.asyncProperty(tree, fc.boolean(), async (xml, asDomain) => {
        const text = asDomain ? `<domain type='kvm'><name>f</name><memory>1</memory><os><type>hvm</type></os><devices>${xml}</devices></domain>` : xml;
        const r = await lintChecked(text, stats, 'random tree');
        expect(r.diagnostics.some((d) => d.ruleId === 'xml/not-well-formed')).to.equal(false);
      }),
      { numRuns: runs(4000), seed: SEED + 2 },
    );
  });

  it('half-typed documents (random sequences of markup pieces)', async () => {
    await fc.assert(
      fc.asyncProperty(halfTyped, async (text) => {
        await lintChecked(text, stats, 'half-typed');
      }),
      { numRuns: runs(3000), seed: SEED + 6 },
    );
  });

  it('documents of pathological shape, near and past the limits', async () => {
    await fc.assert(
      fc.asyncProperty(pathological, async (text) => {
        await lintChecked(text, stats, `pathological (${text.length} characters: ${text.slice(0, 60)}…)`);
      }),
      { numRuns: runs(150), seed: SEED + 7 },
    );
  });

  it('corpus documents as bytes in other encodings, damaged at random', async () => {
    const docs = corpusSample(30);
    await fc.assert(
      fc.asyncProperty(fc.nat(docs.length - 1), fc.nat(5), fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 4 }), fc.boolean(), async (which, how, at, junk, damage) => {
        const { name, text } = docs[which]!;
        const { name: encoding, bytes } = encodings(text)[how]!;
        const pos = at % (bytes.length + 1);
        const input = damage ? Buffer.concat([bytes.subarray(0, pos), junk, bytes.subarray(pos)]) : bytes;
        const decoded = decodeBytes(input);
        if (!decoded.ok) {
          expect(decoded.diagnostic.ruleId).to.equal('xml/encoding');
          stats.record(`${name} as ${encoding} (refused)`, 0);
          return;
        }
        await lintChecked(decoded.text, stats, `${name} as ${encoding}${damage ? `, ${junk.length} bytes spliced at ${pos}` : ''}`);
      }),
      { numRuns: runs(1500), seed: SEED + 8 },
    );
  });

  it('corpus documents truncated at every offset', async () => {
    const docs = corpusSample(3);
    for (const { name, text } of docs) {
      const step = Math.max(1, Math.round(1 / SCALE));
      for (let i = 0; i < text.length; i += step) await lintChecked(text.slice(0, i), stats, `${name} truncated at ${i}`);
    }
  });

  it('corpus documents with random attribute and element edits, duplicated and deleted subtrees', async () => {
    const docs = corpusSample(60);
    await fc.assert(
      fc.asyncProperty(fc.nat(docs.length - 1), fc.nat(), async (which, seed) => {
        const { name, text } = docs[which]!;
        const parsed = parseXml(text);
        if (!parsed.ok) return;
        for (const m of mutants(parsed.document, 2, seed)) await lintChecked(m.text, stats, `${name}: ${m.description}`);
      }),
      { numRuns: runs(2500), seed: SEED + 3 },
    );
  });

  it('corpus documents with CRLF, BOMs, UTF-16 and random characters spliced in', async () => {
    const docs = corpusSample(30);
    const splice = fc.constantFrom('\0', '\uD800', '\uDFFF', '\u{10FFFF}', '&', '<', ']]>', '<!--', '"', "'", '\r', '&#0;', '&#xD800;', '<!DOCTYPE x>', '<?xml version="1.0"?>');
    await fc.assert(
      fc.asyncProperty(fc.nat(docs.length - 1), fc.nat(), splice, fc.constantFrom('crlf', 'bom', 'utf16', 'splice'), async (which, at, piece, how) => {
        const { name, text } = docs[which]!;
        let variant: string;
        if (how === 'crlf') variant = text.replace(/\n/g, '\r\n');
        else if (how === 'bom') variant = `\uFEFF${text}`;
        else if (how === 'utf16') {
          const decoded = decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
          expect(decoded.ok).to.equal(true);
          variant = decoded.ok ? decoded.text : text;
        } else {
          const pos = at % (text.length + 1);
          variant = text.slice(0, pos) + piece + text.slice(pos);
        }
        await lintChecked(variant, stats, `${name} (${how})`);
      }),
      { numRuns: runs(2500), seed: SEED + 4 },
    );
  });
});

describe('fuzzing the CLI', function () {
  this.timeout(0);
  // A CLI case is one file; the time recorded is the whole run's.
  const cliStats = new FuzzStats();
  after(() => console.log(`      cli fuzz: ${cliStats.cases} files, slowest run ${cliStats.slowestMs.toFixed(0)} ms (${cliStats.slowestCase})`));
  it('random files in one run: exit 0 or 1, valid JSON, one result per file, nothing on stderr', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-fuzz-cli-'));
    try {
      const samples = fc.sample(fc.oneof(fc.uint8Array({ maxLength: 4096 }).map((b) => Buffer.from(b)), tree.map((t) => Buffer.from(t))), { numRuns: runs(300), seed: SEED + 5 });
      const files = samples.map((buf, i) => {
        const f = path.join(dir, `f${String(i).padStart(4, '0')}.xml`);
        fs.writeFileSync(f, buf);
        return f;
      });
      const t0 = performance.now();
      const r = spawnSync(process.execPath, [CLI, '--format', 'json', dir], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 300000 });
      cliStats.record(`cli: ${files.length} random files in one run`, performance.now() - t0, files.length);
      expect(r.stderr).to.equal('');
      expect([0, 1]).to.include(r.status);
      const results = JSON.parse(r.stdout) as { filePath: string }[];
      expect(results.map((x) => x.filePath)).to.deep.equal(files);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('corpus files re-encoded, truncated and damaged in one run: one result per file, positions inside the file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-fuzz-cli-enc-'));
    try {
      const docs = corpusSample(40);
      const cases = fc.sample(fc.tuple(fc.nat(docs.length - 1), fc.nat(5), fc.nat(), fc.uint8Array({ maxLength: 3 })), { numRuns: runs(200), seed: SEED + 9 });
      const files = cases.map(([which, how, at, junk], i) => {
        const { bytes } = encodings(docs[which]!.text)[how]!;
        const cut = at % (bytes.length + 1);
        const f = path.join(dir, `e${String(i).padStart(4, '0')}.xml`);
        fs.writeFileSync(f, Buffer.concat([bytes.subarray(0, cut), junk, bytes.subarray(cut, cut + (at % 3 === 0 ? 0 : bytes.length))]));
        return f;
      });
      const t0 = performance.now();
      const r = spawnSync(process.execPath, [CLI, '--format', 'json', dir], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 300000 });
      cliStats.record(`cli: ${files.length} re-encoded corpus files in one run`, performance.now() - t0, files.length);
      expect(r.stderr).to.equal('');
      expect([0, 1]).to.include(r.status);
      const results = JSON.parse(r.stdout) as { filePath: string; messages: { line: number; column: number }[] }[];
      expect(results.map((x) => x.filePath)).to.deep.equal(files);
      for (const res of results) {
        const decoded = decodeBytes(fs.readFileSync(res.filePath));
        const lines = decoded.ok ? decoded.text.split(/\r\n|\r|\n/) : [''];
        for (const m of res.messages) {
          expect(m.line, res.filePath).to.be.within(1, lines.length);
          expect(m.column, res.filePath).to.be.within(1, lines[m.line - 1]!.length + 1);
        }
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
