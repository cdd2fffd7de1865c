import type { Attr, Span } from './located.js';
import { type XmlElement, attrValue, attrsOf, childrenNamed, spanOf } from './read.js';

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

export function buildClock(el: XmlElement | undefined): Clock | undefined {
  if (!el) return undefined;
  return {
    ...spanOf(el),
    offset: attrValue(el, 'offset'),
    timers: childrenNamed(el, 'timer').map((t) => ({
      ...spanOf(t),
      name: attrValue(t, 'name'),
      ...attrsOf(t, { tickpolicy: 'tickpolicy', track: 'track', frequency: 'frequency', present: 'present' }),
    })),
  };
}
