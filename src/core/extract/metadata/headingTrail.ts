// A heading written as a trail ("## [Listopia](/list) > Best Books Ever") is titled by its last step: the steps before it link up.
import type { MetadataScan, MNode } from './scan';

/** The separators a trail's steps are written with: ">", "›", "»", "/" between spaces. */
const TRAIL_SEPARATOR_RE = /\s+[>›»/]\s+/u;

/**
 * The last step of a heading that is a breadcrumb trail, or undefined. Only a heading that holds links (the steps above
 * the page, "[Listopia](/list)") counts, and only when the last step has words: in a headline, a lone ">" or "/"
 * between words ("Rust > Go?", "Either/or") is the writer's, and such a heading links to nothing. Measured on the
 * wcxb-dev tuning part: no title changes (the one such heading, a list's header, still loses to an h1 elsewhere).
 */
export function headingTrailLast(s: MetadataScan, n: MNode, text: string): string | undefined {
	if (n.block?.kind !== 'heading' || !TRAIL_SEPARATOR_RE.test(text) || !s.firstLinkIn(n)) return undefined;
	const steps = text.split(TRAIL_SEPARATOR_RE);
	const last = steps[steps.length - 1].trim();
	return last.length >= 2 && /\p{L}/u.test(last) ? last : undefined;
}
