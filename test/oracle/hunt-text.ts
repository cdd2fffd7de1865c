/** Text edits shared by the fidelity hunt's mutation operators (hunt-mutations*.ts). */

export type Variant = readonly [description: string, text: string];
export type Operator = (text: string) => Variant[];

/** Replaces the first match of `re` (no global flag) with `by`; undefined when there is none. */
export function first(text: string, re: RegExp, by: string | ((...m: string[]) => string)): string | undefined {
  const m = re.exec(text);
  if (!m) return undefined;
  const rep = typeof by === 'string' ? m[0].replace(re, by) : by(...(m as unknown as string[]));
  return text.slice(0, m.index) + rep + text.slice(m.index + m[0].length);
}

/** Sets attributes on a start tag, replacing any of the same names (a mutant stays well-formed). */
export function setAttrs(tag: string, attrs: string): string {
  let out = tag;
  for (const m of attrs.matchAll(/\s([\w-]+)=/g)) out = out.replace(new RegExp(`\\s${m[1]}=(['"])[^'"]*\\1`), '');
  return out.replace(/^<[\w-]+/, (open) => `${open}${attrs}`);
}

export const addDevice = (text: string, xml: string): string => text.replace('</devices>', `  ${xml}\n  </devices>`);
export const setFeatures = (text: string, inner: string): string =>
  /<features>[\s\S]*?<\/features>/.test(text) ? text.replace(/<features>/, `<features>${inner}`) : /<features\/>/.test(text) ? text.replace('<features/>', `<features>${inner}</features>`) : text.replace(/<\/os>/, `</os>\n  <features>${inner}</features>`);
export const each = <T>(xs: readonly T[], f: (x: T) => Variant | undefined): Variant[] => xs.map(f).filter((v): v is Variant => v !== undefined && v[1] !== undefined);
export const v = (description: string, text: string | undefined): Variant | undefined => (text === undefined ? undefined : [description, text]);

/** The text of the first `<disk …>…</disk>` of the domain and its offset. */
export function firstElement(text: string, name: string, filter: (el: string) => boolean = () => true): { start: number; el: string } | undefined {
  const re = new RegExp(`<${name}[\\s>][\\s\\S]*?</${name}>`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) if (filter(m[0])) return { start: m.index, el: m[0] };
  return undefined;
}
export function editElement(text: string, name: string, edit: (el: string) => string | undefined, filter?: (el: string) => boolean): string | undefined {
  const f = firstElement(text, name, filter);
  if (!f) return undefined;
  const edited = edit(f.el);
  return edited === undefined || edited === f.el ? undefined : text.slice(0, f.start) + edited + text.slice(f.start + f.el.length);
}

