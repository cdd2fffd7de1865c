/**
 * Derivatives of patterns with respect to document events (James Clark, "An algorithm for RELAX NG
 * validation"): startTagOpen, att, startTagClose, text and endTag, memoised on the interned
 * pattern objects. The `lenient` variants are used for error recovery: they accept what the strict
 * derivative refused (missing attributes, a wrong value, missing content) so validation continues.
 */
import { type NsResolver } from './datatypes.js';
import { ncContains } from './nameclass.js';
import { type ElementDef, type Pat, type PatternTable } from './pattern.js';

/** Bounded memo for value-dependent derivatives (attribute values and text vary per document). */
const VALUE_MEMO_LIMIT = 64;

export interface AttEvent {
  readonly ns: string;
  readonly local: string;
  readonly value: string;
}

const isWhitespace = (s: string) => /^[ \t\r\n]*$/.test(s);

export class Deriver {
  constructor(
    readonly pt: PatternTable,
    readonly elements: readonly ElementDef[],
    /** When a datatype needs the namespace context, value-dependent results cannot be memoised. */
    private readonly contextFree: boolean,
  ) {}

  private applyAfter(p: Pat, f: (x: Pat) => Pat): Pat {
    switch (p.k) {
      case 'after':
        return this.pt.after(p.a!, f(p.b!));
      case 'choice':
        return this.pt.choiceAll(p.alts!.map((a) => this.applyAfter(a, f)));
      default:
        return this.pt.notAllowed;
    }
  }

  startTagOpen(p: Pat, qid: number, ns: string, local: string): Pat {
    const memo = p.sto ?? (p.sto = new Map());
    let r = memo.get(qid);
    if (r === undefined) {
      r = this.computeStartTagOpen(p, qid, ns, local);
      memo.set(qid, r);
    }
    return r;
  }

  private computeStartTagOpen(p: Pat, qid: number, ns: string, local: string): Pat {
    const pt = this.pt;
    switch (p.k) {
      case 'choice':
        return pt.choiceAll(p.alts!.map((a) => this.startTagOpen(a, qid, ns, local)));
      case 'element':
        return ncContains(p.nc!, ns, local) ? pt.after(this.elements[p.elem]!.content, pt.empty) : pt.notAllowed;
      case 'interleave': {
        const a = p.a!;
        const b = p.b!;
        return pt.choice(
          this.applyAfter(this.startTagOpen(a, qid, ns, local), (x) => pt.interleave(x, b)),
          this.applyAfter(this.startTagOpen(b, qid, ns, local), (x) => pt.interleave(a, x)),
        );
      }
      case 'oneOrMore': {
        const a = p.a!;
        return this.applyAfter(this.startTagOpen(a, qid, ns, local), (x) => pt.group(x, pt.choice(p, pt.empty)));
      }
      case 'group': {
        const a = p.a!;
        const b = p.b!;
        const x = this.applyAfter(this.startTagOpen(a, qid, ns, local), (y) => pt.group(y, b));
        return a.nullable ? pt.choice(x, this.startTagOpen(b, qid, ns, local)) : x;
      }
      case 'after': {
        const b = p.b!;
        return this.applyAfter(this.startTagOpen(p.a!, qid, ns, local), (x) => pt.after(x, b));
      }
      default:
        return pt.notAllowed;
    }
  }

  att(p: Pat, a: AttEvent, qid: number, ctx: NsResolver, lenient = false): Pat {
    if (lenient || !this.contextFree) return this.computeAtt(p, a, qid, ctx, lenient);
    const key = `${qid}\u0000${a.value}`;
    const memo = p.att ?? (p.att = new Map());
    let r = memo.get(key);
    if (r === undefined) {
      r = this.computeAtt(p, a, qid, ctx, false);
      if (memo.size >= VALUE_MEMO_LIMIT) memo.clear();
      memo.set(key, r);
    }
    return r;
  }

  private computeAtt(p: Pat, at: AttEvent, qid: number, ctx: NsResolver, lenient: boolean): Pat {
    const pt = this.pt;
    switch (p.k) {
      case 'after':
        return pt.after(this.att(p.a!, at, qid, ctx, lenient), p.b!);
      case 'choice':
        return pt.choiceAll(p.alts!.map((x) => this.att(x, at, qid, ctx, lenient)));
      case 'group':
        return pt.choice(
          pt.group(this.att(p.a!, at, qid, ctx, lenient), p.b!),
          pt.group(p.a!, this.att(p.b!, at, qid, ctx, lenient)),
        );
      case 'interleave':
        return pt.choice(
          pt.interleave(this.att(p.a!, at, qid, ctx, lenient), p.b!),
          pt.interleave(p.a!, this.att(p.b!, at, qid, ctx, lenient)),
        );
      case 'oneOrMore':
        return pt.group(this.att(p.a!, at, qid, ctx, lenient), pt.choice(p, pt.empty));
      case 'attribute':
        if (!ncContains(p.nc!, at.ns, at.local)) return pt.notAllowed;
        return lenient || this.valueMatch(p.a!, at.value, ctx) ? pt.empty : pt.notAllowed;
      default:
        return pt.notAllowed;
    }
  }

  valueMatch(p: Pat, s: string, ctx: NsResolver): boolean {
    return (p.nullable && isWhitespace(s)) || this.text(p, s, ctx).nullable;
  }

  startTagClose(p: Pat, lenient = false): Pat {
    const cached = lenient ? p.stcLenient : p.stc;
    if (cached) return cached;
    const pt = this.pt;
    let r: Pat;
    switch (p.k) {
      case 'after':
        r = pt.after(this.startTagClose(p.a!, lenient), p.b!);
        break;
      case 'choice':
        r = pt.choiceAll(p.alts!.map((x) => this.startTagClose(x, lenient)));
        break;
      case 'group':
        r = pt.group(this.startTagClose(p.a!, lenient), this.startTagClose(p.b!, lenient));
        break;
      case 'interleave':
        r = pt.interleave(this.startTagClose(p.a!, lenient), this.startTagClose(p.b!, lenient));
        break;
      case 'oneOrMore':
        r = pt.oneOrMore(this.startTagClose(p.a!, lenient));
        break;
      case 'attribute':
        r = lenient ? pt.empty : pt.notAllowed;
        break;
      default:
        r = p;
    }
    if (lenient) p.stcLenient = r;
    else p.stc = r;
    return r;
  }

  text(p: Pat, s: string, ctx: NsResolver, lenient = false): Pat {
    if (lenient || !this.contextFree) return this.computeText(p, s, ctx, lenient);
    const memo = p.txt ?? (p.txt = new Map());
    let r = memo.get(s);
    if (r === undefined) {
      r = this.computeText(p, s, ctx, false);
      if (memo.size >= VALUE_MEMO_LIMIT) memo.clear();
      memo.set(s, r);
    }
    return r;
  }

  private computeText(p: Pat, s: string, ctx: NsResolver, lenient: boolean): Pat {
    const pt = this.pt;
    switch (p.k) {
      case 'choice':
        return pt.choiceAll(p.alts!.map((x) => this.text(x, s, ctx, lenient)));
      case 'interleave':
        return pt.choice(
          pt.interleave(this.text(p.a!, s, ctx, lenient), p.b!),
          pt.interleave(p.a!, this.text(p.b!, s, ctx, lenient)),
        );
      case 'group': {
        const x = pt.group(this.text(p.a!, s, ctx, lenient), p.b!);
        return p.a!.nullable ? pt.choice(x, this.text(p.b!, s, ctx, lenient)) : x;
      }
      case 'after':
        return pt.after(this.text(p.a!, s, ctx, lenient), p.b!);
      case 'oneOrMore':
        return pt.group(this.text(p.a!, s, ctx, lenient), pt.choice(p, pt.empty));
      case 'text':
        return p;
      case 'value':
        if (lenient) return pt.empty;
        return p.dt!.valueKey(s, ctx) === p.valueKey ? pt.empty : pt.notAllowed;
      case 'data':
        if (lenient) return pt.empty;
        if (!p.dt!.allows(s, ctx)) return pt.notAllowed;
        return p.a && this.valueMatch(p.a, s, ctx) ? pt.notAllowed : pt.empty;
      case 'list': {
        if (lenient) return pt.empty;
        let q = p.a!;
        for (const w of s.split(/[ \t\r\n]+/)) {
          if (w === '') continue;
          q = this.text(q, w, ctx);
          if (q.k === 'notAllowed') return q;
        }
        return q.nullable ? pt.empty : pt.notAllowed;
      }
      default:
        return pt.notAllowed;
    }
  }

  endTag(p: Pat, lenient = false): Pat {
    const cached = lenient ? p.endLenient : p.end;
    if (cached) return cached;
    let r: Pat;
    switch (p.k) {
      case 'after':
        r = lenient || p.a!.nullable ? p.b! : this.pt.notAllowed;
        break;
      case 'choice':
        r = this.pt.choiceAll(p.alts!.map((x) => this.endTag(x, lenient)));
        break;
      default:
        r = this.pt.notAllowed;
    }
    if (lenient) p.endLenient = r;
    else p.end = r;
    return r;
  }
}
