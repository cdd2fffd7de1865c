/**
 * A schema message must not depend on what a process validated before. The engine's states are
 * hash-consed derivatives whose ids follow the order they were first built in, so a list of what
 * the grammar allows, collected by walking a state, came out in an order that depended on the
 * documents a thread had seen (`--concurrency auto` printed "socket, name, dir" where one thread
 * printed "socket, dir, name"). Each corpus document is linted in a fresh process, and again in
 * one process after every other corpus document (in reverse order): the schema messages must be
 * the same.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CORPUS, REPO_ROOT } from '../helpers/paths.js';

const INDEX = path.join(REPO_ROOT, 'dist', 'src', 'index.js');

/** Runs `files` through lintText in one new process, in order; returns each file's schema messages. */
function schemaMessages(files: readonly string[]): Record<string, string[]> {
  const script = `
    const { lintText } = await import(${JSON.stringify(INDEX)});
    const fs = await import('node:fs');
    const out = {};
    for (const f of JSON.parse(process.argv[1])) {
      const r = await lintText(fs.readFileSync(f, 'utf8'));
      out[f] = r.diagnostics.filter((d) => d.ruleId.startsWith('schema/')).map((d) => d.ruleId + ' ' + d.range.start.line + ':' + d.range.start.character + ' ' + d.message);
    }
    process.stdout.write(JSON.stringify(out));
  `;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(files)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Record<string, string[]>;
}

describe('schema: messages do not depend on what the process validated before', function () {
  this.timeout(300000);

  it('every invalid corpus document gets the same schema messages alone as after the whole corpus', () => {
    const files = fs
      .readdirSync(CORPUS)
      .filter((n) => n.endsWith('.xml'))
      .map((n) => path.join(CORPUS, n));
    const afterAll = schemaMessages([...files].reverse());
    const invalid = files.filter((f) => (afterAll[f] ?? []).length > 0);
    expect(invalid.length, 'corpus documents with schema findings').to.be.greaterThan(20);
    const differences: string[] = [];
    for (const f of invalid) {
      const alone = schemaMessages([f])[f];
      if (JSON.stringify(alone) !== JSON.stringify(afterAll[f])) differences.push(`${path.basename(f)}:\n  alone: ${JSON.stringify(alone)}\n  after: ${JSON.stringify(afterAll[f])}`);
    }
    expect(differences).to.deep.equal([]);
  });
});
