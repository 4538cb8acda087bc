// Tells a page dump (pandoc Markdown of a web page) from an ordinary text file by its first 64 KB.

/** How much of a file is read: enough for the chrome at the top of any dump, cheap even for a 50 MB file. */
export const SNIFF_LENGTH = 64 * 1024;

/** Evidence needed: one pandoc attribute construct is a coincidence in prose or notes, a few of them are not. */
const MIN_SCORE = 3;

// A fenced div that carries attributes: `::: {#id .class}` or pandoc's bare class word `::: note`; layout tables put
// them inside grid cells (`| ::: {.x} |`).
const FENCE_WITH_ATTRIBUTES_RE = /^(?:\| *)? {0,3}:{3,} *(?:\{ *[#.\w-]|[\w-]+ *:* *(?:\|.*)?$)/gm;
// A link or span followed by an attribute block: `[text](url){#id .cls}` or `[text]{.cls}`.
const ATTRIBUTE_LINK_RE = /\]\([^()\n]*\)\{[#.\w-]|\]\{[#.][\w-]/g;
// A heading with an explicit identifier, as pandoc writes every HTML heading that had an id.
const HEADING_ID_RE = /^#{1,6} .*\{#[\w-]+[^}\n]*\}\s*$/gm;
// Any attribute block that starts with an id or a class (`{#x align="center"}` in a layout table cell, `{.popup}`).
const ATTRIBUTE_BLOCK_RE = /\{[#.][\w-]+(?:[ \t]+(?:[#.][\w-]+|[\w-]+=(?:"[^"\n]*"|[^\s"}]+)))*[ \t]*\}/g;
// A grid table border: pandoc writes layout tables as grid tables.
const GRID_BORDER_RE = /^\+(?:-{3,}\+){2,}\s*$/gm;
// An inline SVG or icon that pandoc turned into a base64 `data:` image: pages open with sprite sheets like this.
const DATA_SVG_IMAGE_RE = /!\[[^\]\n]*\]\(data:image\/svg\+xml;base64,/g;
// An attribute block of HTML attributes only (`{hidden=""}`, `{target="_blank"}`): pandoc keeps a tag's attributes so.
const HTML_ATTRIBUTE_BLOCK_RE = /\{[\w-]+="[^"\n]*"[ \t\n}]/g;
// HTML that pandoc read as text (a page served as text, a template) and escaped: `\<div class=\"x\"\>`. Nothing
// but pandoc's writer escapes both the angle brackets and the quotes of a tag.
const ESCAPED_TAG_RE = /\\<\/?[A-Za-z][\w-]*(?=[\s\\])/g;
const ESCAPED_ATTRIBUTE_RE = /[\w-]=\\"/g;
// A grid table border with alignment colons (`+:----:+`): pandoc's grid tables have them, reStructuredText's never.
// The `+` before the look for a colon (which the `+` is not): the same lines, but a line that does not start with
// `+` is no longer read to its end first (issue 13: 0.2% of a `pagedump extract` process over wcxb-dev dumps).
const ALIGNED_GRID_BORDER_RE = /^\+(?=[^\n]*:)(?:[-=:]{3,}\+){2,}[ \t]*$/gm;
/** Escaped tags and attributes needed to count as pandoc-escaped HTML: a sentence about `\<div\>` has one or two. */
const MIN_ESCAPED_HTML = 3;

export interface SniffResult {
	readonly isDump: boolean;
	readonly fences: number;
	readonly attributeLinks: number;
	readonly headingIds: number;
	readonly dataSvgImages: number;
	readonly attributeBlocks: number;
	readonly gridTables: number;
	readonly htmlAttributeBlocks: number;
	readonly escapedTags: number;
	readonly alignedGridBorders: number;
}

/** Counts the pandoc signature in the first `SNIFF_LENGTH` characters; see `looksLikeDump`. */
export function sniffDump(text: string): SniffResult {
	const head = text.length > SNIFF_LENGTH ? text.slice(0, SNIFF_LENGTH) : text;
	// NUL characters mean binary data, whatever else matches.
	if (head.includes('\u0000')) return { isDump: false, fences: 0, attributeLinks: 0, headingIds: 0, dataSvgImages: 0, attributeBlocks: 0, gridTables: 0, htmlAttributeBlocks: 0, escapedTags: 0, alignedGridBorders: 0 };
	const fences = count(head, FENCE_WITH_ATTRIBUTES_RE);
	const attributeLinks = count(head, ATTRIBUTE_LINK_RE);
	const headingIds = count(head, HEADING_ID_RE);
	const dataSvgImages = count(head, DATA_SVG_IMAGE_RE);
	const attributeBlocks = count(head, ATTRIBUTE_BLOCK_RE);
	const gridTables = count(head, GRID_BORDER_RE);
	const htmlAttributeBlocks = count(head, HTML_ATTRIBUTE_BLOCK_RE);
	const escapedTags = count(head, ESCAPED_TAG_RE);
	const escapedHtml = escapedTags >= MIN_ESCAPED_HTML && count(head, ESCAPED_ATTRIBUTE_RE) >= MIN_ESCAPED_HTML;
	const alignedGridBorders = count(head, ALIGNED_GRID_BORDER_RE);
	// Fences, inline SVG and escaped HTML tags weigh most: nothing but pandoc writes them. Links with attributes and
	// heading ids also appear in hand-written Markdown; an aligned grid border in hand-written pandoc Markdown.
	const score = 2 * Math.min(fences, 3) + 3 * Math.min(dataSvgImages, 1) + Math.min(attributeLinks, 3) + Math.min(headingIds, 2) +
		Math.min(attributeBlocks, 2) + Math.min(gridTables, 1) + Math.min(htmlAttributeBlocks, 2) + (escapedHtml ? 3 : 0) + 2 * Math.min(alignedGridBorders, 1);
	const isDump = (fences > 0 || dataSvgImages > 0 || attributeLinks >= 2 || escapedHtml || alignedGridBorders > 0) && score >= MIN_SCORE;
	return { isDump, fences, attributeLinks, headingIds, dataSvgImages, attributeBlocks, gridTables, htmlAttributeBlocks, escapedTags, alignedGridBorders };
}

/**
 * True when the text looks like a page dump: fenced divs with attributes and attribute-bearing links or spans in its
 * first 64 KB. Plain notes, logs and ordinary Markdown give false. Never throws.
 */
export function looksLikeDump(text: string): boolean {
	return sniffDump(text).isDump;
}

// Counts matches, stopping early: the score saturates long before a dump's hundreds of fences.
function count(text: string, re: RegExp): number {
	re.lastIndex = 0;
	let n = 0;
	while (n < 10 && re.exec(text) !== null) n++;
	re.lastIndex = 0;
	return n;
}
