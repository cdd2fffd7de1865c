import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/paths.js';
import { tempDir } from '../helpers/temp-dir.js';

interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
}

/** action.yml read by a real YAML parser (PyYAML, which pre-commit depends on). */
function readAction(): ActionYml {
  const r = spawnSync('/usr/bin/python3', ['-c', 'import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))', path.join(REPO_ROOT, 'action.yml')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cannot parse action.yml: ${r.stderr}`);
  return JSON.parse(r.stdout) as ActionYml;
}

const FIX = path.join(REPO_ROOT, 'test', 'fixtures', 'ci');

/**
 * The GitHub Action's script run as GitHub runs it: `node <main>` in the workspace, inputs as
 * INPUT_* variables (defaults from action.yml, as the runner fills them in), outputs and summary
 * written to the files named by GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.
 */
function runAction(workspace: string, inputs: Record<string, string> = {}) {
  const action = readAction();
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '', GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace };
  for (const [name, spec] of Object.entries(action.inputs)) env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? spec.default ?? '';
  const out = path.join(workspace, '..', `output-${Math.random().toString(36).slice(2)}`);
  const summary = `${out}.md`;
  env.GITHUB_OUTPUT = out;
  env.GITHUB_STEP_SUMMARY = summary;
  const r = spawnSync(process.execPath, [path.join(REPO_ROOT, action.runs.main)], { cwd: workspace, env, encoding: 'utf8', timeout: 120000 });
  const outputs = Object.fromEntries(
    (fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '')
      .split('\n')
      .filter(Boolean)
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, outputs, summary: fs.existsSync(summary) ? fs.readFileSync(summary, 'utf8') : '' };
}

function workspace(files: Record<string, string>): string {
  const root = tempDir('virtlint-action-');
  const ws = path.join(root, 'repo');
  fs.mkdirSync(path.join(ws, '.git'), { recursive: true });
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(ws, rel)), { recursive: true });
    fs.writeFileSync(path.join(ws, rel), content);
  }
  return ws;
}

describe('GitHub Action (action.yml + action/main.mjs, run locally)', function () {
  this.timeout(180000);

  it('action.yml is a node action whose script exists; every input is described and read by the script', () => {
    const action = readAction();
    expect(action.runs.using).to.equal('node20');
    const script = fs.readFileSync(path.join(REPO_ROOT, action.runs.main), 'utf8');
    for (const [name, spec] of Object.entries(action.inputs)) {
      expect(spec.description, name).to.be.a('string').and.not.equal('');
      expect(script, `input ${name}`).to.match(new RegExp(`(input|flag)\\('${name}'\\)`));
    }
    for (const name of Object.keys(action.outputs)) expect(script, `output ${name}`).to.contain(`setOutput('${name}'`);
  });

  it('annotates findings, writes SARIF, sets outputs and fails on errors', () => {
    const ws = workspace({ 'vms/ide.xml': fs.readFileSync(path.join(FIX, 'ide-ioeventfd.xml'), 'utf8'), 'vms/clean.xml': fs.readFileSync(path.join(FIX, 'clean.xml'), 'utf8'), 'logo.svg.xml': '<svg/>' });
    const r = runAction(ws, { paths: 'vms logo.svg.xml' });
    expect(r.code, r.stderr).to.equal(1);
    expect(r.stdout.trim().split('\n')).to.deep.equal([
      "::error file=vms/ide.xml,line=10,endLine=10,col=40,endColumn=54,title=virtlint (ioeventfd-requires-virtio)::ioeventfd is only supported on virtio disks, but disk 'hda' uses bus 'ide': libvirt refuses this domain. Remove ioeventfd or use <target bus='virtio'>",
    ]);
    expect(r.outputs).to.deep.equal({ 'exit-code': '1', errors: '1', warnings: '0', 'sarif-file': 'virtlint.sarif' });
    const sarif = JSON.parse(fs.readFileSync(path.join(ws, 'virtlint.sarif'), 'utf8')) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(sarif.runs[0]?.results.map((x) => [x.ruleId, x.locations[0]?.physicalLocation.artifactLocation.uri])).to.deep.equal([['ioeventfd-requires-virtio', 'vms/ide.xml']]);
    expect(r.summary).to.contain('1 error, 0 warnings');
  });

  it('passes on a clean tree; fail-on-error: false and annotations: false are honoured', () => {
    const clean = runAction(workspace({ 'vm.xml': fs.readFileSync(path.join(FIX, 'clean.xml'), 'utf8') }));
    expect([clean.code, clean.stdout, clean.outputs.errors]).to.deep.equal([0, '', '0']);
    const lenient = runAction(workspace({ 'vm.xml': fs.readFileSync(path.join(FIX, 'ide-ioeventfd.xml'), 'utf8') }), { 'fail-on-error': 'false', annotations: 'false', 'sarif-file': '' });
    expect([lenient.code, lenient.stdout, lenient.outputs.errors, lenient.outputs['exit-code'], lenient.outputs['sarif-file']]).to.deep.equal([0, '', '1', '1', '']);
  });

  it('a usage error fails the step with one annotation saying why', () => {
    const r = runAction(workspace({}), { paths: 'no-such-dir' });
    expect(r.code).to.equal(2);
    expect(r.stdout).to.match(/^::error title=virtlint::virtlint: No such file or directory: no-such-dir/m);
  });
});
