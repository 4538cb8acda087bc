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

export interface SniffResult {
	readonly isDump: boolean;
	readonly fences: number;
	readonly attributeLinks: number;
	readonly headingIds: number;
	readonly dataSvgImages: number;
	readonly attributeBlocks: number;
	readonly gridTables: number;
}

/** Counts the pandoc signature in the first `SNIFF_LENGTH` characters; see `looksLikeDump`. */
export function sniffDump(text: string): SniffResult {
	const head = text.length > SNIFF_LENGTH ? text.slice(0, SNIFF_LENGTH) : text;
	// NUL characters mean binary data, whatever else matches.
	if (head.includes('\u0000')) return { isDump: false, fences: 0, attributeLinks: 0, headingIds: 0, dataSvgImages: 0, attributeBlocks: 0, gridTables: 0 };
	const fences = count(head, FENCE_WITH_ATTRIBUTES_RE);
	const attributeLinks = count(head, ATTRIBUTE_LINK_RE);
	const headingIds = count(head, HEADING_ID_RE);
	const dataSvgImages = count(head, DATA_SVG_IMAGE_RE);
	const attributeBlocks = count(head, ATTRIBUTE_BLOCK_RE);
	const gridTables = count(head, GRID_BORDER_RE);
	// Fences and inline SVG weigh most: nothing but pandoc writes them. Links with attributes and heading ids also
	// appear in hand-written Markdown.
	const score = 2 * Math.min(fences, 3) + 3 * Math.min(dataSvgImages, 1) + Math.min(attributeLinks, 3) + Math.min(headingIds, 2) +
		Math.min(attributeBlocks, 2) + Math.min(gridTables, 1);
	const isDump = (fences > 0 || dataSvgImages > 0 || attributeLinks >= 2) && score >= MIN_SCORE;
	return { isDump, fences, attributeLinks, headingIds, dataSvgImages, attributeBlocks, gridTables };
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
