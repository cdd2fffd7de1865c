import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/paths.js';

/** Rule test files that are not about one rule (they hold no documents built for a rule). */
const NOT_RULE_TESTS = new Set(['corpus-no-errors', 'docs']);

/**
 * Runs the compiled rule tests (dist/test/rules/<rule id>.test.js) with the harvest hook, so every
 * document a rule's tests build is written under `dir/<rule id>/`, and returns those documents per
 * rule id. The rule tests build their documents by targeted edits of real, accepted configurations
 * (the seed, a q35 fixture): triggering cases and near misses alike.
 */
export function harvestRuleTestDocuments(dir: string): Map<string, string[]> {
  const testDir = path.join(REPO_ROOT, 'dist/test/rules');
  const files = fs
    .readdirSync(testDir)
    .filter((f) => f.endsWith('.test.js') && !NOT_RULE_TESTS.has(f.replace(/\.test\.js$/, '')))
    .sort()
    .map((f) => path.join(testDir, f));
  const mocha = path.join(REPO_ROOT, 'node_modules/.bin/mocha');
  const hook = path.join(REPO_ROOT, 'dist/test/oracle/harvest-hook.js');
  const r = spawnSync(mocha, ['--no-config', '--reporter', 'dot', '--require', hook, ...files], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, VIRTLINT_ORACLE_HARVEST: dir },
    timeout: 300000,
  });
  if (r.error) throw r.error;
  // A failing rule test still leaves its documents: the oracle judges them all the same.
  const out = new Map<string, string[]>();
  if (!fs.existsSync(dir)) return out;
  for (const id of fs.readdirSync(dir).sort()) {
    const docs = fs
      .readdirSync(path.join(dir, id))
      .filter((f) => f.endsWith('.xml'))
      .sort()
      .map((f) => fs.readFileSync(path.join(dir, id, f), 'utf8'));
    out.set(id, docs);
  }
  return out;
}
