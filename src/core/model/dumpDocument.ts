// The document model of a page dump: blocks and inlines, each carrying its exact source range.

/** A half-open range of UTF-16 offsets into the dump's text: `text.slice(start, end)` is the node's source. */
export interface SourceRange {
	readonly start: number;
	readonly end: number;
}

/** Pandoc attributes `{#id .class key="value"}` (or a bare class word on a fence). */
export interface Attributes {
	readonly id?: string;
	readonly classes: readonly string[];
	/** Other key/value pairs in source order; keys keep their case. */
	readonly pairs: readonly (readonly [string, string])[];
	/** The range of the whole attribute block including braces (or of the bare class word). */
	readonly range: SourceRange;
}

export type Block =
	| FencedDiv
	| HtmlDiv
	| Heading
	| Paragraph
	| List
	| BlockQuote
	| CodeBlock
	| RawHtmlBlock
	| ThematicBreak
	| Table
	| EncodedHtml
	| LinkDefinition
	| HardBreakLine;

interface BlockBase {
	readonly range: SourceRange;
}

/** `::: {#id .cls}` ... `:::`. `closed` is false when the dump ended (or an outer fence closed) before its own fence. */
export interface FencedDiv extends BlockBase {
	readonly kind: 'div';
	readonly attrs: Attributes;
	readonly openRange: SourceRange;
	readonly closeRange?: SourceRange;
	readonly closed: boolean;
	readonly children: Block[];
}

/** A bare `<div ...>` ... `</div>` pair that pandoc wrote as raw HTML lines around Markdown content. */
export interface HtmlDiv extends BlockBase {
	readonly kind: 'htmlDiv';
	/** Attributes parsed from the opening tag (id, class, others). */
	readonly attrs: Attributes;
	readonly openRange: SourceRange;
	readonly closeRange?: SourceRange;
	readonly closed: boolean;
	readonly children: Block[];
}

export interface Heading extends BlockBase {
	readonly kind: 'heading';
	readonly level: number;
	readonly content: Inline[];
	/** The range of the heading text, without the `#` marks and the trailing attributes. */
	readonly contentRange: SourceRange;
	readonly attrs?: Attributes;
	/** Setext headings (`Title` over `====`) are rare in dumps but legal. */
	readonly setext: boolean;
}

export interface Paragraph extends BlockBase {
	readonly kind: 'paragraph';
	readonly content: Inline[];
}

export interface List extends BlockBase {
	readonly kind: 'list';
	readonly ordered: boolean;
	/** The first number of an ordered list. */
	readonly start: number;
	readonly items: ListItem[];
	/**
	 * A definition list (`Term` then `:   Definition`): each item's first child is the term's paragraph and the rest
	 * are its definitions' blocks; the item's `markerRange` is its first definition's `:`. Readers that know nothing
	 * of it see a bullet list whose items start with the term.
	 */
	readonly definition?: true;
}

export interface ListItem {
	readonly range: SourceRange;
	/** The range of the marker (`-`, `*`, `1.`, `(a)`). */
	readonly markerRange: SourceRange;
	readonly children: Block[];
}

export interface BlockQuote extends BlockBase {
	readonly kind: 'blockquote';
	readonly children: Block[];
}

/** Fenced (``` or ~~~) or indented code. A raw block such as ```` ```{=html} ```` has `rawFormat`. */
export interface CodeBlock extends BlockBase {
	readonly kind: 'code';
	readonly fenced: boolean;
	/** The language: the first word of the info string or the first class of its attributes. */
	readonly language?: string;
	readonly rawFormat?: string;
	readonly attrs?: Attributes;
	/** The code itself, without fences and with the fence's indentation removed. */
	readonly text: string;
	readonly closed: boolean;
}

/** Raw HTML lines that are not a `<div>` pair (comments, `<iframe>`, `<script>`, tables pandoc could not convert...). */
export interface RawHtmlBlock extends BlockBase {
	readonly kind: 'rawHtml';
	readonly html: string;
}

export interface ThematicBreak extends BlockBase {
	readonly kind: 'hr';
}

/** Pipe, simple, multiline and grid tables. Cells hold blocks (usually one paragraph). */
export interface Table extends BlockBase {
	readonly kind: 'table';
	readonly format: 'pipe' | 'simple' | 'multiline' | 'grid';
	/** Header row, when the table has one. */
	readonly header?: TableRow;
	readonly rows: TableRow[];
	readonly caption?: Inline[];
}

export interface TableRow {
	readonly range: SourceRange;
	readonly cells: TableCell[];
}

export interface TableCell {
	readonly range: SourceRange;
	/** Cell text with table borders removed, lines joined by newlines. */
	readonly text: string;
	/** The cell parsed as a small document of its own: grid cells can hold code blocks, lists and paragraphs. */
	readonly blocks: Block[];
}

/** The single very long line of URL-encoded original HTML (`%3CLINGO-SUB ...`) that some sites leave in a dump. */
export interface EncodedHtml extends BlockBase {
	readonly kind: 'encodedHtml';
	/** The line as written (URL-encoded). Decode it with `decodeEncodedHtml`. */
	readonly encoded: string;
}

/** `[label]: url "title"`. */
export interface LinkDefinition extends BlockBase {
	readonly kind: 'linkDefinition';
	readonly label: string;
	readonly href: string;
	readonly title?: string;
}

/** A line holding only `\` (or a non-breaking space): pandoc's paragraph spacer. Kept so it can be dropped deliberately. */
export interface HardBreakLine extends BlockBase {
	readonly kind: 'spacer';
}

export type Inline =
	| Text
	| Emphasis
	| CodeSpan
	| Link
	| Image
	| Span
	| RawHtmlInline
	| LineBreak
	| SoftBreak
	| Note;

interface InlineBase {
	readonly range: SourceRange;
}

/** Plain text with escapes already resolved (`\'` is `'`). */
export interface Text extends InlineBase {
	readonly kind: 'text';
	readonly value: string;
	/**
	 * A soft break follows the text, at `range.end` (one character): the parser folds the line break after a text node
	 * into it rather than making a node of its own (see `leafInlines.ts`). Readers treat it as a `softbreak` node
	 * right after this one.
	 */
	readonly softBreakAfter?: boolean;
}

/** `*em*`, `**strong**`, `~~strike~~`, `^sup^`, `~sub~`. */
export interface Emphasis extends InlineBase {
	readonly kind: 'emphasis';
	readonly style: 'em' | 'strong' | 'strike' | 'sup' | 'sub';
	readonly children: Inline[];
}

export interface CodeSpan extends InlineBase {
	readonly kind: 'code';
	readonly value: string;
	readonly attrs?: Attributes;
}

/**
 * `[text](url "title"){attrs}`, `<https://autolink>`, or a reference `[text][label]` / `[label]`.
 * `range` runs from the `[` (or `<`) to the last character of the link, attributes included.
 */
export interface Link extends InlineBase {
	readonly kind: 'link';
	readonly children: Inline[];
	/** The target exactly as written between the parentheses (escapes resolved), or resolved from its definition. */
	readonly href: string;
	/** The range of the target in the source; for a reference link, of the label. */
	readonly hrefRange: SourceRange;
	readonly title?: string;
	readonly attrs?: Attributes;
	readonly form: 'inline' | 'autolink' | 'reference';
	/** For a reference link whose label has no definition. */
	readonly unresolved?: boolean;
}

/** `![alt](src "title"){attrs}`. Pandoc puts a figure's caption in the alt slot. */
export interface Image extends InlineBase {
	readonly kind: 'image';
	readonly alt: Inline[];
	readonly src: string;
	readonly srcRange: SourceRange;
	readonly title?: string;
	readonly attrs?: Attributes;
}

/** `[text]{attrs}`. */
export interface Span extends InlineBase {
	readonly kind: 'span';
	readonly children: Inline[];
	readonly attrs: Attributes;
}

export interface RawHtmlInline extends InlineBase {
	readonly kind: 'rawHtml';
	readonly html: string;
}

/** A hard line break: `\` at the end of a line, or two trailing spaces. */
export interface LineBreak extends InlineBase {
	readonly kind: 'break';
}

export interface SoftBreak extends InlineBase {
	readonly kind: 'softbreak';
}

/** A footnote reference `[^1]` or an inline note `^[...]`. */
export interface Note extends InlineBase {
	readonly kind: 'note';
	readonly label: string;
}

/** A problem the parser recovered from. Never thrown: returned as data. */
export interface ParseProblem {
	readonly kind: 'unclosed-fence' | 'stray-fence' | 'unclosed-code' | 'unclosed-html-div' | 'stray-html-div-close' | 'unclosed-attributes' | 'too-deep' | 'too-complex';
	readonly message: string;
	readonly range: SourceRange;
}

/** A parsed dump. Immutable by convention: consumers must not modify it. */
export interface DumpDocument {
	readonly text: string;
	readonly blocks: Block[];
	readonly problems: ParseProblem[];
	/** Reference link definitions by normalised label (lower case, white space collapsed). */
	readonly definitions: ReadonlyMap<string, LinkDefinition>;
}
