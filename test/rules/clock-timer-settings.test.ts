import rule from '../../rules/clock-timer-settings.js';
import { edit, ruleTester, SEED, otherArch } from './helpers.js';

const timers = (xml: string): string => edit(SEED, ["<clock offset='utc'/>", `<clock offset='utc'>${xml}</clock>`]);

ruleTester.run(rule, {
  valid: [
    { name: 'accepts the kvmclock and rtc timers on aarch64 (defined)', code: otherArch('aarch64', 'virt', '', "<clock offset='utc'><timer name='kvmclock' present='no'/><timer name='rtc' tickpolicy='catchup'/></clock>") },
    { name: "accepts pit tickpolicy 'discard'", code: timers("<timer name='pit' tickpolicy='discard'/>") },
    { name: 'accepts the timers virt-install writes', code: timers("<timer name='rtc' tickpolicy='catchup'/><timer name='pit' tickpolicy='delay'/><timer name='hpet' present='no'/>") },
  ],
  invalid: [
    { name: 'errs on the hypervclock timer off x86 (aarch64), at the name', code: otherArch('aarch64', 'virt', '', "<clock offset='utc'><timer name='hypervclock' present='yes'/></clock>"), errors: [{ severity: 'error', near: "name='|hypervclock'", message: /x86 enlightenment, not for this aarch64 'virt' guest/ }] },
    {
      name: "errs on the 'platform' timer and on tickpolicy for kvmclock",
      code: timers("<timer name='platform'/><timer name='kvmclock' tickpolicy='catchup'/>"),
      errors: [{ severity: 'error', near: "name='|platform'" }, { severity: 'error', near: "|tickpolicy='catchup'" }],
    },
    {
      name: "errs on rtc tickpolicy 'merge', track 'boot' and a frequency",
      code: timers("<timer name='rtc' tickpolicy='merge' track='boot' frequency='1000'/>"),
      errors: [{ severity: 'error', near: "tickpolicy='|merge'" }, { severity: 'error', near: "track='|boot'" }, { severity: 'error', near: "|frequency=" }],
    },
    {
      name: "errs on pit tickpolicy 'merge' and on armvtimer in an x86 guest",
      code: timers("<timer name='pit' tickpolicy='merge'/><timer name='armvtimer' present='yes'/>"),
      errors: [{ severity: 'error', near: "tickpolicy='|merge'" }, { severity: 'error', near: "name='|armvtimer'" }],
    },
  ],
});
