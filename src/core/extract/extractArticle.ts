// Article body extraction: finds the container holding the article in a parsed dump and cleans the chrome out of it.
import type { DumpDocument, SourceRange } from '../model/dumpDocument';
import type { Article, ArticleMetadata } from './article';
import { ALL_FLAGS, type Attempt, BlockIndex, type Flags, ROOT } from './blockIndex';
import { byProfile } from './byProfile';
import { grab } from './candidates';
import { blockText, collapse } from './inlineText';
import { extractMetadata } from './metadata';
import { dropRepeatedMetadata } from './repeatedMetadata';
import * as W from './scoring';

export { explainExtraction, type ExtractionExplanation } from './explain';

/**
 * Extracts the article body of a parsed dump. Never throws: a dump with no article text (or input that is not a
 * dump) gives `empty: true`.
 *
 * Workflow:
 * 1. Index: measure every block once (visible text, link text, commas, paragraphs, images, list items); hidden
 *    containers (`display:none`, `aria-hidden`) measure as empty.
 * 2. Profile: when a platform profile (profiles.ts) recognises the dump and its body container holds enough text,
 *    that container is the article; go to 6.
 * 3. Prune: containers whose class, id or role name chrome (navigation, menus, headers, footers, comments, social,
 *    related...) are set aside, unless they also name content or hold the article-body container.
 * 4. Score: every paragraph-like block of enough text scores 1 + commas + a length bonus, added to its container,
 *    half to the grandparent, and less further up; containers start from their class weight. A candidate's final
 *    score is discounted by its link density.
 * 5. Pick: the best candidate, promoted to a common ancestor when several good candidates share one, or to a
 *    parent that scores nearly as well; then its siblings (paragraphs or well-scored containers) join it.
 * 6. Clean inside, bottom-up: drop hidden and pruned containers, share widgets, link-dense or content-poor
 *    containers, lists and tables (conditional cleaning), headings with chrome classes, bylines, raw HTML, empty
 *    paragraphs and spacers. Every removal is recorded with its step, signal and score.
 * 7. Sieve: if the result is shorter than `CHAR_THRESHOLD`, retry with one pass fewer (pruning, class weights,
 *    conditional cleaning) and keep the longest attempt.
 * 8. Metadata: `extractMetadata(doc, { region })`; the title heading and leading byline/date blocks that repeat
 *    metadata are removed from the body.
 */
export function extractArticle(doc: DumpDocument): Article {
	try {
		return extract(doc);
	} catch {
		// A bug here must not take the editor down: an empty article is a safe answer.
		return { metadata: safeMetadata(doc, undefined), blocks: [], removed: [], empty: true };
	}
}

/** Control characters (other than tab and line breaks) in this share of the first `BINARY_SAMPLE` characters mean binary data, not a dump. */
const BINARY_SHARE = 0.01;
const BINARY_SAMPLE = 65536;

function looksBinary(text: string): boolean {
	const sample = text.slice(0, BINARY_SAMPLE);
	if (sample.includes('\u0000')) return true;
	const controls = sample.match(/[\u0001-\u0008\u000e-\u001f]/g)?.length ?? 0;
	return controls > sample.length * BINARY_SHARE;
}

function safeMetadata(doc: DumpDocument, region: SourceRange | undefined): ArticleMetadata {
	try {
		return extractMetadata(doc, { region });
	} catch {
		return {};
	}
}

function extract(doc: DumpDocument): Article {
	if (!doc || !Array.isArray(doc.blocks) || doc.blocks.length === 0 || looksBinary(doc.text)) {
		return { metadata: {}, blocks: [], removed: [], empty: true };
	}
	const index = new BlockIndex(doc);

	// 2-7: the profile first, then the sieve of flags.
	// A profile's body container is trusted even when short: the platform says where the article is.
	let best: Attempt | undefined = byProfile(index);
	if (!best || best.chars < (best.profile?.minChars ?? W.CHAR_THRESHOLD)) {
		const sieve: Flags[] = [
			ALL_FLAGS,
			{ ...ALL_FLAGS, stripUnlikely: false },
			{ stripUnlikely: false, weightClasses: false, cleanConditionally: true },
			{ stripUnlikely: false, weightClasses: false, cleanConditionally: false },
		];
		for (const flags of sieve) {
			const attempt = grab(index, flags);
			if (!best || attempt.chars > best.chars) best = attempt;
			if (attempt.chars >= W.CHAR_THRESHOLD) {
				best = attempt;
				break;
			}
		}
	}
	const attempt = best!;
	const region = attempt.region === ROOT ? undefined : attempt.region.range;

	// 8: metadata, then the blocks that repeat it.
	const metadata = safeMetadata(doc, region);
	const removed = [...attempt.removed];
	const blocks = dropRepeatedMetadata(index, attempt.blocks, metadata, removed);
	removed.sort((a, b) => a.range.start - b.range.start);
	const hasText = blocks.some((b) => collapse(blockText(b, { images: true })).length > 0);
	return { metadata, blocks, region, removed, empty: !hasText };
}
