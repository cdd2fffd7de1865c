/**
 * The model walks below devices (every `<boot order>`, however nested). With `--max-depth` raised
 * a document may nest far deeper than the call stack goes; the schema step handles such a
 * document, so the model and the rules must too (the recursive walk threw "Maximum call stack
 * size exceeded" at 20,000 levels).
 */
import { expect } from 'chai';
import { RULES } from '../../rules/index.js';
import { DIAGNOSTIC_IDS } from '../../src/diagnostic-ids.js';
import { lintText } from '../../src/linter/lint.js';
import { parseXml } from '../../src/xml/parse.js';
import { buildDomain } from '../../src/model/domain.js';
import { withDevices } from './helpers.js';

const DEPTH = 20000;

/** A hostdev with a `<boot order='2'>` at the bottom of DEPTH nested elements, then a disk booting first. */
const deepDocument = (): string =>
  withDevices(
    `<hostdev mode='subsystem' type='pci' managed='yes'><source><address domain='0' bus='6' slot='7' function='0'/></source>${'<n>'.repeat(DEPTH)}<boot order='2'/>${'</n>'.repeat(DEPTH)}</hostdev>\n` +
      `<disk type='file' device='disk'><source file='/a.img'/><target dev='vda' bus='virtio'/><boot order='1'/></disk>`,
  );

describe('model: documents nested deeper than the call stack', function () {
  this.timeout(120000);

  it(`finds a <boot order> under ${DEPTH} nested elements, in document order`, () => {
    const parsed = parseXml(deepDocument(), { maxDepth: 100000 });
    if (!parsed.ok) throw new Error(parsed.diagnostic.message);
    const d = buildDomain(parsed.document.root);
    expect(d.deviceBoots.map((b) => [b.device.kind, b.order.value])).to.deep.equal([
      ['hostdev', '2'],
      ['disk', '1'],
    ]);
  });

  it(`lints a document ${DEPTH} levels deep with --max-depth raised, every rule on, none crashing`, async () => {
    const everyRule = Object.fromEntries(RULES.map((r) => [r.meta.id, 'warn' as const]));
    const result = await lintText(deepDocument(), { maxDepth: 100000, rules: everyRule });
    const ids = result.diagnostics.map((d) => d.ruleId);
    expect(ids).to.not.include(DIAGNOSTIC_IDS.ruleCrashed);
    expect(ids).to.not.include(DIAGNOSTIC_IDS.xmlTooDeep);
    // The schema step saw the whole document: the <n> elements are not libvirt's.
    expect(ids).to.include('schema/unexpected-element');
  });
});
