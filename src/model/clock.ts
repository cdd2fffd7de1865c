import type { Attr, Span } from './located.js';
import { AttrRecord, type XmlElement, attrValue, mapChildren } from './read.js';

/** `<clock><timer>`. */
export interface Timer extends Span {
  /** platform, rtc, pit, hpet, kvmclock, hypervclock, tsc, armvtimer. */
  readonly name?: Attr;
  readonly tickpolicy?: Attr;
  readonly track?: Attr;
  readonly frequency?: Attr;
  readonly present?: Attr;
}

/** `<clock>`: the guest clock's offset and its timers. */
export interface Clock extends Span {
  readonly offset?: Attr;
  readonly timers: readonly Timer[];
}

const TIMER = new AttrRecord({ name: 'name', tickpolicy: 'tickpolicy', track: 'track', frequency: 'frequency', present: 'present' });
const readTimer = (t: XmlElement): Timer => TIMER.read(t);

export function buildClock(el: XmlElement | undefined): Clock | undefined {
  if (!el) return undefined;
  return { tag: el.name, nameRange: el.nameRange, range: el.range, offset: attrValue(el, 'offset'), timers: mapChildren(el, 'timer', readTimer) };
}
