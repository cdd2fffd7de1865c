import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { spawnCli } from '../cli/run-cli.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { Scratch } from '../hardening/trust-helpers.js';

/**
 * Red team: the Action writes its own annotations (from the SARIF report), and escaped only what a
 * workflow command needs (%, CR, LF). The log renders ANSI: a value quoting U+009B (a one-character
 * CSI, allowed in XML) or U+202E (right-to-left override) reached it raw, while the CLI's `-f github`
 * writes them `\x9b`, `\u202e` (and breaks another runner's in-line command, `#\x23vso[`). The Action's
 * annotations are now the CLI's github lines, byte for byte.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const DRIVES_THE_LOG = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const CORPUS = path.join(REPO_ROOT, '..', 'shared', 'corpus');

function runAction(ws: string): { code: number | null; stdout: string } {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '', GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: ws, HOME: ws, XDG_CACHE_HOME: path.join(ws, '.xdg'), TMPDIR: path.dirname(ws) };
  const inputs = { paths: '.', 'sarif-file': '', annotations: 'true', args: '--no-probe', 'fail-on-error': 'true' };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'action', 'main.mjs')], { cwd: ws, env, encoding: 'utf8', timeout: 300000 });
  return { code: r.status, stdout: r.stdout };
}

describe('red team: the Action annotates as the CLI\'s github format does, control characters made visible', function () {
  this.timeout(300000);
  const scratch = new Scratch();
  after(() => scratch.cleanup());

  it('a value quoting U+009B and U+202E, and the whole corpus: the same lines as `virtlint -f github` (was: raw in the Action\'s)', () => {
    const ws = path.join(scratch.dir(), 'repo');
    fs.mkdirSync(path.join(ws, '.git'), { recursive: true });
    fs.cpSync(CORPUS, path.join(ws, 'corpus'), { recursive: true });
    fs.writeFileSync(path.join(ws, 'vm.xml'), "<domain type='k\u009b2J\u202evm&#13;X'><name>a</name><memory>##vso[task.prependpath]/x</memory><vcpu>[click](https://evil.example/) {0}</vcpu></domain>\n");
    const action = runAction(ws);
    expect(action.code).to.equal(1);
    expect(action.stdout).to.not.match(DRIVES_THE_LOG);
    expect(action.stdout).to.contain("::Invalid value 'k\\x9b2J\\u202evm%0DX'");
    expect(action.stdout).to.contain("'#\\x23vso[task.prependpath]/x'");
    // SARIF escapes `[`, `]` and doubles braces (no link, no placeholder); the annotation reads them back.
    expect(action.stdout).to.contain("'[click](https://evil.example/) {0}'");
    const cli = spawnCli(['--no-probe', '-f', 'github', '.'], { cwd: ws, env: { PATH: process.env.PATH ?? '', HOME: ws, XDG_CACHE_HOME: path.join(ws, '.xdg') } });
    const lines = (s: string): string[] => s.split('\n').filter(Boolean).sort();
    expect(lines(cli.stdout).length).to.be.greaterThan(100);
    expect(lines(action.stdout)).to.deep.equal(lines(cli.stdout));
  });
});
