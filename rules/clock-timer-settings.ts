import { defineRule } from '../src/rule.js';
import { attr, childrenNamed } from '../src/xml/tree.js';

export default defineRule({
  meta: {
    id: 'clock-timer-settings',
    description: "<clock><timer> settings QEMU cannot apply: the 'platform' timer, tickpolicy on kvmclock/hypervclock, rtc tickpolicy merge/discard or track='boot', frequency on timers other than tsc",
    defaultSeverity: 'error',
    libvirtMessages: [
      "unsupported timer type (name) '%s'",
      "timer %s doesn't support setting of timer tickpolicy",
      "unsupported rtc timer tickpolicy '%s'",
      "unsupported rtc timer track '%s'",
      "timer %s doesn't support setting of timer frequency",
    ],
  },
  check(domain, context) {
    const type = domain.type?.value;
    if (type !== 'qemu' && type !== 'kvm') return;
    const clock = domain.element.children.find((c) => c.name === 'clock');
    for (const t of childrenNamed(clock, 'timer')) {
      const name = attr(t, 'name');
      if (!name) continue;
      const refuse = (range: typeof name.range, what: string): void => context.report({ range, message: `${what}: libvirt refuses this domain` });
      if (name.value === 'platform') refuse(name.valueRange, "QEMU has no 'platform' timer; configure rtc, pit, hpet or kvmclock instead");
      const tick = attr(t, 'tickpolicy');
      if (tick && (name.value === 'kvmclock' || name.value === 'hypervclock')) refuse(tick.range, `the ${name.value} clock has no tick policy (it is not a ticking timer); remove tickpolicy`);
      if (tick && name.value === 'rtc' && (tick.value === 'merge' || tick.value === 'discard')) refuse(tick.valueRange, `QEMU's RTC only supports tickpolicy 'delay' or 'catchup', not '${tick.value}'`);
      const track = attr(t, 'track');
      if (track?.value === 'boot' && name.value === 'rtc') refuse(track.valueRange, "QEMU's RTC can track 'guest' or 'wall' time, not 'boot'");
      const freq = attr(t, 'frequency');
      if (freq && name.value !== 'tsc') refuse(freq.range, `only the tsc timer has a configurable frequency, not ${name.value}`);
    }
  },
});
