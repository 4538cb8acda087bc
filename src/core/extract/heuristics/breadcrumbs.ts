// Breadcrumbs: a line of links joined by separators ("Home / Camping / Cookware") is navigation, not the page's content.
import type { Block, Inline } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapsedText } from '../inlineText';

/** Separators of a breadcrumb trail. */
const SEPARATOR_RE = /\s(?:\/|»|›|>|\||→|::)\s/g;
/** A trail is short: a few levels of a site's sections. */
const MAX_TRAIL_CHARS = 150;
/** At least this many separators: "A / B" alone may be a date range or a ratio, "A / B / C" is a trail. */
const MIN_SEPARATORS = 2;

function linkCount(inlines: readonly Inline[]): number {
	let n = 0;
	for (const x of inlines) {
		if (x.kind === 'link') n++;
		else if (x.kind === 'emphasis' || x.kind === 'span') n += linkCount(x.children);
	}
	return n;
}

/** Drops paragraphs that are breadcrumb trails: separated segments, all but the last usually links. */
export function dropBreadcrumbs(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	return blocks.filter((b) => {
		if (b.kind !== 'paragraph') return true;
		const text = collapsedText(b);
		if (text.length === 0 || text.length > MAX_TRAIL_CHARS) return true;
		const separators = text.match(SEPARATOR_RE)?.length ?? 0;
		if (separators < MIN_SEPARATORS || linkCount(b.content) < separators) return true;
		// Words outside the segments would make it a sentence: every segment is short.
		if (text.split(SEPARATOR_RE).some((seg) => seg.split(/\s+/).length > 8)) return true;
		removed.push({ range: b.range, step: 'breadcrumb', signal: text });
		return false;
	});
}
