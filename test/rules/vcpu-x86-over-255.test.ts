import rule from '../../rules/vcpu-x86-over-255.js';
import { addDevices, edit, Q35, ruleTester, SEED } from './helpers.js';

const q35With = (count: number, iommu?: string): string => {
  const text = edit(Q35, ['<vcpu>2</vcpu>', `<vcpu>${count}</vcpu>`], ['<apic/>', "<apic/><ioapic driver='qemu'/>"]);
  return iommu ? addDevices(text, iommu) : text;
};
const EIM = "<iommu model='intel'><driver intremap='on' eim='on'/></iommu>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts 255 vCPUs on q35 without an IOMMU', code: q35With(255) },
    { name: 'accepts 256 vCPUs on q35 with eim on', code: q35With(256, EIM) },
    { name: 'accepts 255 vCPUs on pc', code: edit(SEED, ["<vcpu placement='static'>1</vcpu>", "<vcpu placement='static'>255</vcpu>"]) },
    { name: 'leaves other architectures alone', code: edit(Q35, ['<vcpu>2</vcpu>', '<vcpu>300</vcpu>'], ['arch="x86_64" machine="q35"', 'arch="aarch64" machine="virt"']) },
  ],
  invalid: [
    {
      name: 'errs on 256 vCPUs on q35 without an IOMMU',
      code: q35With(256),
      errors: [{ severity: 'error', near: '<vcpu>|256', message: /256 vCPUs need extended interrupt mode/ }],
    },
    {
      name: "errs on 288 vCPUs on q35 with eim='off'",
      code: q35With(288, "<iommu model='intel'><driver intremap='on' eim='off'/></iommu>"),
      errors: [{ severity: 'error', near: '<vcpu>|288' }],
    },
    {
      name: 'errs on 256 vCPUs on pc',
      code: edit(SEED, ["<vcpu placement='static'>1</vcpu>", "<vcpu placement='static'>256</vcpu>"]),
      errors: [{ severity: 'error', near: "'static'>|256", message: /need a q35 machine type/ }],
    },
  ],
});
