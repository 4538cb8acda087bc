// A heading that names the site (a link home, the host's name) loses to any heading of the article region that could be the title.
import type { SourceRange } from '../../model/dumpDocument';
import { MIN_SCORE, type Candidate, type MNode } from './scan';

/** A heading this near before the region's start leads it ("## A brief intro to git" 120 characters before the body). */
const LEADS_REGION_CHARS = 300;

interface Scored {
	readonly candidate: Candidate<string>;
	readonly node: MNode;
	/** Whether the heading's content names the site (`linksOrSpellsSite` in `title.ts`). */
	readonly site: boolean;
}

/**
 * The best heading inside the article region when the chosen one names the site; undefined to keep the choice.
 * A site-named h1 keeps most of its level's weight after the site penalty, so a forum's "# [Arch Linux](http://archlinux.org/)"
 * (25 points) still beat the thread's own "### What happened with Arch Linux ISO in 2024" (24) right at the start of the
 * posts. Only a heading whose content names the site counts: a "site-title" class alone also wraps a page's own h1 on
 * some themes, and letting the region's h2 win there cost one right title. A blog's "# [Cory Dransfeldt](/)" above the
 * post's "## A brief intro to git", 120 characters before the body, is the same case. Measured on the wcxb-dev tuning
 * part with `hostNameHeading.ts`: title right 769 -> 772 of 1054 (bestmobileappawards, bbs.archlinux, coryd), none
 * lost; on the Readability corpus "Hi, I'm Nicolas." gives way to the post's heading (53/127 either way).
 */
export function pageHeadingOverSite<T extends Scored>(cands: readonly T[], top: { readonly node: MNode } | undefined, region: SourceRange | undefined): T | undefined {
	if (!top || !(cands.find((c) => c.node === top.node)?.site) || !region) return undefined;
	let best: T | undefined;
	for (const c of cands) {
		if (c.site || c.candidate.score < MIN_SCORE) continue;
		// The region often starts right under the headline: a heading just before it leads it too.
		if (c.node.range.start < region.start - LEADS_REGION_CHARS || c.node.range.end > region.end) continue;
		if (!best || c.candidate.score > best.candidate.score) best = c;
	}
	return best;
}
