import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { validateConfig, validateRuleSetting } from '../../src/config/index.js';
import { BUILTIN_IDS } from '../../src/builtin-ids.js';
import { DIAGNOSTIC_IDS } from '../../src/diagnostic-ids.js';
import { classifyRoot } from '../../src/document-kind.js';
import { lintText } from '../../src/linter/lint.js';
import { parseXml } from '../../src/xml/parse.js';
import { runCli } from '../cli/run-cli.js';
import { tempDir, writeTree } from '../cli/tmp.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { TestLspClient } from '../lsp/client.js';

const CLEAN = fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'ci', 'clean.xml'), 'utf8');
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="5" height="5"/></svg>\n';
const POM = '<?xml version="1.0"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion></project>\n';

function verdict(xml: string): string {
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new Error(parsed.diagnostic.message);
  const v = classifyRoot(parsed.document.root);
  return 'kind' in v ? `kind:${v.kind}` : 'nearMiss' in v ? v.nearMiss.ruleId : 'not-libvirt';
}

describe('is it a libvirt document? (other XML in the repository)', () => {
  it('classifies roots: libvirt kinds, near misses, other XML', () => {
    const cases: Record<string, string> = {
      "<domain type='kvm'/>": 'kind:domain',
      '<network/>': 'kind:network',
      '<domainsnapshot/>': 'kind:domainsnapshot',
      '<domian/>': 'schema/misspelled-root',
      '<Domain/>': 'schema/misspelled-root',
      '<netwrok/>': 'schema/misspelled-root',
      '<domainsnapshto/>': 'schema/misspelled-root',
      '<pol/>': 'schema/misspelled-root',
      "<domain type='kvm' xmlns:qemu='http://libvirt.org/schemas/domain/qemu/1.0'/>": 'kind:domain',
      '<domain xmlns="" type="kvm"/>': 'kind:domain',
      '<domain xmlns="http://example.com/vm"/>': 'schema/root-namespace',
      '<v:domain xmlns:v="http://example.com/vm"/>': 'schema/root-namespace',
      [SVG]: 'not-libvirt',
      [POM]: 'not-libvirt',
      '<module type="JAVA_MODULE" version="4"/>': 'not-libvirt',
      '<html><body/></html>': 'not-libvirt',
      '<config/>': 'not-libvirt',
      '<domains><domain/></domains>': 'not-libvirt',
      '<interfaces/>': 'not-libvirt',
      '<Project Sdk="Microsoft.NET.Sdk"/>': 'not-libvirt',
      '<svg:domian xmlns:svg="http://www.w3.org/2000/svg"/>': 'not-libvirt',
    };
    const got = Object.fromEntries(Object.keys(cases).map((x) => [x, verdict(x)]));
    expect(got).to.deep.equal(cases);
  });

  it('lintText skips other XML silently (a note says why) and reports it when schema/unknown-root is on', async () => {
    const skipped = await lintText(SVG, { filePath: 'logo.svg' });
    expect(skipped.diagnostics).to.deep.equal([]);
    expect(skipped.skipped).to.equal(true);
    expect(skipped.notes.join('\n')).to.match(/skipped: <svg> is not a libvirt document/);
    const reported = await lintText(SVG, { filePath: 'logo.svg', rules: { 'schema/unknown-root': 'warn' } });
    expect(reported.skipped).to.equal(undefined);
    expect(reported.diagnostics.map((d) => [d.ruleId, d.severity, d.range.start.line, d.range.start.column])).to.deep.equal([['schema/unknown-root', 'warning', 1, 2]]);
  });

  it('a near miss is an error at the root element name, with a suggestion', async () => {
    const typo = await lintText(CLEAN.replace(/<(\/?)domain\b/g, '<$1domian'));
    expect(typo.diagnostics.map((d) => [d.ruleId, d.severity, d.message, d.range.start.column, d.range.end.column])).to.deep.equal([
      ['schema/misspelled-root', 'error', '<domian> is not a libvirt document kind; did you mean <domain>?', 2, 8],
    ]);
    const ns = await lintText(CLEAN.replace("<domain type='kvm'>", "<domain xmlns='http://libvirt.org/schemas/domain/qemu/1.0' type='kvm'>"));
    expect(ns.diagnostics.map((d) => d.ruleId)).to.deep.equal(['schema/root-namespace']);
    expect(ns.diagnostics[0]?.message).to.contain("namespace 'http://libvirt.org/schemas/domain/qemu/1.0'");
    const off = await lintText(CLEAN.replace(/<(\/?)domain\b/g, '<$1domian'), { rules: { 'schema/misspelled-root': 'off' } });
    expect(off.diagnostics).to.deep.equal([]);
  });

  it('every built-in id takes a level like a rule: schema/*, xml/*, virtlint/*', async () => {
    const bad = CLEAN.replace("bus='virtio'", "bus='virtioo'");
    const builtins = (r: { diagnostics: readonly { ruleId: string; severity: string }[] }): string[][] => r.diagnostics.filter((d) => d.ruleId.includes('/')).map((d) => [d.ruleId, d.severity]);
    expect(builtins(await lintText(bad))).to.deep.equal([['schema/invalid-value', 'error']]);
    expect(builtins(await lintText(bad, { rules: { 'schema/invalid-value': 'warn' } }))).to.deep.equal([['schema/invalid-value', 'warning']]);
    expect(builtins(await lintText(bad, { rules: { 'schema/invalid-value': 'off' } }))).to.deep.equal([]);
    const broken = await lintText('<domain><name>x</domain>', { rules: { 'xml/not-well-formed': 'warn' } });
    expect(broken.diagnostics.map((d) => [d.ruleId, d.severity])).to.deep.equal([['xml/not-well-formed', 'warning']]);
  });

  it('configuration and --rule accept built-in ids; unknown ids still fail with a suggestion', async () => {
    expect(validateRuleSetting('schema/unknown-root', 'error', 'x')).to.equal('error');
    expect(validateRuleSetting('io/unreadable', 0, 'x')).to.equal('off');
    expect(validateConfig([{ rules: { 'xml/doctype': 'warn', 'virtlint/rule-crashed': 2 } }], 'c.json', '/')[0]?.rules).to.deep.equal({ 'xml/doctype': 'warn', 'virtlint/rule-crashed': 'error' });
    expect(() => validateRuleSetting('schema/unknown-rot', 'off', 'x')).to.throw(/unknown rule 'schema\/unknown-rot' \(did you mean 'schema\/unknown-root'\?\)/);
    const dir = tempDir();
    writeTree(dir, { 'pom.xml': POM });
    const r = await runCli(['--rule', 'schema/unknown-root:error', '--no-probe', 'pom.xml'], { cwd: dir });
    expect(r.code).to.equal(1);
    expect(r.stdout).to.contain('schema/unknown-root');
  });

  it('the CLI passes over other XML (exit 0) and counts it with --verbose', async () => {
    const dir = tempDir();
    writeTree(dir, { 'repo/logo.svg.xml': SVG, 'repo/pom.xml': POM, 'repo/vm.xml': CLEAN });
    const quiet = await runCli(['--no-probe', 'repo'], { cwd: dir });
    expect([quiet.code, quiet.stdout, quiet.stderr]).to.deep.equal([0, '', '']);
    const verbose = await runCli(['--no-probe', '--verbose', 'repo'], { cwd: dir });
    expect(verbose.stderr).to.match(/pom\.xml: note: skipped: <project> is not a libvirt document/);
    expect(verbose.stderr).to.contain('virtlint: 1 file checked, 2 skipped (not libvirt XML)\n');
    // The result cache remembers that a file was skipped.
    for (let i = 0; i < 2; i++) {
      const cached = await runCli(['--no-probe', '--verbose', '--cache', '--cache-location', path.join(dir, 'cache'), 'repo'], { cwd: dir });
      expect(cached.stderr, `run ${i + 1}`).to.contain('virtlint: 1 file checked, 2 skipped (not libvirt XML)\n');
    }
    expect(fs.existsSync(path.join(dir, 'cache'))).to.equal(true);
  });

  it('the language server behaves the same: nothing on other XML, an error on a near miss', async function () {
    this.timeout(180000);
    const { client } = await TestLspClient.start();
    try {
      const dir = tempDir();
      const svg = pathToFileURL(path.join(dir, 'logo.xml')).href;
      const typo = pathToFileURL(path.join(dir, 'typo.xml')).href;
      // Other XML: nothing is published (the server answers the later document, never this one).
      let svgPublished = false;
      client.nextDiagnostics(svg, () => true, 170000).then(
        () => (svgPublished = true),
        () => undefined,
      );
      await client.open(svg, SVG);
      const typoDiags = client.nextDiagnostics(typo);
      await client.open(typo, CLEAN.replace(/<(\/?)domain\b/g, '<$1domian'));
      expect((await typoDiags).diagnostics.map((d) => [d.code, d.severity, d.range.start.line, d.range.start.character])).to.deep.equal([['schema/misspelled-root', 1, 0, 1]]);
      expect(svgPublished).to.equal(false);
    } finally {
      await client.stop();
    }
  });
});

describe('the built-in diagnostic ids (one table)', () => {
  it('every id virtlint emits outside rules is configurable, and the configurable ones are spelled in DIAGNOSTIC_IDS', () => {
    const spelled = new Set<string>(Object.values(DIAGNOSTIC_IDS));
    const configurable = BUILTIN_IDS.map((b) => b.id);
    expect(configurable.filter((id) => !spelled.has(id))).to.deep.equal([]);
    // virtlint/config and virtlint/internal are about virtlint's setup, not the document: not levels a user sets.
    const notConfigurable = new Set<string>([DIAGNOSTIC_IDS.config, DIAGNOSTIC_IDS.internal]);
    expect([...spelled].filter((id) => !notConfigurable.has(id) && !configurable.includes(id))).to.deep.equal([]);
  });
});
