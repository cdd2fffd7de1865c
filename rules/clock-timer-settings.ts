import { archOf, isArmVirt, isX86, machineShown } from '../src/model/machine.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'clock-timer-settings',
    description: "<clock><timer> settings QEMU cannot apply: the 'platform' timer, tickpolicy on kvmclock/hypervclock, rtc tickpolicy merge/discard or track='boot', pit tickpolicy merge, frequency on timers other than tsc, armvtimer off KVM ARM virt guests, hypervclock off x86",
    defaultSeverity: 'error',
    libvirtMessages: [
      "unsupported timer type (name) '%s'",
      "timer %s doesn't support setting of timer tickpolicy",
      "unsupported rtc timer tickpolicy '%s'",
      "unsupported rtc timer track '%s'",
      "timer %s doesn't support setting of timer frequency",
      "unsupported pit tickpolicy '%s'",
      "Configuring the '%s' timer is not supported for virtType=%s arch=%s machine=%s guests",
    ],
  },
  check(domain, context) {
    const type = domain.type?.value;
    if (type !== 'qemu' && type !== 'kvm') return;
    for (let i = 0, list = domain.clock?.timers ?? []; i < list.length; i++) {
      const t = list[i]!;
      const name = t.name;
      if (!name) continue;
      const refuse = (range: typeof name.range, what: string): void => context.report({ range, message: `${what}: libvirt refuses this domain` });
      if (name.value === 'platform') refuse(name.range, "QEMU has no 'platform' timer; configure rtc, pit, hpet or kvmclock instead");
      const tick = t.tickpolicy;
      if (tick && (name.value === 'kvmclock' || name.value === 'hypervclock')) refuse(tick.attributeRange, `the ${name.value} clock has no tick policy (it is not a ticking timer); remove tickpolicy`);
      if (tick && name.value === 'rtc' && (tick.value === 'merge' || tick.value === 'discard')) refuse(tick.range, `QEMU's RTC only supports tickpolicy 'delay' or 'catchup', not '${tick.value}'`);
      if (tick?.value === 'merge' && name.value === 'pit') refuse(tick.range, "QEMU's PIT supports tickpolicy 'delay', 'catchup' or 'discard', not 'merge'");
      // The ARM virtual timer is a KVM-on-ARM property (kvm-no-adjvtime).
      if (name.value === 'hypervclock' && !isX86(domain)) refuse(name.range, `the Hyper-V clock is an x86 enlightenment, not for this ${archOf(domain)} '${machineShown(domain)}' guest; remove it`);
      if (name.value === 'armvtimer' && (type !== 'kvm' || !isArmVirt(domain))) refuse(name.range, `the armvtimer exists only for KVM guests on ARM virt machines, not this ${type} ${archOf(domain)} '${machineShown(domain)}' guest; remove it`);
      const track = t.track;
      if (track?.value === 'boot' && name.value === 'rtc') refuse(track.range, "QEMU's RTC can track 'guest' or 'wall' time, not 'boot'");
      const freq = t.frequency;
      if (freq && name.value !== 'tsc') refuse(freq.attributeRange, `only the tsc timer has a configurable frequency, not ${name.value}`);
    }
  },
});
