import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { lintFiles } from '../../src/lint-files.js';
import { CLI, CORPUS } from '../helpers/paths.js';

interface Row {
  file: string;
  root: string;
  jing: string;
  expected: string;
  jingErrors: string;
}

function readVerdicts(): Row[] {
  const lines = fs.readFileSync(path.join(CORPUS, 'VERDICTS.tsv'), 'utf8').trim().split('\n');
  const header = lines[0]!.split('\t');
  const col = (name: string): number => header.indexOf(name);
  return lines.slice(1).map((l) => {
    const c = l.split('\t');
    return { file: c[col('file')]!, root: c[col('root')]!, jing: c[col('jing')]!, expected: c[col('expected')]!, jingErrors: c[col('jing_errors')] ?? '' };
  });
}

describe('the shared corpus (real VM definitions from virt-install)', function () {
  before(function () {
    if (!fs.existsSync(path.join(CORPUS, 'VERDICTS.tsv'))) {
      throw new Error(`the shared corpus is missing: expected ${CORPUS} (a checkout next to ../shared)`);
    }
  });

  it("virtlint's schema verdict equals VERDICTS.tsv's `expected` for every document", async () => {
    const rows = readVerdicts();
    const results = await lintFiles(rows.map((r) => path.join(CORPUS, r.file)));
    const disagreements: string[] = [];
    rows.forEach((row, i) => {
      const schemaErrors = results[i]!.diagnostics.filter((d) => d.ruleId.startsWith('schema/') || d.ruleId.startsWith('xml/'));
      const ours = schemaErrors.length > 0 ? 'invalid' : 'valid';
      if (ours !== row.expected) {
        disagreements.push(`${row.file}: ours=${ours} expected=${row.expected}${schemaErrors[0] ? ` (${schemaErrors[0].range.start.line}: ${schemaErrors[0].message})` : ''}`);
      }
    });
    console.log(`      corpus: ${rows.length - disagreements.length}/${rows.length} agree with expected`);
    expect(disagreements, disagreements.join('\n')).to.deep.equal([]);
  });

  it('the CLI processes every corpus document without an internal error (exit 0 or 1)', () => {
    const r = spawnSync(process.execPath, [CLI, '--format', 'json', CORPUS], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120000 });
    expect(r.stderr).to.equal('');
    expect([0, 1]).to.include(r.status);
    const results = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(results.length).to.equal(readVerdicts().length);
    const crashes = results.flatMap((x) => x.messages.filter((m) => m.ruleId === 'virtlint/rule-crashed').map(() => x.filePath));
    expect(crashes).to.deep.equal([]);
  });
});
