import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lintText } from '../../src/lint.js';
import { decodeBytes } from '../../src/xml/decode.js';
import { parseXml } from '../../src/xml/parse.js';
import { CLI, CORPUS, EXAMPLES } from '../helpers/paths.js';
import { mutants } from '../oracle/mutate.js';
import { FuzzStats, lintChecked } from './invariants.js';

/**
 * Property-based fuzzing of the whole pipeline. The number of cases scales with
 * VIRTLINT_FUZZ_RUNS (default: ~24,000 in `npm test`; `npm run fuzz` runs ten times more).
 */
const SCALE = Number(process.env.VIRTLINT_FUZZ_RUNS ?? 20000) / 20000;
const runs = (n: number): number => Math.max(10, Math.round(n * SCALE));
const SEED = Number(process.env.VIRTLINT_FUZZ_SEED ?? 20261126);

const VOCABULARY = ['domain', 'devices', 'disk', 'driver', 'target', 'source', 'interface', 'model', 'os', 'type', 'name', 'memory', 'vcpu', 'controller', 'address', 'boot', 'emulator', 'video', 'graphics', 'x'];
const ATTRS = ['type', 'bus', 'dev', 'ioeventfd', 'name', 'slot', 'index', 'model', 'device', 'order', 'unit', 'machine', 'arch', 'file'];
const VALUES = ['virtio', 'ide', 'on', 'off', 'qemu', 'kvm', '0x04', '0', '-1', '', 'vda', 'pci', 'drive', '\u{1F600}', 'a&amp;b', '99999999999999999999'];

const xmlEscape = (s: string): string => s.replace(/&(?!amp;)/g, '&amp;').replace(/</g, '&lt;').replace(/'/g, '&apos;');

/** Random well-formed XML trees over libvirt's vocabulary. */
const tree = fc.letrec<{ el: string }>((tie) => ({
  el: fc
    .tuple(
      fc.constantFrom(...VOCABULARY),
      fc.uniqueArray(fc.tuple(fc.constantFrom(...ATTRS), fc.constantFrom(...VALUES)), { maxLength: 4, selector: (a) => a[0] }),
      fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.constant([] as string[]), fc.array(tie('el'), { maxLength: 4 })),
      fc.constantFrom('', 'text', ' 1048576 ', '\n  '),
    )
    .map(([name, attrs, kids, text]) => `<${name}${attrs.map(([k, v]) => ` ${k}='${xmlEscape(v)}'`).join('')}>${xmlEscape(text)}${kids.join('')}</${name}>`),
})).el;

function corpusSample(n: number): { name: string; text: string }[] {
  const dir = fs.existsSync(CORPUS) ? CORPUS : EXAMPLES;
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .filter((_, i, all) => i % Math.max(1, Math.floor(all.length / n)) === 0)
    .slice(0, n)
    .map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

describe('fuzzing the pipeline (lintText)', function () {
  this.timeout(0);
  const stats = new FuzzStats();
  // Compile the grammar once up front: its one-time cost is not a property of any fuzz case.
  before(async () => {
    await lintText(fs.readFileSync(path.join(EXAMPLES, 'seed-disk-ioeventfd.xml'), 'utf8'));
  });
  after(() => {
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

  it('corpus documents truncated at every offset', async () => {
    const docs = corpusSample(2);
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
  it('random files in one run: exit 0 or 1, valid JSON, one result per file, nothing on stderr', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-fuzz-cli-'));
    try {
      const samples = fc.sample(fc.oneof(fc.uint8Array({ maxLength: 4096 }).map((b) => Buffer.from(b)), tree.map((t) => Buffer.from(t))), { numRuns: runs(300), seed: SEED + 5 });
      const files = samples.map((buf, i) => {
        const f = path.join(dir, `f${String(i).padStart(4, '0')}.xml`);
        fs.writeFileSync(f, buf);
        return f;
      });
      const r = spawnSync(process.execPath, [CLI, '--format', 'json', dir], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 300000 });
      expect(r.stderr).to.equal('');
      expect([0, 1]).to.include(r.status);
      const results = JSON.parse(r.stdout) as { filePath: string }[];
      expect(results.map((x) => x.filePath)).to.deep.equal(files);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
