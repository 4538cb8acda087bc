// Landing tiles: on a service page kept as one container, the short tiles the container's cleaning dropped (figures, prices, captions) come back as the whole page reads them.
import type { SourceRange } from '../../model/dumpDocument';
import { RangeIndex } from '../../model/rangeIndex';
import { type Attempt, ROOT } from '../blockIndex';
import { collapsedText } from '../inlineText';

/**
 * When the service strategy keeps the article pipeline's container (it holds most of the page), that container went
 * through Readability's conditional cleaning, which drops every sub-container with less than 25 characters of text
 * and no heading density: on an article those are widgets, on a landing page they are its figure tiles ("3x / more
 * job offers", "42% / increased job level"), its plan prices ("$139 / Regular Price $149") and its feature captions,
 * which the annotators keep. The whole page (wholePage.ts) is read without conditional cleaning, so its copy of each
 * such tile is put back; tiles dropped for link density, images or class weight stay dropped.
 *
 * Measured on the wcxb-dev tuning pages that are service or documentation pages or are detected as such (239 pages;
 * no other page can change), word F1: half A (studied) service +0.0006 (5 pages up: +0.03 on a resume service's
 * figures and a job board's price plans, 4 down by 0.002–0.012), half B (measured only) service +0.0002 (2 up, 1
 * down). Putting back every conditionally cleaned tile instead: half A service −0.0013; the region read wholly as
 * the whole page reads it: half B listing −0.0081 (a listing read as a service page), half A article −0.0009.
 */

/** The conditional cleaning's reason for a container with little text (clean.ts `conditionalClean`). */
const SHORT_RE = /^short \d/;

/** The container of a page taken as a landing page with the short tiles its cleaning dropped put back; `kept` when none. */
export function withLandingTiles(kept: Attempt, whole: Attempt): Attempt {
	if (kept.region === ROOT || kept.profile) return kept;
	const { start, end } = kept.region.range;
	const short = kept.removed.filter((r) => r.step === 'conditional' && SHORT_RE.test(r.signal) && r.range.start >= start && r.range.end <= end);
	if (short.length === 0) return kept;
	// The whole page's cleaning unwraps containers: its blocks inside a dropped tile are the tile's text.
	// A tile inside a block the container kept whole (a quote) is there already.
	const shortIndex = new RangeIndex(short.map((r) => r.range));
	const inShort = (r: SourceRange): boolean => shortIndex.encloses(r);
	const keptIndex = new RangeIndex(kept.blocks.map((k) => k.range));
	const inKept = (r: SourceRange): boolean => keptIndex.encloses(r);
	const back = whole.blocks.filter((b) => inShort(b.range) && !inKept(b.range));
	if (back.length === 0) return kept;
	const blocks = [...kept.blocks, ...back].sort((a, b) => a.range.start - b.range.start);
	let chars = kept.chars;
	for (const b of back) chars += collapsedText(b).length;
	const dropped = new Set(short);
	return { ...kept, blocks, removed: kept.removed.filter((r) => !dropped.has(r)), chars };
}
