import rule from '../../rules/pool-adapter-unique-id.js';
import { poolRuleTester, scsiWithAdapter } from './pool-helpers.js';

const ADDRESS = "<address domain='0x0000' bus='0x00' slot='0x1f' function='0x2'/>";
const parentaddr = (attrs: string): string => scsiWithAdapter(`<adapter type='scsi_host'>\n      <parentaddr${attrs}>\n        ${ADDRESS}\n      </parentaddr>\n    </adapter>`);

poolRuleTester.run(rule, {
  valid: [
    { name: 'unique_id 1', code: parentaddr(" unique_id='1'") },
    { name: 'the largest, 2147483647', code: parentaddr(" unique_id='2147483647'") },
    { name: 'a scsi_host by name', code: scsiWithAdapter("<adapter type='scsi_host' name='scsi_host2'/>") },
  ],
  invalid: [
    {
      name: 'no unique_id',
      code: parentaddr(''),
      errors: [{ near: '<|parentaddr>', message: "<parentaddr> without unique_id: libvirt needs it to tell the SCSI hosts of one PCI parent apart and refuses the pool. Add the host's unique_id (its /sys/class/scsi_host/hostN/unique_id)" }],
    },
    {
      name: '2147483648',
      code: parentaddr(" unique_id='2147483648'"),
      errors: [{ near: "unique_id='|2147483648'", message: "unique_id='2147483648' is above 2147483647, the largest libvirt reads: it refuses the pool. Use the host's unique_id from /sys/class/scsi_host/hostN/unique_id" }],
    },
    { name: '4294967296', code: parentaddr(" unique_id='4294967296'"), errors: [{ near: "unique_id='|4294967296'", message: /^unique_id='4294967296' is above 2147483647/ }] },
  ],
});
