/**
 * Site policies on every kind of document: `policy-network`, `policy-pool`, `policy-volume`,
 * `policy-secret` and `policy-filter` take `policy`'s options with paths from their own root element
 * (rules/policy-*.ts). Through the CLI's JSON report with exact ranges; the loader refusing a path
 * the kind's grammar lacks and a mistyped kind; the kinds kept apart; hover placing each by its
 * configuration.
 */
import { expect } from 'chai';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { MarkupContent } from 'vscode-languageserver';
import { RULES } from '../../rules/index.js';
import { grammarIndexFor, type GrammarIndex } from '../../src/grammar/index.js';
import { lintText } from '../../src/index.js';
import type { RuleSetting } from '../../src/linter/lint.js';
import { hover } from '../../src/lsp/hover.js';
import type { DocumentKind } from '../../src/types.js';
import { runCli } from '../cli/run-cli.js';
import { tempDir, writeTree } from '../cli/tmp.js';
import { at, type JsonResult, rangeOf } from './project.js';

const NETWORK = `<network>
  <name>lab</name>
  <forward mode='open'/>
  <bridge name='br-lab' stp='on'/>
  <ip address='192.168.9.1' prefix='24'>
    <dhcp>
      <range start='192.168.9.2' end='192.168.9.254'/>
      <host mac='52:54:00:00:00:09' ip='192.168.9.9'/>
      <host mac='52:54:00:00:00:0a' ip='192.168.9.10'/>
    </dhcp>
  </ip>
</network>
`;

const POOL = `<pool type='netfs'>
  <name>shared</name>
  <source>
    <host name='nfs.example.com'/>
    <dir path='/export/images'/>
  </source>
  <target>
    <path>/mnt/shared</path>
  </target>
</pool>
`;

const VOLUME = `<volume type='file'>
  <name>web.img</name>
  <capacity unit='G'>20</capacity>
  <target>
    <format type='qcow2'/>
  </target>
  <backingStore>
    <path>/var/lib/libvirt/images/base.qcow2</path>
    <format type='qcow2'/>
  </backingStore>
</volume>
`;

const SECRET = `<secret ephemeral='no' private='no'>
  <usage type='volume'>
    <volume>/var/lib/libvirt/images/web.luks</volume>
  </usage>
</secret>
`;

const FILTER = `<filter name='lab-open' chain='mac'>
  <rule action='accept' direction='inout'>
    <all/>
  </rule>
  <rule action='drop' direction='in' priority='900'>
    <all/>
  </rule>
</filter>
`;

const DOMAIN = `<domain type='kvm'>
  <name>lab</name>
  <memory unit='GiB'>1</memory>
  <os><type arch='x86_64' machine='pc-q35-7.2'>hvm</type></os>
</domain>
`;

type Found = [string, string, ReturnType<typeof at>];

/** The CLI's JSON report (`-f json`) of `files` with this `rules` configuration: exit code, stderr, and each file's [rule, message, range]. */
async function run(rules: Record<string, unknown>, files: Record<string, string>): Promise<{ code: number; stderr: string; found: Record<string, Found[]> }> {
  const dir = tempDir('virtlint-policy-kinds-');
  writeTree(dir, { 'virtlint.config.json': JSON.stringify([{ rules }]), ...files });
  const r = await runCli(['-f', 'json', ...Object.keys(files)], { cwd: dir });
  const found: Record<string, Found[]> = {};
  if (r.code !== 2) {
    for (const result of JSON.parse(r.stdout) as JsonResult[]) {
      const name = result.filePath.slice(result.filePath.lastIndexOf('/') + 1);
      found[name] = result.messages.filter((m) => m.ruleId?.startsWith('policy')).map((m) => [m.ruleId ?? '', m.message, at(m)]);
    }
  }
  return { code: r.code, stderr: r.stderr, found };
}

describe('policy rules of every kind of document (JSON configuration)', function () {
  this.timeout(60000);

  it('policy-network: allow, pattern, forbid, max and require on a network, at exact ranges', async () => {
    const r = await run(
      {
        'policy-network': [
          'error',
          { name: 'forward-modes', select: 'forward@mode', allow: ['nat', 'route'] },
          { name: 'bridge-names', select: 'bridge@name', require: true, pattern: '^virbr' },
          { name: 'no-static-leases', select: 'ip/dhcp/host', forbid: true },
          { select: 'ip/dhcp/host', max: 1 },
          { select: 'dns', require: true },
          { select: 'bridge@stp', deny: ['on'], message: 'STP stays off on lab bridges ({select} is {value})' },
        ],
      },
      { 'lab.xml': NETWORK },
    );
    expect(r.stderr).to.equal('');
    expect(r.code).to.equal(1);
    expect(r.found['lab.xml']).to.deep.equal([
      ['policy-network', "<network> has no <dns>, which policy 'dns' requires", rangeOf(NETWORK, 'network')],
      ['policy-network', "<forward mode> is 'open', which policy 'forward-modes' does not allow (allowed: 'nat', 'route')", rangeOf(NETWORK, "mode='open'")],
      ['policy-network', "<bridge name> is 'br-lab', which does not match policy 'bridge-names' (/^virbr/)", rangeOf(NETWORK, "name='br-lab'")],
      ['policy-network', 'STP stays off on lab bridges (bridge@stp is on)', rangeOf(NETWORK, "stp='on'")],
      ['policy-network', "<host> is forbidden by policy 'no-static-leases'", rangeOf(NETWORK, 'host', 0, '<dhcp>')],
      ['policy-network', "<host> is forbidden by policy 'no-static-leases'", rangeOf(NETWORK, 'host', 1, '<dhcp>')],
      ['policy-network', "2 × ip/dhcp/host in this document; policy 'ip/dhcp/host' allows at most 1", rangeOf(NETWORK, 'host', 1, '<dhcp>')],
    ]);
  });

  it('policy-pool and policy-volume: root attributes, element text, required children, forbidden elements', async () => {
    const r = await run(
      {
        'policy-pool': [
          'error',
          { name: 'pool-types', select: '@type', allow: ['dir', 'logical'] },
          { name: 'image-paths', select: 'target/path', pattern: '^/var/lib/libvirt/images(/|$)' },
          { name: 'pool-mode', select: 'target/permissions', require: true },
          { name: 'nfs-hosts', select: 'source/host@name', pattern: '\\.example\\.com$' },
        ],
        'policy-volume': [
          'warn',
          { name: 'no-backing-chains', select: 'backingStore', forbid: true },
          { name: 'capacity-in-gib', select: 'capacity@unit', require: true, allow: ['GiB'] },
          { name: 'qcow2-only', select: 'target/format@type', require: true, allow: ['qcow2'] },
        ],
      },
      { 'pool.xml': POOL, 'vol.xml': VOLUME },
    );
    expect(r.stderr).to.equal('');
    expect(r.code).to.equal(1);
    expect(r.found['pool.xml']).to.deep.equal([
      ['policy-pool', "<pool type> is 'netfs', which policy 'pool-types' does not allow (allowed: 'dir', 'logical')", rangeOf(POOL, "type='netfs'")],
      ['policy-pool', "<target> has no <permissions>, which policy 'pool-mode' requires", rangeOf(POOL, 'target')],
      ['policy-pool', "<path> is '/mnt/shared', which does not match policy 'image-paths' (/^/var/lib/libvirt/images(/|$)/)", rangeOf(POOL, '/mnt/shared')],
    ]);
    expect(r.found['vol.xml']).to.deep.equal([
      ['policy-volume', "<capacity unit> is 'G', which policy 'capacity-in-gib' does not allow (allowed: 'GiB')", rangeOf(VOLUME, "unit='G'")],
      ['policy-volume', "<backingStore> is forbidden by policy 'no-backing-chains'", rangeOf(VOLUME, 'backingStore')],
    ]);
    // The configured level is the rule's own: the volume's policies warn.
    const dir = tempDir('virtlint-policy-kinds-');
    writeTree(dir, { 'virtlint.config.json': JSON.stringify([{ rules: { 'policy-volume': ['warn', { select: 'backingStore', forbid: true }] } }]), 'vol.xml': VOLUME });
    const json = JSON.parse((await runCli(['-f', 'json', 'vol.xml'], { cwd: dir })).stdout) as JsonResult[];
    expect(json[0]!.messages.filter((m) => m.ruleId === 'policy-volume').map((m) => m.severity)).to.deep.equal([1]);
  });

  it('policy-secret and policy-filter: min at the root, filters in paths, require on every rule', async () => {
    const r = await run(
      {
        'policy-secret': ['error', { name: 'private-secrets', select: '@private', require: true, allow: ['yes'] }, { name: 'described', select: 'description', min: 1 }],
        'policy-filter': ['error', { name: 'chains', select: '@chain', allow: ['root', 'ipv4'] }, { name: 'priorities', select: 'rule@priority', require: true }, { name: 'no-accept-all', select: "rule[@action='accept']/all", forbid: true }],
      },
      { 'secret.xml': SECRET, 'filter.xml': FILTER },
    );
    expect(r.code).to.equal(1);
    expect(r.found['secret.xml']).to.deep.equal([
      ['policy-secret', "0 × description in this document; policy 'described' requires at least 1", rangeOf(SECRET, 'secret')],
      ['policy-secret', "<secret private> is 'no', which policy 'private-secrets' does not allow (allowed: 'yes')", rangeOf(SECRET, "private='no'")],
    ]);
    expect(r.found['filter.xml']).to.deep.equal([
      ['policy-filter', "<filter chain> is 'mac', which policy 'chains' does not allow (allowed: 'root', 'ipv4')", rangeOf(FILTER, "chain='mac'")],
      ['policy-filter', "<rule> has no priority attribute, which policy 'priorities' requires", rangeOf(FILTER, 'rule')],
      // Only the accept rule's <all>: the drop rule's is not selected.
      ['policy-filter', "<all> is forbidden by policy 'no-accept-all'", rangeOf(FILTER, 'all')],
    ]);
  });

  it('each kind keeps its own policies: a domain policy never reads a network, nor a network policy a domain', async () => {
    const r = await run(
      { policy: ['error', { select: 'name', pattern: '^vm-' }], 'policy-network': ['error', { select: 'name', pattern: '^net-' }] },
      { 'lab.xml': NETWORK, 'vm.xml': DOMAIN, 'pool.xml': POOL },
    );
    expect(r.found).to.deep.equal({
      'lab.xml': [['policy-network', "<name> is 'lab', which does not match policy 'name' (/^net-/)", rangeOf(NETWORK, 'lab', 0, '<name>')]],
      'pool.xml': [],
      'vm.xml': [['policy', "<name> is 'lab', which does not match policy 'name' (/^vm-/)", rangeOf(DOMAIN, 'lab', 0, '<name>')]],
    });
  });

  it('refuses a path the kind cannot hold, a mistyped kind and a bad option, exit 2, one line naming the key', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ 'policy-network': ['error', { select: 'devices/disk', max: 1 }] }, '[0].rules["policy-network"]: bad options: option 1 → select names no element of a <network> document: <network> has no child <devices> (children: <bandwidth>, <bridge>, <description>, <dns>, <domain>, <forward>, <ip>, <mac>, <metadata>, <mtu>, <name>, <port>, …)'],
      [{ 'policy-network': ['error', { select: 'forward@mode', allow: ['nat'] }, { select: 'forward@mod', allow: ['nat'] }] }, "[0].rules[\"policy-network\"]: bad options: option 2 → select names no attribute of a <network> document: <network><forward> has no attribute 'mod' (attributes: dev, managed, mode)"],
      [{ 'policy-pool': ['error', { select: "source[@typ='x']/host", forbid: true }] }, "[0].rules[\"policy-pool\"]: bad options: option 1 → select names no attribute of a <pool> document: <pool><source> has no attribute 'typ' (attributes: none)"],
      [{ 'policy-volume': ['error', { select: 'target/format/type', forbid: true }] }, '[0].rules["policy-volume"]: bad options: option 1 → select names no element of a <volume> document: <volume><target><format> has no child <type> (children: none)'],
      [{ 'policy-filter': ['error', { select: 'devices/interface', forbid: true }] }, '[0].rules["policy-filter"]: bad options: option 1 → select names no element of a <filter> document: <filter> has no child <devices> (children: <filterref>, <rule>, <uuid>)'],
      [{ 'policy-netwrok': ['error', { select: 'forward@mode', allow: ['nat'] }] }, "[0].rules[\"policy-netwrok\"]: unknown rule 'policy-netwrok' (did you mean 'policy-network'?); see virtlint --list-rules"],
      [{ 'policy-secret': ['error', { select: '@private', alow: ['yes'] }] }, "[0].rules[\"policy-secret\"]: bad options: option 1 must NOT have additional properties ('alow')"],
      [{ 'policy-secret': ['error', { select: 'usage//name', forbid: true }] }, '[0].rules["policy-secret"]: bad options: option 1 → select is not a path like devices/disk/driver@cache'],
    ];
    for (const [rules, message] of cases) {
      const r = await run(rules, { 'lab.xml': NETWORK });
      expect(r.code, JSON.stringify(rules)).to.equal(2);
      expect(r.stderr, JSON.stringify(rules)).to.contain(`virtlint.config.json: ${message}`);
      expect(r.stderr.split('\n').filter(Boolean), JSON.stringify(rules)).to.have.length(1);
    }
  });

  it('accepts any path below an element that takes any content, and keeps `policy` accepting paths its grammar lacks', async () => {
    const r = await run({ 'policy-network': ['error', { select: 'metadata/*/site@owner', forbid: true }], policy: ['error', { select: 'devices/nothing@x', forbid: true }] }, { 'lab.xml': NETWORK.replace('</network>', "<metadata><lab:site xmlns:lab='urn:lab'/></metadata></network>"), 'vm.xml': DOMAIN });
    expect(r.stderr).to.equal('');
    expect(r.code).to.equal(0);
    expect(r.found).to.deep.equal({ 'lab.xml': [], 'vm.xml': [] });
  });

  it('is inert without options, and disabled inline by its own id', async () => {
    const plain = await lintText(NETWORK, { rules: { 'policy-network': 'error' } });
    expect(plain.diagnostics.filter((d) => d.ruleId.startsWith('policy'))).to.deep.equal([]);
    const text = NETWORK.replace("  <forward mode='open'/>", "  <!-- virtlint-disable-next-line policy-network: lab network -->\n  <forward mode='open'/>");
    const r = await lintText(text, { rules: { 'policy-network': ['error', { select: 'forward@mode', allow: ['nat'] }] } });
    expect(r.diagnostics.filter((d) => d.ruleId.startsWith('policy') || d.ruleId === 'virtlint/unused-disable')).to.deep.equal([]);
    const kept = await lintText(NETWORK, { rules: { 'policy-network': ['error', { select: 'forward@mode', allow: ['nat'] }] } });
    expect(kept.diagnostics.filter((d) => d.ruleId === 'policy-network').map((d) => d.message)).to.deep.equal(["<forward mode> is 'open', which policy 'forward@mode' does not allow (allowed: 'nat')"]);
  });
});

describe('hover: a kind\'s policy rule is listed where its configured policies select', () => {
  const listed = (kind: DocumentKind, marked: string, settings?: Readonly<Record<string, RuleSetting>>): string[] => {
    const offset = marked.indexOf('|');
    const text = marked.slice(0, offset) + marked.slice(offset + 1);
    const index = grammarIndexFor(undefined, kind) as GrammarIndex;
    const value = (hover(TextDocument.create('file:///t.xml', 'xml', 1, text), offset, index, RULES, settings)?.contents as MarkupContent | undefined)?.value ?? '';
    return [...value.matchAll(/^- \[`([^`]+)`\]/gm)].map((m) => m[1] as string);
  };
  const network = { 'policy-network': ['error', { select: 'forward@mode', allow: ['nat'] }, { select: 'ip/dhcp/host', forbid: true }] } as const satisfies Record<string, RuleSetting>;

  it('on the attribute or element a policy selects, and nowhere else', () => {
    expect(listed('network', `<network><name>n</name><forward mo|de='open'/></network>`, network)).to.include('policy-network');
    expect(listed('network', `<network><name>n</name><ip address='10.0.0.1' prefix='24'><dhcp><ho|st mac='52:54:00:00:00:01' ip='10.0.0.2'/></dhcp></ip></network>`, network)).to.include('policy-network');
    expect(listed('network', `<network><name>n</name><forward mode='nat' d|ev='eth0'/></network>`, network)).to.not.include('policy-network');
    expect(listed('pool', `<pool type='dir'><name>p</name><target><pa|th>/p</path></target></pool>`, { 'policy-pool': ['error', { select: 'target/path', pattern: '^/var' }] })).to.include('policy-pool');
    expect(listed('filter', `<filter name='f' cha|in='mac'/>`, { 'policy-filter': ['error', { select: '@chain', allow: ['root'] }] })).to.include('policy-filter');
  });

  it('not without a configured policy (even on the root element its meta.reportsOn names), nor by another kind\'s', () => {
    expect(listed('network', `<network><name>n</name><forward mo|de='open'/></network>`)).to.not.include('policy-network');
    expect(listed('network', `<net|work><name>n</name></network>`)).to.not.include('policy-network');
    expect(listed('network', `<net|work><name>n</name></network>`, { 'policy-network': 'error' })).to.not.include('policy-network');
    // `policy` selects a domain's <name>, `policy-pool` a pool's: neither a network's.
    expect(listed('network', `<network><na|me>n</name></network>`, { policy: ['error', { select: 'name', pattern: '^vm-' }], 'policy-pool': ['error', { select: 'name', pattern: '^p' }] })).to.deep.equal([]);
    expect(listed('domain', `<domain type='kvm'><na|me>lab</name></domain>`, { 'policy-network': ['error', { select: 'name', pattern: '^net-' }] })).to.not.include('policy-network');
  });
});
