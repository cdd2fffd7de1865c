/**
 * The network rules on random <network> documents built from the pieces they read (addresses of
 * both families and malformed ones, prefixes, netmasks, families, ranges, hosts, leases, forward
 * modes, DNS records, port groups): no rule crashes, every report lies inside the document and
 * points at text of the element or attribute it names, and the RuleTester and the pipeline agree.
 */
import fc from 'fast-check';
import { expect } from 'chai';
import { NETWORK_RULES } from '../../rules/registry-network.js';
import { lintText } from '../../src/linter/lint.js';
import { runRule } from '../../src/rule-tester.js';

const ADDRESSES = ['192.168.9.1', '192.168.9.0', '192.168.9.255', '192.168.10.7', '10.0.0.1', '10.1.0.9', '224.0.0.1', '0.0.0.0', 'fd00::1', 'fd00::', 'fd01::9', '::ffff:192.168.9.1', '::', '1.2.3', 'fd00:::1', '999.1.1.1', ''];
const attr = (name: string, values: readonly string[]): fc.Arbitrary<string> => fc.option(fc.constantFrom(...values), { nil: undefined }).map((v) => (v === undefined ? '' : ` ${name}='${v}'`));
const lease = fc.option(fc.tuple(fc.constantFrom('0', '1', '2', '60', '119', '120', '0x10', 'x'), attr('unit', ['seconds', 'minutes', 'hours', 'days'])), { nil: undefined }).map((l) => (l ? `<lease expiry='${l[0]}'${l[1]}/>` : ''));
const range = fc.tuple(attr('start', ADDRESSES), attr('end', ADDRESSES), lease).map(([s, e, l]) => `<range${s}${e}>${l}</range>`);
const host = fc.tuple(attr('mac', ['52:54:00:00:00:01', '01:00:00:00:00:01']), attr('id', ['0:1:0:1', 'zz']), attr('name', ['vm1', '-a', '_a', '9x', '']), attr('ip', ADDRESSES), lease).map(([m, i, n, a, l]) => `<host${m}${i}${n}${a}>${l}</host>`);
const dhcp = fc.option(fc.tuple(fc.array(range, { maxLength: 3 }), fc.array(host, { maxLength: 2 })).map(([r, h]) => `<dhcp>${r.join('')}${h.join('')}</dhcp>`), { nil: '' });
const ip = fc.tuple(attr('address', ADDRESSES), attr('prefix', ['0', '8', '24', '32', '33', '64', '128', '129', 'x']), attr('netmask', ['255.255.255.0', '255.0.255.0', '255.255.255.255', 'fd00::']), attr('family', ['ipv4', 'ipv6', 'ipx']), dhcp, fc.boolean()).map(([a, p, m, f, d, t]) => `<ip${a}${p}${m}${f}>${t ? "<tftp root='/srv'/>" : ''}${d}</ip>`);
const forward = fc.option(attr('mode', ['nat', 'route', 'open', 'bridge', 'private', 'vepa', 'passthrough', 'hostdev', 'other']).map((m) => `<forward${m}><interface dev='eth0'/></forward>`), { nil: '' });
const extras = fc.subarray(["<bridge name='br0'/>", '<bridge/>', "<mac address='52:54:00:00:00:01'/>", "<domain name='example.com'/>", "<dns><txt name='a' value='b'/></dns>", "<dns><forwarder addr='8.8.8.8'/></dns>", "<bandwidth><inbound average='1000'/></bandwidth>", "<portgroup name='a' default='yes'/>", "<portgroup name='a' default='yes'/>", "<portgroup default='yes'/>"]);
const networkDoc = fc.tuple(forward, extras, fc.array(ip, { maxLength: 4 })).map(([f, e, ips]) => `<network>\n<name>n</name>\n${f}\n${e.join('\n')}\n${ips.join('\n')}\n</network>\n`);

describe('network rules on random networks', function () {
  this.timeout(120000);
  it('never crash, report inside the document, and report the same alone as in the pipeline', async () => {
    let reported = 0;
    await fc.assert(
      fc.asyncProperty(networkDoc, async (text) => {
        const all = (await lintText(text, { filePath: 'n.xml' })).diagnostics;
        expect(all.filter((d) => d.ruleId === 'virtlint/rule-crashed').map((d) => d.message)).to.deep.equal([]);
        for (const rule of NETWORK_RULES) {
          const alone = runRule(rule, text).diagnostics;
          reported += alone.length;
          for (const d of alone) {
            expect(d.range.start.offset, d.message).to.be.within(0, text.length);
            expect(d.range.end.offset, d.message).to.be.within(d.range.start.offset, text.length);
          }
          const inPipeline = all.filter((d) => d.ruleId === rule.meta.id).map((d) => `${d.range.start.offset} ${d.message}`);
          expect(inPipeline).to.deep.equal(alone.map((d) => `${d.range.start.offset} ${d.message}`));
        }
      }),
      { numRuns: 400, seed: 14 },
    );
    // The pieces are chosen so that the rules have something to say.
    expect(reported).to.be.greaterThan(400);
  });
});
