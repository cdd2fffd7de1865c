import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { lintText } from '../../src/linter/lint.js';
import { KIND_GRAMMARS, kindOfRoot } from '../../src/schema/kinds.js';
import { CORPUS } from '../helpers/paths.js';
import { LIBVIRT_SCHEMAS, jingAvailable, jingInvalid } from '../oracle/jing.js';

/**
 * How often virtlint's first schema diagnostic is on the line where jing (a strict RelaxNG
 * validator) puts its first error, over the real documents of the shared corpus that jing rejects.
 * (libxml2, the engine before virtlint had its own, reported most of these on an ancestor.)
 */

interface Row {
  readonly file: string;
  readonly root: string;
  readonly jing: string;
  readonly expected: string;
  /** Lines of jing's errors, in jing's order. */
  readonly jingLines: readonly number[];
}

function readVerdicts(): Row[] {
  const lines = fs.readFileSync(path.join(CORPUS, 'VERDICTS.tsv'), 'utf8').trim().split('\n');
  const header = (lines[0] as string).split('\t');
  const col = (name: string): number => header.indexOf(name);
  return lines.slice(1).map((l) => {
    const c = l.split('\t');
    const errors = c[col('jing_errors')] ?? '';
    const jingLines = [...errors.matchAll(/(?:^|\s)(\d+):\d+: (?:fatal )?error:/g)].map((m) => Number(m[1]));
    return { file: c[col('file')] as string, root: c[col('root')] as string, jing: c[col('jing')] as string, expected: c[col('expected')] as string, jingLines };
  });
}

interface Score {
  readonly total: number;
  readonly onFirstLine: number;
  readonly onSomeLine: number;
  readonly misses: readonly string[];
}

async function score(rows: readonly Row[], schemaDir: string | undefined): Promise<Score> {
  let onFirstLine = 0;
  let onSomeLine = 0;
  const misses: string[] = [];
  for (const row of rows) {
    const text = fs.readFileSync(path.join(CORPUS, row.file), 'utf8');
    const r = await lintText(text, { filePath: row.file, ruleSet: [], ...(schemaDir ? { schemaDir } : {}) });
    const first = r.diagnostics.find((d) => d.ruleId.startsWith('schema/'));
    const line = first?.range.start.line;
    if (line === row.jingLines[0]) onFirstLine++;
    if (line !== undefined && row.jingLines.includes(line)) onSomeLine++;
    if (line !== row.jingLines[0]) misses.push(`${row.file}: jing ${row.jingLines[0]}, virtlint ${line ?? 'none'}${first ? ` (${first.ruleId}: ${first.message.slice(0, 90)})` : ''}`);
  }
  return { total: rows.length, onFirstLine, onSomeLine, misses };
}

const pct = (n: number, d: number): string => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;

describe("corpus: virtlint's first schema diagnostic is on jing's first error line", function () {
  this.timeout(300000);
  let rows: Row[];
  before(function () {
    if (!fs.existsSync(path.join(CORPUS, 'VERDICTS.tsv'))) throw new Error(`the shared corpus is missing: expected ${CORPUS}`);
    rows = readVerdicts().filter((r) => kindOfRoot(r.root) !== undefined);
  });

  it("with libvirt 9.0's schemas (documents jing rejects with both upstream and 9.0 schemas)", async function () {
    if (!fs.existsSync(path.join(LIBVIRT_SCHEMAS, 'domain.rng'))) {
      console.log(`      skipped: ${LIBVIRT_SCHEMAS} is missing (install libvirt-daemon)`);
      this.skip();
    }
    if (!jingAvailable()) {
      console.log('      skipped: jing is not installed (apt-get install jing): it decides which documents libvirt 9.0 rejects');
      this.skip();
    }
    const rejectedUpstream = rows.filter((r) => r.jing === 'invalid' && r.jingLines.length > 0);
    // Which of them libvirt 9.0's schemas reject too, by jing (one JVM per grammar file).
    const byGrammar = new Map<string, Row[]>();
    for (const r of rejectedUpstream) {
      const file = path.join(LIBVIRT_SCHEMAS, KIND_GRAMMARS[kindOfRoot(r.root)!].file);
      byGrammar.set(file, [...(byGrammar.get(file) ?? []), r]);
    }
    const rejected9: Row[] = [];
    for (const [grammar, group] of byGrammar) {
      const invalid = jingInvalid(grammar, group.map((r) => path.join(CORPUS, r.file)));
      rejected9.push(...group.filter((r) => invalid.has(path.join(CORPUS, r.file))));
    }
    expect(rejected9.length, 'libvirt 9.0 rejects most of what upstream rejects').to.be.greaterThan(rejectedUpstream.length / 2);
    const s = await score(rejected9, LIBVIRT_SCHEMAS);
    console.log(
      `      libvirt 9.0 schemas: ${s.onFirstLine}/${s.total} (${pct(s.onFirstLine, s.total)}) on jing's first error line, ` +
        `${s.onSomeLine}/${s.total} (${pct(s.onSomeLine, s.total)}) on one of jing's error lines`,
    );
    for (const m of s.misses) console.log(`        miss: ${m}`);
    expect(s.onFirstLine / s.total).to.be.at.least(0.93);
  });

  it('with the bundled grammar (documents whose expected verdict is invalid)', async function () {
    const invalid = rows.filter((r) => r.expected === 'invalid' && r.jingLines.length > 0);
    const s = await score(invalid, undefined);
    console.log(
      `      bundled grammar: ${s.onFirstLine}/${s.total} (${pct(s.onFirstLine, s.total)}) on jing's first error line, ` +
        `${s.onSomeLine}/${s.total} (${pct(s.onSomeLine, s.total)}) on one of jing's error lines`,
    );
    for (const m of s.misses) console.log(`        miss: ${m}`);
    expect(s.onFirstLine / s.total).to.be.at.least(0.9);
    expect(s.onSomeLine / s.total).to.be.at.least(0.92);
  });
});
