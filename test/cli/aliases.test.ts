/** The old umbrella rule ids (rules/aliases.ts) in configurations, --rule, --print-config and --list-rules. */
import { expect } from 'chai';
import { RULE_ALIASES } from '../../rules/index.js';
import { ConfigError, validateConfig } from '../../src/config/index.js';
import { parseRuleFlags } from '../../src/cli.js';
import { runCli } from './run-cli.js';
import { tempDir, writeTree } from './tmp.js';

const VIDEO_PARTS = ['video-heads-model', 'video-none-alone', 'video-primary-unique', 'video-secondary-model'];
/** A QEMU domain with a 'none' video next to another (video-none-alone) and a memtune min_guarantee (memtune-min-guarantee-qemu). */
const DOC = `<domain type='qemu'>
  <name>aliases</name>
  <memory unit='MiB'>512</memory>
  <memtune><min_guarantee unit='MiB'>256</min_guarantee></memtune>
  <os><type arch='x86_64' machine='pc'>hvm</type></os>
  <devices>
    <video><model type='vga'/></video>
    <video><model type='none'/></video>
  </devices>
</domain>
`;

interface JsonResult {
  messages: { ruleId: string; severity: number }[];
}
const findings = (stdout: string): string[] => (JSON.parse(stdout) as JsonResult[]).flatMap((r) => r.messages.filter((m) => !m.ruleId.includes('/')).map((m) => `${m.ruleId}:${m.severity}`));

describe('rule aliases in configurations and on the command line', () => {
  it('a configuration entry setting an alias sets each part, validated like the parts', () => {
    const [entry] = validateConfig([{ rules: { 'video-count-rules': ['warn'], 'video-none-alone': 'off' } }], 'virtlint.config.json', '/p');
    expect(entry?.rules).to.deep.equal({ 'video-heads-model': ['warn'], 'video-none-alone': 'off', 'video-primary-unique': ['warn'], 'video-secondary-model': ['warn'] });
    expect(() => validateConfig([{ rules: { 'video-count-rules': 'loud' } }], 'c.json', '/p')).to.throw(ConfigError, 'c.json: [0].rules["video-count-rules"]: bad severity "loud"');
    expect(() => validateConfig([{ rules: { 'video-count-rules': ['warn', { x: 1 }] } }], 'c.json', '/p')).to.throw(ConfigError, "c.json: [0].rules[\"video-count-rules\"]: bad options: rule 'video-heads-model' takes no options");
    expect(() => validateConfig([{ rules: { 'video-count-rule': 'off' } }], 'c.json', '/p')).to.throw(ConfigError, "unknown rule 'video-count-rule' (did you mean 'video-count-rules'?)");
  });

  it('--rule ALIAS:level sets each part; a later --rule for a part wins', () => {
    expect(parseRuleFlags(['filesystem-rules:warn', 'filesystem-type-mount:off'])).to.deep.equal({
      'filesystem-mode-requires-mapped': 'warn',
      'filesystem-type-mount': 'off',
      'filesystem-virtiofs-accessmode': 'warn',
      'filesystem-virtiofs-readonly': 'warn',
    });
    expect(parseRuleFlags(['filesystem-type-mount:off', 'filesystem-rules:warn'])['filesystem-type-mount']).to.equal('warn');
  });

  it('lints with an alias set by --rule and by a configuration file', async () => {
    const dir = tempDir();
    writeTree(dir, { 'vm.xml': DOC });
    const plain = await runCli(['--no-probe', '--no-cache', '-f', 'json', 'vm.xml'], { cwd: dir });
    expect(findings(plain.stdout)).to.deep.equal(['memtune-min-guarantee-qemu:2', 'video-none-alone:2']);
    const flagged = await runCli(['--no-probe', '--no-cache', '-f', 'json', '--rule', 'video-count-rules:warn', '--rule', 'memory-size-rules:0', 'vm.xml'], { cwd: dir });
    expect(findings(flagged.stdout)).to.deep.equal(['video-none-alone:1']);
    writeTree(dir, { 'virtlint.config.json': JSON.stringify([{ rules: { 'video-count-rules': 'off' } }]) });
    const configured = await runCli(['--no-probe', '--no-cache', '-f', 'json', 'vm.xml'], { cwd: dir });
    expect(findings(configured.stdout)).to.deep.equal(['memtune-min-guarantee-qemu:2']);
    // The command line wins over the file, alias against alias.
    const both = await runCli(['--no-probe', '--no-cache', '-f', 'json', '--rule', 'video-count-rules:error', 'vm.xml'], { cwd: dir });
    expect(findings(both.stdout)).to.deep.equal(['memtune-min-guarantee-qemu:2', 'video-none-alone:2']);
  });

  it('--print-config shows the parts an alias set, not the alias', async () => {
    const dir = tempDir();
    writeTree(dir, { 'virtlint.config.json': JSON.stringify([{ rules: { 'video-count-rules': 'warn' } }]) });
    const r = await runCli(['--print-config', 'vm.xml', '--rule', 'memory-size-rules:off'], { cwd: dir });
    const rules = (JSON.parse(r.stdout) as { rules: Record<string, unknown> }).rules;
    for (const alias of RULE_ALIASES.keys()) expect(rules).to.not.have.property(alias);
    for (const part of VIDEO_PARTS) expect(rules[part]).to.equal('warn');
    for (const part of RULE_ALIASES.get('memory-size-rules') ?? []) expect(rules[part]).to.equal('off');
    expect(rules['disk-lun-bus']).to.equal('error');
  });

  it('--list-rules lists the parts as rules and the aliases apart', async () => {
    const r = await runCli(['--list-rules'], { cwd: tempDir() });
    const [rulesPart, aliasPart] = r.stdout.split('\naliases (');
    for (const part of [...RULE_ALIASES.values()].flat()) expect(rulesPart).to.match(new RegExp(`^${part} `, 'm'));
    for (const alias of RULE_ALIASES.keys()) expect(rulesPart).to.not.match(new RegExp(`^${alias} `, 'm'));
    expect(aliasPart).to.match(/^video-count-rules +video-heads-model, video-none-alone, video-primary-unique, video-secondary-model$/m);
    expect(aliasPart?.match(/^[a-z-]+-rules /gm)).to.have.length(4);
  });
});
