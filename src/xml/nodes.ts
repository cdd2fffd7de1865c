/**
 * The scanner's tree nodes: offsets in the text, and line/column ranges made from them only when
 * something asks (a diagnostic, a hover, the model). Position and Range objects for every element
 * and attribute were most of a parsed document's memory: ~36 MB of the 53 MB a 5,000-device
 * domain kept, for ranges almost never read. Each range is read through the document's LineIndex
 * (a binary search over line starts), so the results are those of `LineIndex.range`.
 */
import type { Range } from '../types.js';
import type { LineIndex } from './positions.js';
import type { XmlAttribute, XmlElement } from './tree.js';
import { isSpace } from './chars.js';

function isSpaceOnly(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}

/**
 * An attribute: `name="value"` from the name's first character to just after the closing quote.
 * Also the model's `Attr` as it is (src/model/read.ts), so what it keeps for itself is private:
 * a record's attributes show their name and value only, as plain records did.
 */
export class SourceAttribute implements XmlAttribute {
  readonly name: string;
  readonly value: string;
  readonly #lines: LineIndex;
  /** Offset of the name's first character (the name is as written, so it ends name.length later). */
  readonly #nameOffset: number;
  /** Offsets of the value's first character and of its closing quote. */
  readonly #valueOffset: number;
  readonly #valueEndOffset: number;

  constructor(name: string, value: string, lines: LineIndex, nameOffset: number, valueOffset: number, valueEndOffset: number) {
    this.name = name;
    this.value = value;
    this.#lines = lines;
    this.#nameOffset = nameOffset;
    this.#valueOffset = valueOffset;
    this.#valueEndOffset = valueEndOffset;
  }

  get nameRange(): Range {
    return this.#lines.range(this.#nameOffset, this.#nameOffset + this.name.length);
  }

  /** The value inside the quotes. */
  get range(): Range {
    return this.#lines.range(this.#valueOffset, this.#valueEndOffset);
  }

  get attributeRange(): Range {
    return this.#lines.range(this.#nameOffset, this.#valueEndOffset + 1);
  }
}

/**
 * An element. The scanner fills in children, text and the end offsets as it reads on; nothing
 * changes once the scan has returned. `range`, `nameRange` and `sameNameIndex` are kept once made: the model shares
 * them between its records, and sorts and reports read them again.
 */
export class SourceElement implements XmlElement {
  children: SourceElement[];
  /**
   * The character data directly inside, as the scanner found it: the first piece, and once there
   * is a second, all of them in `#pieces`, joined when `text` is first read. An element with
   * children has a piece of white space between each two; the schema step only asks whether they
   * are all white space (textIsSpace), and the model reads the text of leaves: the joined string
   * of most elements with children was never read.
   */
  #text = '';
  #pieces: string[] | undefined = undefined;
  /** Where the content ends (the `<` of the end tag) and where the element ends (after its last `>`). */
  contentEndOffset: number;
  endOffset: number;
  private madeRange: Range | undefined = undefined;
  private madeNameRange: Range | undefined = undefined;
  /** 0 until asked for (see sameNameIndex). */
  private madeSameNameIndex = 0;

  constructor(
    readonly name: string,
    readonly attributes: readonly XmlAttribute[],
    children: SourceElement[],
    readonly parent: SourceElement | undefined,
    private readonly lines: LineIndex,
    /** Offset of the `<` of the start tag (the name, as written, follows it). */
    readonly startOffset: number,
    /** Offset just after the start tag's `>`: where the content starts. */
    readonly contentStartOffset: number,
  ) {
    this.children = children;
    // Until an end tag says otherwise: a self-closing element ends with its start tag.
    this.contentEndOffset = contentStartOffset;
    this.endOffset = contentStartOffset;
  }

  /**
   * 1-based index among the parent's children of the same name. Only diagnostics ask (XPaths), so
   * it is counted when first asked, for all the parent's children at once (once per parent, not
   * once per child: 8,000 same-name siblings stay linear).
   */
  get sameNameIndex(): number {
    if (this.madeSameNameIndex === 0) {
      if (this.parent) SourceElement.numberByName(this.parent.children);
      else this.madeSameNameIndex = 1;
    }
    return this.madeSameNameIndex;
  }

  /** Sets each element's sameNameIndex: its place among the elements of `siblings` named like it. */
  private static numberByName(siblings: readonly SourceElement[]): void {
    const counts = new Map<string, number>();
    for (const el of siblings) {
      const n = (counts.get(el.name) ?? 0) + 1;
      counts.set(el.name, n);
      el.madeSameNameIndex = n;
    }
  }

  get text(): string {
    const pieces = this.#pieces;
    if (pieces !== undefined) {
      this.#text = pieces.join('');
      this.#pieces = undefined;
    }
    return this.#text;
  }

  /** Appends a piece of character data (for the scanner, while it reads the element's content). */
  addText(s: string): void {
    const pieces = this.#pieces;
    if (pieces !== undefined) pieces.push(s);
    else if (this.#text === '') this.#text = s;
    else this.#pieces = [this.#text, s];
  }

  /** Whether the text is empty or white space only (XML's four characters), without joining its pieces. */
  get textIsSpace(): boolean {
    const pieces = this.#pieces;
    if (pieces === undefined) return isSpaceOnly(this.#text);
    for (let i = 0; i < pieces.length; i++) if (!isSpaceOnly(pieces[i]!)) return false;
    return true;
  }

  get range(): Range {
    return (this.madeRange ??= this.lines.range(this.startOffset, this.endOffset));
  }

  get nameRange(): Range {
    return (this.madeNameRange ??= this.lines.range(this.startOffset + 1, this.startOffset + 1 + this.name.length));
  }

  get startTagRange(): Range {
    return this.lines.range(this.startOffset, this.contentStartOffset);
  }

  get contentRange(): Range {
    return this.lines.range(this.contentStartOffset, this.contentEndOffset);
  }
}

