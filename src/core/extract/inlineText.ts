// Visible text of dump nodes, and the attribute tests (hidden, vocabulary) that the extractor and the renderers share.
import type { Attributes, Block, Inline } from '../model/dumpDocument';

/** Options for reading the text of inlines. */
export interface TextOptions {
	/** Include image alt text (a figure's caption lives there). Off for measuring density, on for rendering. */
	readonly images?: boolean;
}

/** The value of an attribute pair, by case-insensitive key. */
export function attrValue(attrs: Attributes | undefined, key: string): string | undefined {
	if (!attrs) return undefined;
	const k = key.toLowerCase();
	for (const [name, value] of attrs.pairs) if (name.toLowerCase() === k) return value;
	return undefined;
}

/**
 * The words a node's attributes use to describe it: id, classes, and the values of role, itemprop, property and
 * itemtype. Matched against the extractor's vocabularies, like Readability's `className + id`.
 */
export function attrWords(attrs: Attributes | undefined): string {
	if (!attrs) return '';
	const parts: string[] = [];
	if (attrs.id) parts.push(attrs.id);
	parts.push(...attrs.classes);
	for (const key of ['role', 'itemprop', 'property', 'data-component', 'component']) {
		const v = attrValue(attrs, key);
		if (v) parts.push(v);
	}
	return parts.join(' ');
}

const DISPLAY_NONE_RE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/** Whether the element was invisible on the page: `display:none`, `visibility:hidden`, `hidden`, or `aria-hidden="true"` (as Readability judges visibility). */
export function isHidden(attrs: Attributes | undefined): boolean {
	if (!attrs) return false;
	const style = attrValue(attrs, 'style');
	if (style && DISPLAY_NONE_RE.test(style)) return true;
	if (attrValue(attrs, 'hidden') !== undefined) return true;
	// Lazy-image fallbacks are aria-hidden but hold the only copy of the image.
	if (attrValue(attrs, 'aria-hidden') === 'true' && !attrs.classes.some((c) => c.includes('fallback-image'))) return true;
	return false;
}

/** The visible text of inlines: escapes resolved, hidden spans and raw HTML dropped, soft breaks as spaces. */
export function inlineText(inlines: readonly Inline[], options: TextOptions = {}): string {
	let out = '';
	for (const n of inlines) {
		switch (n.kind) {
			case 'text':
				out += n.value;
				break;
			case 'code':
				out += n.value;
				break;
			case 'emphasis':
				out += inlineText(n.children, options);
				break;
			case 'link':
				out += inlineText(n.children, options);
				break;
			case 'span':
				if (!isHidden(n.attrs)) out += inlineText(n.children, options);
				break;
			case 'image':
				if (options.images) out += inlineText(n.alt, options);
				break;
			case 'break':
				out += '\n';
				break;
			case 'softbreak':
				out += ' ';
				break;
			case 'rawHtml':
				if (/^<br\b/i.test(n.html)) out += '\n';
				break;
			case 'note':
				break;
		}
	}
	return out;
}

/** Collapses runs of white space (including non-breaking spaces) to one space and trims. */
export function collapse(s: string): string {
	return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** The visible text of a block and everything inside it, blocks separated by newlines. */
export function blockText(block: Block, options: TextOptions = {}): string {
	switch (block.kind) {
		case 'paragraph':
		case 'heading':
			return inlineText(block.content, options);
		case 'div':
		case 'htmlDiv':
			return isHidden(block.attrs) ? '' : block.children.map((b) => blockText(b, options)).join('\n');
		case 'blockquote':
			return block.children.map((b) => blockText(b, options)).join('\n');
		case 'list':
			return block.items.map((it) => it.children.map((b) => blockText(b, options)).join('\n')).join('\n');
		case 'code':
			return block.rawFormat ? '' : block.text;
		case 'table': {
			const rows = block.header ? [block.header, ...block.rows] : block.rows;
			return rows.map((r) => r.cells.map((c) => c.blocks.map((x) => blockText(x, options)).join(' ')).join(' ')).join('\n');
		}
		default:
			return '';
	}
}
