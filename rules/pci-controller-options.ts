import { PCI_CONTROLLER_DEVICES } from '../src/caps/qemu-devices.js';
import { controllerIndexes } from '../src/model/controllers.js';
import { archOf, isQemuDomain } from '../src/model/machine.js';
import { numaCellCount } from '../src/model/memory.js';
import { parseDecimal } from '../src/model/numbers.js';
import type { Attr, Controller, Text } from '../src/model/index.js';
import { defineRule, type Range } from '../src/rule.js';

/** The QEMU devices (`<model name>`) each PCI controller model can be. */
const MODEL_NAMES = PCI_CONTROLLER_DEVICES;

/** The options a `<controller type='pci'>` can carry, as written (libvirt's option names in the keys). */
interface PciControllerOptions {
  readonly modelName?: Attr;
  readonly chassisNr?: Attr;
  readonly chassis?: Attr;
  readonly port?: Attr;
  readonly busNr?: Attr;
  readonly targetIndex?: Attr;
  readonly hotplug?: Attr;
  readonly numaNode?: Text;
}

const pciControllerOptions = (c: Controller): PciControllerOptions => ({
  modelName: c.modelName,
  chassisNr: c.target?.chassisNr,
  chassis: c.target?.chassis,
  port: c.target?.port,
  busNr: c.target?.busNr,
  targetIndex: c.target?.index,
  hotplug: c.target?.hotplug,
  numaNode: c.target?.node,
});

const PORTS = ['pcie-root-port', 'pcie-switch-downstream-port'];
const EXPANDERS = ['pci-expander-bus', 'pcie-expander-bus'];

/** Which models take each option (x86 and ARM; pSeries PHBs, model pci-root, also take targetIndex and a node). */
const OPTION_MODELS: readonly { key: keyof PciControllerOptions; name: string; models: readonly string[]; ppcRoot?: boolean }[] = [
  { key: 'chassisNr', name: 'chassisNr', models: ['pci-bridge'] },
  { key: 'chassis', name: 'chassis', models: PORTS },
  { key: 'port', name: 'port', models: PORTS },
  { key: 'busNr', name: 'busNr', models: EXPANDERS },
  { key: 'hotplug', name: 'hotplug', models: ['pci-root', ...PORTS] },
  { key: 'targetIndex', name: 'target index', models: [], ppcRoot: true },
  { key: 'numaNode', name: 'NUMA node', models: EXPANDERS, ppcRoot: true },
];

const KNOWN_MODELS = new Set(['pci-root', 'pcie-root', ...Object.keys(MODEL_NAMES)]);

export default defineRule({
  meta: {
    id: 'pci-controller-options',
    description: 'PCI controller options on models that do not take them (chassisNr, chassis/port, busNr, hotplug, target index, NUMA node), a <model name> of another controller, and values out of range',
    defaultSeverity: 'error',
    libvirtMessages: [
      "Option '%s' is not valid for PCI controller with index '%d', model '%s' and modelName '%s'",
      "Option '%s' has invalid value for PCI controller with index '%d', model '%s' and modelName '%s'",
      "PCI controller chassisNr '%d' out of range - must be 1-255",
      "PCI controller busNr '%d' out of range - must be 1-254",
      'PCI controller index %d too high, maximum is 255',
      'pci-root and pcie-root controllers should not have an address',
      "%s with index %d is configured for a NUMA node (%d) not present in the domain's <cpu><numa> array (%zu)",
    ],
  },
  check(domain, context) {
    if (!isQemuDomain(domain)) return;
    const ppc = archOf(domain).startsWith('ppc64');
    const cells = numaCellCount(domain);
    const indexes = controllerIndexes(domain);
    for (let i = 0, list = domain.devices.controllers; i < list.length; i++) {
      const c = list[i]!;
      if (c.type?.value !== 'pci') continue;
      const index = indexes.get(c)!;
      // Without options, a <model name> or an address there is nothing more to judge (virt-install writes most PCI controllers so).
      if (!c.target && !c.modelName && !c.address && index <= 255) continue;
      const model = c.model?.value ?? '';
      const refuse = (range: Range, what: string): void => context.report({ range, message: `PCI controller ${index}: ${what}` });
      if (index > 255) refuse(c.index?.range ?? c.nameRange, 'indexes go up to 255: libvirt refuses this domain. Use a lower index');
      if ((model === 'pci-root' || model === 'pcie-root') && c.address) {
        refuse(c.address.nameRange, `the ${model} is the machine's own bus and cannot be given an <address>: libvirt refuses this domain. Remove the address`);
      }
      const o = pciControllerOptions(c);
      const chassisNr = parseDecimal(o.chassisNr?.value);
      if (o.chassisNr && chassisNr !== undefined && (chassisNr < 1 || chassisNr > 255)) {
        refuse(o.chassisNr.range, `chassisNr ${chassisNr} is outside 1–255: libvirt refuses this domain. Use 1–255 or leave it out`);
      }
      const busNr = parseDecimal(o.busNr?.value);
      if (o.busNr && busNr !== undefined && (busNr < 1 || busNr > 254)) {
        refuse(o.busNr.range, `busNr ${busNr} is outside 1–254: libvirt refuses this domain. Use 1–254 or leave it out`);
      }
      const node = parseDecimal(o.numaNode?.value);
      const nodeMissing = o.numaNode && node !== undefined && node >= cells;
      if (o.numaNode && nodeMissing) {
        refuse(o.numaNode.range, `NUMA node ${node} does not exist (the guest has ${cells} NUMA cell(s)): libvirt refuses this domain. Name an existing cell or define it under <cpu><numa>`);
      }
      if (!KNOWN_MODELS.has(model)) continue;
      const names = MODEL_NAMES[model];
      if (o.modelName && names && !names.includes(o.modelName.value)) {
        refuse(o.modelName.range, `a ${model} cannot be a '${o.modelName.value}' device: libvirt refuses this domain. Use <model name='${names[0]}'/> or leave it out`);
      }
      for (let j = 0, inner = OPTION_MODELS; j < inner.length; j++) {
        const opt = inner[j]!;
        const v = o[opt.key];
        if (!v || opt.models.includes(model) || (opt.ppcRoot && ppc && model === 'pci-root')) continue;
        if (opt.key === 'numaNode' && nodeMissing) continue; // one report per node is enough
        const takers = opt.models.length > 0 ? `only ${opt.models.join(', ')} take it` : 'only pSeries PHBs take it';
        refuse(v.range, `a ${model} has no ${opt.name} option (${takers}): libvirt refuses this domain. Remove it`);
      }
    }
  },
});
