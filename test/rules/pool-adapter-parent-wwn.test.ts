import rule from '../../rules/pool-adapter-parent-wwn.js';
import { poolRuleTester, scsiWithAdapter } from './pool-helpers.js';

const WWNS = "wwnn='20000000c9831b4c' wwpn='10000000c9831b4c'";
const fc = (attrs: string): string => scsiWithAdapter(`<adapter type='fc_host' ${attrs} ${WWNS}/>`);

poolRuleTester.run(rule, {
  valid: [
    { name: 'no parent', code: fc('') },
    { name: 'both parent names', code: fc("parent_wwnn='20000000c9831b4b' parent_wwpn='10000000c9831b4b'") },
    { name: 'parent by name', code: fc("parent='scsi_host3'") },
    { name: 'parent by name with both parent WWNs', code: fc("parent='scsi_host3' parent_wwnn='20000000c9831b4b' parent_wwpn='10000000c9831b4b'") },
    { name: 'parent_fabric_wwn alone', code: fc("parent_fabric_wwn='20000000c9831b4b'") },
    { name: 'a scsi_host adapter', code: scsiWithAdapter("<adapter type='scsi_host' name='scsi_host2'/>") },
  ],
  invalid: [
    {
      name: 'parent_wwnn alone',
      code: fc("parent_wwnn='20000000c9831b4b'"),
      errors: [{ near: "|parent_wwnn='", message: "parent_wwnn='20000000c9831b4b' without parent_wwpn: libvirt finds the parent HBA by both names and refuses the pool. Add the parent's parent_wwpn, or name the parent by parent= instead" }],
    },
    {
      name: 'parent_wwpn alone',
      code: fc("parent_wwpn='10000000c9831b4b'"),
      errors: [{ near: "|parent_wwpn='", message: "parent_wwpn='10000000c9831b4b' without parent_wwnn: libvirt finds the parent HBA by both names and refuses the pool. Add the parent's parent_wwnn, or name the parent by parent= instead" }],
    },
    { name: 'parent_wwnn alone next to parent', code: fc("parent='scsi_host3' parent_wwnn='20000000c9831b4b'"), errors: [{ near: "|parent_wwnn='", message: /^parent_wwnn='20000000c9831b4b' without parent_wwpn/ }] },
  ],
});
