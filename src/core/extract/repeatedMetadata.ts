// Step 8 of extraction: the title heading and leading byline/date blocks that only repeat the metadata leave the body.
import { childBlocks } from '../model/blockTree';
import type { Block, SourceRange } from '../model/dumpDocument';
import type { ArticleMetadata, RemovedRegion } from './article';
import { type BlockIndex, isContainer } from './blockIndex';
import { collapse, inlineText, isHidden } from './inlineText';
import * as W from './scoring';

/** How alike two titles are: shared tokens over the tokens of the longer one. */
export function similarity(a: string, b: string): number {
	const ta = a.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
	const tb = b.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
	if (ta.length === 0 || tb.length === 0) return 0;
	const setB = new Set(tb);
	const shared = ta.filter((t) => setB.has(t)).length;
	return shared / Math.max(ta.length, tb.length);
}

/** Titles this alike are the same title (Readability's `_headerDuplicatesTitle` uses 0.75). */
export const TITLE_SIMILARITY = 0.75;
/** Only the first few kept blocks can be the article's header (title, byline, date). */
export const HEADER_BLOCKS = 4;

/** Step 8: removes the title heading and leading byline/date blocks that repeat the metadata. */
export function dropRepeatedMetadata(index: BlockIndex, blocks: readonly Block[], metadata: ArticleMetadata, removed: RemovedRegion[], keepBylines = false): Block[] {
	const out = [...blocks];
	const title = metadata.title?.value ?? guessTitle(index);
	const titleSource = metadata.title?.source;
	for (let i = 0; i < Math.min(out.length, HEADER_BLOCKS); i++) {
		const b = out[i];
		if (b.kind !== 'heading') continue;
		const text = collapse(inlineText(b.content));
		const sameSource = titleSource !== undefined && titleSource.start < b.range.end && titleSource.end > b.range.start;
		if (sameSource || (title !== undefined && b.level <= 2 && similarity(text, title) >= TITLE_SIMILARITY)) {
			removed.push({ range: b.range, step: 'title', signal: sameSource ? (metadata.title?.rule ?? 'metadata') : 'similar-to-title' });
			out.splice(i, 1);
			break;
		}
	}
	// Leading short blocks that only repeat the author or the date (a forum's first post keeps its author line).
	if (keepBylines) return out;
	const sourceText = (f: { source?: SourceRange } | undefined): string | undefined =>
		f?.source ? collapse(inlineTextOfRange(index.doc.text, f.source)) : undefined;
	const repeats = [metadata.author?.value, sourceText(metadata.published), sourceText(metadata.modified)]
		.filter((v): v is string => typeof v === 'string' && v.trim() !== '')
		.map((v) => collapse(v).toLowerCase());
	for (let i = 0; i < Math.min(out.length, HEADER_BLOCKS) && repeats.length > 0; i++) {
		const b = out[i];
		if (b.kind !== 'paragraph') continue;
		if (index.charsOf(b) > W.BYLINE_MAX_CHARS) continue;
		const text = collapse(inlineText(b.content)).toLowerCase();
		if (text.length === 0 || text.length > W.BYLINE_MAX_CHARS || !repeats.some((r) => text.includes(r))) continue;
		let rest = text;
		for (const r of repeats) rest = rest.split(r).join(' ');
		rest = rest.replace(/\b(by|on|and|updated|published|posted|last|modified)\b/g, ' ');
		if ((rest.match(/[\p{L}\p{N}]+/gu) ?? []).length > 2) continue;
		removed.push({ range: b.range, step: 'byline', signal: 'repeats-metadata' });
		out.splice(i, 1);
		i--;
	}
	return out;
}

/** The text of a source range read as inline Markdown: markup punctuation dropped, so it compares with rendered text. */
export function inlineTextOfRange(text: string, r: SourceRange): string {
	return text
		.slice(r.start, r.end)
		.replace(/\{[^{}]*\}/g, ' ')
		.replace(/\]\([^)]*\)/g, ' ')
		.replace(/[[\]\\]/g, ' ');
}

/** Without metadata, the title is the first level-1 heading of the dump. */
export function guessTitle(index: BlockIndex): string | undefined {
	const find = (blocks: readonly Block[]): string | undefined => {
		for (const b of blocks) {
			if (b.kind === 'heading' && b.level === 1) {
				const t = collapse(inlineText(b.content));
				if (t) return t;
			}
			const inner = isContainer(b) && isHidden(b.attrs) ? undefined : find(childBlocks(b));
			if (inner) return inner;
		}
		return undefined;
	};
	return find(index.doc.blocks);
}
