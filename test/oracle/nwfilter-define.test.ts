/**
 * The network filter rules against libvirt 9.0's `virsh nwfilter-define` (its parser and the nwfilter
 * driver's define-time checks; no guest uses the filters). Pinned cases name libvirt's message and the
 * rule that anticipates it, near misses included; then every document of the nwfilter rules' RuleTester
 * tables, every example of their pages and the corpus's <filter> documents (none today) are defined,
 * and virtlint must report an error exactly when libvirt refuses, with a rule whose libvirtMessages
 * match libvirt's. A document virtlint's grammar refuses is compared with `nwfilter-define --validate`
 * instead, which must refuse it too. Last, two sets of 200 random filters from schema-valid pieces (a
 * fixed seed; addresses, masks, variables and white space in one, each protocol's other attributes in
 * the other) are compared the same way.
 *
 * Host state is left out: a filter that closes a loop through other defined filters, or reuses a
 * defined filter's UUID under another name, is refused for what is defined, not for its text. Each
 * filter is defined under `${VIRTLINT_DEFINE_PREFIX}nwf15-define-<n>` (its self-references renamed
 * alike) and undefined again; no other filter is touched.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { filter, FILTER_NAME, ruleWith } from '../rules/nwfilter-helpers.js';
import { compareVerdicts, definer, itAgreesOnPinned, ruleErrors as ruleErrorsOf, rulesDocuments, type Comparison, type Define, type PinnedCase } from './define-oracle.js';
import { describeOracle } from './libvirt.js';

const PREFIX = `${process.env.VIRTLINT_DEFINE_PREFIX ?? ''}nwf15-define-`;
const ruleErrors = (text: string): ReturnType<typeof ruleErrorsOf> => ruleErrorsOf(text, 'filter.xml');

/**
 * Defines the filter under the next fresh name (a filter's name is its `name` attribute, and
 * `<filterref>`s naming it are renamed too, so a self-reference stays one), undefines it again and
 * says what libvirt said; with `validate`, libvirt first checks it against its own schemas.
 */
const nwfilterDefine = definer('nwfilter', PREFIX, (text, name) => {
  const own = /<filter\s[^>]*?name=(['"])(.*?)\1/.exec(text)?.[2];
  return own === undefined ? text : text.replaceAll(`'${own}'`, `'${name}'`).replaceAll(`"${own}"`, `"${name}"`);
});

type Case = PinnedCase;

const EMPTY_RULE = "<rule action='accept' direction='in'/>";

const CASES: readonly Case[] = [
  { name: 'IPv4 address 299.2.3.4', text: ruleWith("<tcp srcipaddr='299.2.3.4'/>"), refuses: 'srcipaddr has illegal value 299.2.3.4', rule: 'nwfilter-ip-address' },
  { name: 'IPv4 address 1.2.3.08 (octal)', text: ruleWith("<tcp srcipaddr='1.2.3.08'/>"), refuses: 'srcipaddr has illegal value 1.2.3.08', rule: 'nwfilter-ip-address' },
  { name: 'near miss: IPv4 address 010.1.2.077 (octal)', text: ruleWith("<tcp srcipaddr='010.1.2.077'/>") },
  { name: 'ARP address 256.1.1.1', text: ruleWith("<arp arpdstipaddr='256.1.1.1'/>"), refuses: 'arpdstipaddr has illegal value 256.1.1.1', rule: 'nwfilter-ip-address' },
  { name: 'IPv6 address 1:2:3', text: ruleWith("<tcp-ipv6 srcipaddr='1:2:3'/>"), refuses: 'srcipaddr has illegal value 1:2:3', rule: 'nwfilter-ip-address' },
  { name: 'IPv6 address ::01.2.3.4', text: ruleWith("<ipv6 dstipaddr='::01.2.3.4'/>"), refuses: 'dstipaddr has illegal value ::01.2.3.4', rule: 'nwfilter-ip-address' },
  { name: 'near miss: IPv6 address ::ffff:1.2.3.4 and 1:2:3:4:5:6::', text: ruleWith("<ipv6 srcipaddr='::ffff:1.2.3.4' dstipaddr='1:2:3:4:5:6::'/>") },
  { name: 'IPv4 mask 255.0.255.0', text: ruleWith("<ip srcipaddr='1.2.3.4' srcipmask='255.0.255.0'/>"), refuses: 'srcipmask has illegal value 255.0.255.0', rule: 'nwfilter-mask' },
  { name: 'IPv4 mask 010.0.0.0 (octal 8)', text: ruleWith("<ip srcipmask='010.0.0.0'/>"), refuses: 'srcipmask has illegal value 010.0.0.0', rule: 'nwfilter-mask' },
  { name: 'near miss: IPv4 masks 255.128.0.0 and prefix 010', text: ruleWith("<ip srcipmask='255.128.0.0' dstipmask='010'/>") },
  { name: 'IPv6 mask ffff::ffff', text: ruleWith("<tcp-ipv6 srcipmask='ffff::ffff'/>"), refuses: 'srcipmask has illegal value ffff::ffff', rule: 'nwfilter-mask' },
  { name: 'MAC mask ff:00:ff:00:00:00', text: ruleWith("<mac srcmacmask='ff:00:ff:00:00:00'/>"), refuses: 'srcmacmask has illegal value ff:00:ff:00:00:00', rule: 'nwfilter-mask' },
  { name: 'STP mask ff:0f:00:00:00:00', text: ruleWith("<stp root-address-mask='ff:0f:00:00:00:00'/>"), refuses: 'root-address-mask has illegal value ff:0f:00:00:00:00', rule: 'nwfilter-mask' },
  { name: 'near miss: MAC masks ff:ff:ff:00:00:00 and 0', text: ruleWith("<mac srcmacmask='ff:ff:ff:00:00:00' dstmacmask='00:00:00:00:00:00'/>") },
  { name: 'iterator $IP[@1001]', text: ruleWith("<tcp srcipaddr='$IP[@1001]'/>"), refuses: 'srcipaddr has illegal value $IP[@1001]', rule: 'nwfilter-variable' },
  { name: 'index $IP[4294967296]', text: ruleWith("<tcp srcipaddr='$IP[4294967296]'/>"), refuses: 'srcipaddr has illegal value $IP[4294967296]', rule: 'nwfilter-variable' },
  { name: "variable '$ IP'", text: ruleWith("<tcp srcipaddr='$ IP'/>"), refuses: 'srcipaddr has illegal value $ IP', rule: 'nwfilter-variable' },
  { name: "variable '$IP '", text: ruleWith("<tcp dstipaddr='$IP '/>"), refuses: 'dstipaddr has illegal value $IP', rule: 'nwfilter-variable' },
  { name: 'near miss: $IP[@1000], $IP[4294967295], $IP[ 1 ] and a trailing space after ]', text: ruleWith("<tcp srcipaddr='$IP[@1000]' dstipaddr='$IP[4294967295]' srcipfrom='$A[ 1 ]' srcipto='$B[1] '/>") },
  { name: "port '22 '", text: ruleWith("<tcp srcportstart='22 '/>"), refuses: 'srcportstart has illegal value 22', rule: 'nwfilter-value-whitespace' },
  { name: "protocol ' tcp'", text: ruleWith("<ip protocol=' tcp'/>"), refuses: 'protocol has illegal value  tcp', rule: 'nwfilter-value-whitespace' },
  { name: "chain 'root '", text: filter(EMPTY_RULE, " chain='root '"), refuses: 'Chain name contains invalid characters', rule: 'nwfilter-value-whitespace' },
  { name: "filter priority '5 '", text: filter(EMPTY_RULE, " priority='5 '"), refuses: "Could not parse chain priority '5 '", rule: 'nwfilter-value-whitespace' },
  { name: "action ' accept'", text: ruleWith('<tcp/>', "action=' accept' direction='in'"), refuses: 'unknown rule action attribute value', rule: 'schema/value-whitespace' },
  { name: "direction 'in '", text: ruleWith('<tcp/>', "action='accept' direction='in '"), refuses: 'unknown rule direction attribute value', rule: 'schema/value-whitespace' },
  { name: "near miss: port ' 22', filter priority ' 5', rule priority ' 5 ', match 'no '", text: filter("<rule action='accept' direction='in' priority=' 5 '><tcp srcportstart=' 22' match='no '/></rule>", " priority=' 5'") },
  { name: "comment '$X trailing'", text: ruleWith("<tcp comment='$X trailing'/>"), refuses: 'comment has illegal value $X trailing', rule: 'nwfilter-variable' },
  { name: "near miss: comments 'a $ b' and '$X'", text: ruleWith("<tcp comment='a $ b'/>\n    </rule>\n  <rule action='accept' direction='in'>\n    <udp comment='$X'/>") },
  { name: '<ip> with a port and no protocol', text: ruleWith("<ip dstportstart='22'/>"), refuses: 'IP rule with port specification requires protocol specification', rule: 'nwfilter-ip-ports-protocol' },
  { name: '<ipv6> with a port and protocol icmpv6', text: ruleWith("<ipv6 protocol='icmpv6' srcportend='5'/>"), refuses: 'IPv6 rule with port specification requires protocol specification', rule: 'nwfilter-ip-ports-protocol' },
  { name: '<ip> with a port and a variable protocol', text: ruleWith("<ip protocol='$PROTO' dstportstart='22'/>"), refuses: 'IP rule with port specification requires protocol specification', rule: 'nwfilter-ip-ports-protocol' },
  { name: "near miss: <ip> with ports and protocol '017', '0x84' or ' 6'", text: filter("<rule action='accept' direction='in'><ip protocol='017' dstportstart='53'/></rule>\n  <rule action='accept' direction='in'><ip protocol='0x84' srcportend='9'/></rule>\n  <rule action='accept' direction='in'><ipv6 protocol=' 6' srcportstart='1'/></rule>") },
  { name: "connlimit-above '0x1f'", text: ruleWith("<tcp connlimit-above='0x1f'/>"), refuses: 'connlimit-above has illegal value 0x1f', rule: 'nwfilter-connlimit-decimal' },
  { name: "near miss: connlimit-above '31', port '0x1f'", text: ruleWith("<tcp connlimit-above='31' srcportstart='0x1f'/>") },
  { name: 'a filterref to itself', text: filter(`<filterref filter='${FILTER_NAME}'/>`), refuses: 'filter would introduce a loop', rule: 'nwfilter-filterref-self' },
  { name: 'near miss: a filterref to a filter that is not defined', text: filter("<filterref filter='nwf15-nowhere'/>") },
  { name: 'near miss: a rule of another layer than its chain, ports reversed', text: filter("<rule action='accept' direction='in'><tcp srcportstart='100' srcportend='10'/></rule>", " chain='arp'") },
];

/** Random filters from schema-valid pieces the rules read, with good values often and bad ones now and then (a fixed seed). */
function randomFilters(count: number, seed: number): string[] {
  const often = <T>(good: readonly T[], bad: readonly T[], times = 5): T[] => [...Array<readonly T[]>(times).fill(good).flat(), ...bad];
  const v4 = fc.constantFrom(...often(['192.168.1.10', '10.0.0.1', '010.1.2.3', '0.0.0.0', '$IP', '$IP[@1]'], ['299.1.1.1', '1.2.3.08', '10.0.0.256', '$IP[@1001]', '$ IP', '$IP ']));
  const v6 = fc.constantFrom(...often(['fe80::1', '::', '2001:db8::1:2', '::ffff:10.0.0.1', '$IP6'], ['1:2:3', '1::2::3', '::01.2.3.4', 'fe80::12345', '1:2:3:4:5:6:7:1.2.3.4']));
  const mask4 = fc.constantFrom(...often(['24', '32', '255.255.255.0', '255.128.0.0', '0.0.0.0', ' 16', '$M'], ['255.0.255.0', '0.0.0.255', '010.0.0.0', '24 ', '255.255.256.0']));
  const mask6 = fc.constantFrom(...often(['64', 'ffff:ffff::', '::', '128'], ['ffff::ffff', '0:ffff::', 'ffff::fffff', '64 ']));
  const macmask = fc.constantFrom(...often(['ff:ff:ff:ff:ff:ff', 'ff:ff:ff:00:00:00', '00:00:00:00:00:00', 'f0:0:0:0:0:0'], ['ff:00:ff:00:00:00', 'ff:ff:ff:00:00:01', '0f:ff:ff:ff:ff:ff']));
  const port = fc.constantFrom(...often(['22', '0x50', '1024', ' 53', '65535', '$PORT'], ['22 ', ' 80 ', '$PORT[@2000]']));
  const pick = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(a, { nil: undefined, freq: 2 });
  const attrs = (pairs: readonly (readonly [string, string | undefined])[]): string => pairs.filter(([, v]) => v !== undefined).map(([k, v]) => ` ${k}='${v}'`).join('');
  const ipv4Proto = fc.tuple(fc.constantFrom('tcp', 'udp', 'sctp'), pick(v4), pick(mask4), pick(v4), pick(port), pick(port), pick(v4)).map(([p, a, m, d, s, e, from]) => `<${p}${attrs([['srcipaddr', a], ['srcipmask', m], ['dstipaddr', d], ['srcportstart', s], ['dstportstart', e], ['srcipfrom', from]])}/>`);
  const ip = fc.tuple(pick(v4), pick(mask4), pick(fc.constantFrom(...often(['tcp', '6', ' 17', 'udp'], ['tcp ', ' icmp'])))).map(([a, m, proto]) => `<ip${attrs([['srcipaddr', a], ['dstipmask', m], ['protocol', proto]])}/>`);
  const ipv6Proto = fc.tuple(fc.constantFrom('tcp-ipv6', 'udp-ipv6', 'ipv6', 'icmpv6'), pick(v6), pick(mask6), pick(v6)).map(([p, a, m, d]) => `<${p}${attrs([['srcipaddr', a], ['srcipmask', m], ['dstipaddr', d]])}/>`);
  const mac = fc.tuple(pick(macmask), pick(macmask), pick(fc.constantFrom(...often(['0x0800', 'ipv4', ' 2048', 'arp'], ['arp ', ' ipv6'])))).map(([s, d, id]) => `<mac srcmacaddr='52:54:00:00:00:01'${attrs([['srcmacmask', s], ['dstmacmask', d], ['protocolid', id]])}/>`);
  const arp = fc.tuple(pick(v4), pick(fc.constantFrom(...often(['1', 'Request', ' 2'], ['1 ', '2 '])))).map(([a, op]) => `<arp${attrs([['arpsrcipaddr', a], ['opcode', op]])}/>`);
  const stp = fc.tuple(pick(macmask), pick(fc.constantFrom(...often(['5', '0x10', ' 7'], ['5 '])))).map(([m, cost]) => `<stp${attrs([['root-address-mask', m], ['root-cost', cost]])}/>`);
  const action = fc.constantFrom(...often(["action='accept' direction='in'", "action='drop' direction='inout' priority='-100'", "action='return' direction='out' priority=' 500 '"], ["action='accept ' direction='in'", "action='drop' direction=' out'"], 8));
  const ruleEl = fc.tuple(action, fc.option(fc.oneof(ipv4Proto, ip, ipv6Proto, mac, arp, stp), { nil: undefined, freq: 6 })).map(([a, p]) => `<rule ${a}>${p ?? ''}</rule>`);
  const ref = fc.constantFrom(...often(["<filterref filter='nwf15-other'/>", "<filterref filter='clean-traffic'><parameter name='IP' value='10.0.0.1'/></filterref>"], [`<filterref filter='${FILTER_NAME}'/>`], 3));
  const head = fc.constantFrom(...often(['', " chain='root'", " chain='ipv4'", " chain='mac-x' priority='-300'", " priority=' 10'"], [" chain='root '", " priority='10 '"], 8));
  const body = fc.array(fc.oneof({ arbitrary: ruleEl, weight: 4 }, { arbitrary: ref, weight: 1 }), { minLength: 1, maxLength: 3 });
  return fc.sample(fc.tuple(head, body).map(([h, b]) => filter(b.join('\n  '), h)), { numRuns: count, seed });
}

/**
 * Random filters over the other attributes of each protocol (numbers, names, flags, ranges, ipsets,
 * comments), one to four per rule, each a good value mostly and now and then one with white space or a
 * bad variable: every value schema-valid (a fixed seed).
 */
function randomFieldFilters(count: number, seed: number): string[] {
  const values = (good: readonly string[], bad: readonly string[]): fc.Arbitrary<string> => fc.constantFrom(...good, ...good, ...good, ...good, ...bad);
  const u16 = values(['0', '22', '65535', '0x1f', ' 80', '+5', '$P', '$P[@2]'], ['80 ', ' 80 ', '$P[@1001]', '$P ']);
  const u8 = values(['0', '255', '0x0', '0xff', ' 3'], ['3 ']);
  const u32 = values(['0', '4294967295', '0xffffffff', ' 7', '$C'], ['7 ']);
  const dscp = values(['0', '63', '0x3f', ' 10', '$D'], ['10 ']);
  const ether = values(['0x0800', '1536', 'ipv4', 'arp', 'vlan', ' 2048', '$E'], ['arp ', ' ipv6', '2048 ']);
  const ipproto = values(['tcp', 'udp', '6', '0x11', 'icmpv6', ' 17', '$PR'], ['tcp ', ' udp']);
  const vlanid = values(['0', '4095', '0xfff', ' 100', '$V'], ['100 ']);
  const opcode = values(['Request', 'reply', 'DRARP_Error', '1', ' 2', '$O'], ['1 ']);
  const common = [['comment', values(['allow', ' padded ', 'costs $ 5', '$NOTE', '$NOTE[1]'], ['$NOTE trailing', '$ NOTE'])], ['match', fc.constantFrom('yes', 'no')]] as const;
  const ip4 = [['dscp', dscp], ['connlimit-above', u16], ['state', fc.constantFrom('NEW', 'ESTABLISHED,RELATED', 'NONE', 'NEW,INVALID')], ['ipset', values(['blocklist', 'a+b c.d:e-f_g', '$SET'], ['$SET[@1001]'])], ['srcipfrom', values(['10.0.0.1', '$A'], ['10.0.0.08'])]] as const;
  const ports = [['srcportstart', u16], ['srcportend', u16], ['dstportstart', u16], ['dstportend', u16]] as const;
  const table: Record<string, readonly (readonly [string, fc.Arbitrary<string>])[]> = {
    mac: [['protocolid', ether], ...common],
    vlan: [['vlanid', vlanid], ['encap-protocol', ether], ...common],
    stp: [['type', u8], ['flags', u8], ['root-priority', u16], ['root-priority-hi', u16], ['root-cost', u32], ['root-cost-hi', u32], ['port', u16], ['max-age', u16], ['forward-delay-hi', u16], ...common],
    arp: [['hwtype', u16], ['protocoltype', u16], ['opcode', opcode], ['gratuitous', fc.constantFrom('yes', 'no', 'true', '0')], ...common],
    rarp: [['hwtype', u16], ['opcode', opcode], ...common],
    ip: [['protocol', ipproto], ['dscp', dscp], ...ports, ...common],
    ipv6: [['protocol', ipproto], ['type', u8], ['typeend', u8], ['code', u8], ['codeend', u8], ...ports, ...common],
    tcp: [...ports, ...ip4, ['flags', fc.constantFrom('SYN/SYN', 'SYN,ACK/ALL', 'NONE/FIN')], ...common],
    udp: [...ports, ...ip4, ...common],
    icmp: [['type', u8], ['code', u8], ...ip4, ...common],
    igmp: [...ip4, ...common],
    'udplite-ipv6': [['dscp', dscp], ...common],
    icmpv6: [['type', u8], ['code', u8], ['dscp', dscp], ...common],
  };
  const protocolEl = fc.constantFrom(...Object.keys(table)).chain((tag) =>
    fc.uniqueArray(fc.constantFrom(...table[tag]!), { minLength: 1, maxLength: 4, selector: ([name]) => name }).chain((picked) =>
      fc.tuple(...picked.map(([name, arb]) => arb.map((v) => ` ${name}='${v}'`))).map((attrs) => attrs.some((a) => a.startsWith(' ipset=')) ? `<${tag}${attrs.join('')} ipsetflags='src,DST'/>` : `<${tag}${attrs.join('')}/>`),
    ),
  );
  const ruleEl = fc.tuple(fc.constantFrom("action='accept' direction='in'", "action='drop' direction='out' priority='100'", "action='continue' direction='inout' statematch='false'"), protocolEl).map(([a, p]) => `<rule ${a}>${p}</rule>`);
  return fc.sample(fc.array(ruleEl, { minLength: 1, maxLength: 3 }).map((rules) => filter(rules.join('\n  '))), { numRuns: count, seed });
}

describeOracle("nwfilter rules: libvirt 9.0's nwfilter-define verdicts (oracle: virsh nwfilter-define)", { needs: ['libvirtd'], tmp: 'virtlint-nwfilter-define-' }, function (dir) {
  const define: Define = (text, validate) => nwfilterDefine(dir(), text, validate);
  itAgreesOnPinned(CASES, define, ruleErrors);
  const compare = (documents: readonly { name: string; text: string }[]): Promise<Comparison> => compareVerdicts(documents, define, ruleErrors);

  it('every RuleTester document and page example of the nwfilter rules, and the corpus filters: libvirt refuses ⇔ an nwfilter rule errs, with its message', async function () {
    this.timeout(600000);
    const { documents, corpus } = rulesDocuments('nwfilter-', 'VIRTLINT_NWFILTER_DUMP', 'filter', dir());
    const r = await compare(documents);
    console.log(`      ${documents.length} documents (${corpus.length} from the corpus), ${r.refused} refused by libvirt, ${r.schemaInvalid} refused by the grammar and libvirt's schema alike`);
    expect(r.problems).to.deep.equal([]);
    expect(documents.length).to.be.greaterThan(60);
    expect(r.refused).to.be.greaterThan(30);
  });

  it('random filters (seed 15, 200 documents): libvirt refuses <=> an nwfilter rule errs, with its message', async function () {
    this.timeout(600000);
    const filters = randomFilters(200, 15).map((text, i) => ({ name: `random filter ${i + 1}`, text }));
    for (const f of filters) expect((await ruleErrors(f.text)).schema, `${f.name}: the generator makes schema-valid filters\n${f.text}`).to.deep.equal([]);
    const r = await compare(filters);
    console.log(`      200 random filters, ${r.refused} refused by libvirt`);
    expect(r.problems).to.deep.equal([]);
    // Both verdicts are well represented.
    expect(r.refused).to.be.within(40, 160);
  });

  it("random filters over each protocol's other attributes (seed 15, 200 documents): libvirt refuses <=> an nwfilter rule errs, with its message", async function () {
    this.timeout(600000);
    const filters = randomFieldFilters(200, 15).map((text, i) => ({ name: `random field filter ${i + 1}`, text }));
    for (const f of filters) expect((await ruleErrors(f.text)).schema, `${f.name}: the generator makes schema-valid filters\n${f.text}`).to.deep.equal([]);
    const r = await compare(filters);
    console.log(`      200 random field filters, ${r.refused} refused by libvirt`);
    expect(r.problems).to.deep.equal([]);
    expect(r.refused).to.be.within(40, 160);
  });
});
