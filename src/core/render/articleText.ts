// The article body as plain text: paragraphs separated by blank lines, no markup, no title.
import type { Block, DumpDocument, Inline } from '../model/dumpDocument';
import type { Article } from '../extract/article';
import { inlineText, isHidden } from '../extract/inlineText';
import { documentHasMojibake, repairMojibake } from '../text/mojibake';

/** Plain text of inlines: link text without targets, image alt text (a figure's caption), hidden spans dropped. */
function inlinesText(inlines: readonly Inline[]): string {
	return inlineText(inlines, { images: false });
}

/** A run of white space that collapsing changes: anything but a lone space. */
const COLLAPSIBLE_RE = /[\t\u00a0]| {2}/;

/** Collapses spaces within lines and trims each line; drops blank lines inside one block. */
function tidy(s: string): string {
	return s
		.split('\n')
		// Most lines have nothing to collapse: testing first keeps a long line from being copied for nothing.
		.map((l) => (COLLAPSIBLE_RE.test(l) ? l.replace(/[ \t\u00a0]+/g, ' ') : l).trim())
		.filter((l) => l !== '')
		.join('\n');
}

function indent(s: string, prefix: string): string {
	return s
		.split('\n')
		.map((l) => (l === '' ? l : prefix + l))
		.join('\n');
}

function blockToText(b: Block): string {
	switch (b.kind) {
		case 'paragraph':
		case 'heading':
			return tidy(inlinesText(b.content));
		case 'list':
			return b.items
				.map((it, i) => {
					const marker = b.ordered ? `${b.start + i}. ` : '- ';
					const body = it.children.map(blockToText).filter((t) => t !== '').join('\n');
					return body === '' ? '' : marker + indent(body, ' '.repeat(marker.length)).slice(marker.length);
				})
				.filter((t) => t !== '')
				.join('\n');
		case 'blockquote':
			return indent(b.children.map(blockToText).filter((t) => t !== '').join('\n\n'), '  ');
		case 'code':
			return b.rawFormat ? '' : b.text.trimEnd();
		case 'table': {
			const rows = b.header ? [b.header, ...b.rows] : b.rows;
			const lines = rows.map((r) => r.cells.map((c) => stripCellDebris(c.blocks.map(blockToText).join(' '))).filter((t) => t !== '').join('\t'));
			if (b.caption && b.caption.length > 0) lines.unshift(tidy(inlinesText(b.caption)));
			return lines.filter((l) => l !== '').join('\n');
		}
		case 'div':
		case 'htmlDiv':
			return isHidden(b.attrs) ? '' : b.children.map(blockToText).filter((t) => t !== '').join('\n\n');
		default:
			return '';
	}
}

/**
 * A grid table wraps its cells at a fixed width, even inside a link target or an attribute block; the parser then
 * sees the broken markup as text. Removes such debris (link targets, attribute blocks, parenthesised URLs) from a cell's text.
 */
function stripCellDebris(s: string): string {
	return s
		.replace(/\s+/g, ' ')
		.replace(/\]\((?:[^()]|\([^()]*\))*\)?/g, ' ')
		.replace(/\{(?:[#.]|[\w:-]+=)[^{}]*\}?/g, ' ')
		.replace(/\b[\w:-]+="[^"]*"?/g, ' ')
		.replace(/\(\s*(?:https?:)?\/\/[^\s)]*\)?/g, ' ')
		.replace(/!?\[/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * The article body as plain text without the title: one block per paragraph, blocks separated by a blank line,
 * list items marked with `- ` or their number, quotes indented. Empty when the article is empty.
 */
export function renderText(article: Article, doc?: DumpDocument): string {
	const parts = article.blocks.map(blockToText).filter((t) => t !== '');
	const text = parts.length === 0 ? '' : parts.join('\n\n') + '\n';
	// A double-encoded dump's texts read back as the page wrote them (text/mojibake.ts), as the Markdown writes them.
	return doc !== undefined && documentHasMojibake(doc) ? repairMojibake(text) : text;
}
