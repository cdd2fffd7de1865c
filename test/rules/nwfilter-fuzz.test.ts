/**
 * The nwfilter rules on random <filter> documents built from the pieces they read, schema-invalid ones
 * included (empty and odd values, white space, broken variables, several protocol elements in a rule,
 * missing attributes): no rule crashes, every report lies inside the document, and the RuleTester and
 * the pipeline agree.
 */
import fc from 'fast-check';
import { expect } from 'chai';
import { NWFILTER_RULES } from '../../rules/registry-nwfilter.js';
import { lintText } from '../../src/linter/lint.js';
import { runRule } from '../../src/rule-tester.js';

const VALUES = ['', ' ', '$', '$[', '$A[', '$A[@]', '$A[@x]', '$A[ @ 9 ]', '$A[@99999999999999999999]', '$ A', '$A ', '0x', '0x1f', '1.2.3.4', '1.2.3.4.5', '299.0.0.1', '08.0.0.1', '::', ':::', '1::2::3', 'fe80::1', 'ff:ff:ff:00:00:00', 'ff:00:ff:00:00:00', 'ff:ff', '255.0.255.0', '24', '-1', '+6', ' 6', '6 ', 'tcp', 'icmp ', 'root', ' root', 'x'.repeat(40)];
const NAMES = ['srcipaddr', 'dstipaddr', 'srcipmask', 'dstipmask', 'srcmacmask', 'root-address-mask', 'arpsrcipaddr', 'srcportstart', 'dstportend', 'protocol', 'connlimit-above', 'comment', 'match', 'dscp', 'opcode'];
const PROTOCOLS = ['ip', 'ipv6', 'tcp', 'udp-ipv6', 'mac', 'stp', 'arp', 'icmp', 'all', 'unknown'];
const attrs = fc.uniqueArray(fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...VALUES)), { maxLength: 5, selector: ([n]) => n }).map((a) => a.map(([n, v]) => ` ${n}='${v}'`).join(''));
const protocol = fc.tuple(fc.constantFrom(...PROTOCOLS), attrs).map(([p, a]) => `<${p}${a}/>`);
const maybe = (name: string): fc.Arbitrary<string> => fc.option(fc.constantFrom(...VALUES, 'accept', 'in', 'nwf15-fuzz'), { nil: undefined }).map((v) => (v === undefined ? '' : ` ${name}='${v}'`));
const rule = fc.tuple(maybe('action'), maybe('direction'), maybe('priority'), fc.array(protocol, { maxLength: 2 })).map(([a, d, p, ps]) => `<rule${a}${d}${p}>${ps.join('')}</rule>`);
const ref = fc.tuple(maybe('filter'), fc.boolean()).map(([f, param]) => `<filterref${f}>${param ? "<parameter name='A' value='1'/>" : ''}</filterref>`);
const filterDoc = fc
  .tuple(maybe('name'), maybe('chain'), maybe('priority'), fc.array(fc.oneof(rule, rule, ref), { maxLength: 4 }))
  .map(([n, c, p, body]) => `<filter${n}${c}${p}>\n${body.join('\n')}\n</filter>\n`);

describe('nwfilter rules on random filters', function () {
  this.timeout(120000);
  it('never crash, report inside the document, and report the same alone as in the pipeline', async () => {
    let reported = 0;
    await fc.assert(
      fc.asyncProperty(filterDoc, async (text) => {
        const all = (await lintText(text, { filePath: 'f.xml' })).diagnostics;
        expect(all.filter((d) => d.ruleId === 'virtlint/rule-crashed').map((d) => d.message)).to.deep.equal([]);
        for (const r of NWFILTER_RULES) {
          const alone = runRule(r, text).diagnostics;
          reported += alone.length;
          for (const d of alone) {
            expect(d.range.start.offset, d.message).to.be.within(0, text.length);
            expect(d.range.end.offset, d.message).to.be.within(d.range.start.offset, text.length);
          }
          expect(all.filter((d) => d.ruleId === r.meta.id).map((d) => `${d.range.start.offset} ${d.message}`)).to.deep.equal(alone.map((d) => `${d.range.start.offset} ${d.message}`));
        }
      }),
      { numRuns: 400, seed: 15 },
    );
    // The pieces are chosen so that the rules have something to say.
    expect(reported).to.be.greaterThan(400);
  });
});
