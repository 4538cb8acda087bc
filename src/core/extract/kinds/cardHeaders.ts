// Card headers: on a landing page, a row of containers named "header" that each hold a heading are its cards' heads (plans, questions, steps), not the page's header.
import { walkBlocks } from '../../model/walk';
import { type Attempt, type BlockIndex, type Container, type Flags, ROOT } from '../blockIndex';
import { collapsedText } from '../inlineText';
import { prunedContainers } from '../prune';
import { withContainersBack } from './containersBack';

/**
 * Step 3 prunes a container whose class says `header` as the page's header. A landing page names the head of each
 * card so (`card-header` over a plan's name and tagline, `accordion-header` over an FAQ's question, `module__header`
 * over a section's title), and loses every plan name and question. A page has one header; cards repeat theirs, so
 * at least `MIN_CARD_HEADERS` containers of one class, each holding a heading, are cards' heads
 * (heuristics/itemHeaders.ts keeps a feed's sibling item headers the same way, by their linked titles).
 *
 * Measured offline on the wcxb-dev tuning part (pages detected as service pages, outermost containers pruned for
 * `header` holding a heading, 3 or more of one class): half A 11 pages, 491 of 598 words in the annotated text; half
 * B 5 pages. Built (service strategy only), pages detected as service pages: half A service 0.8423 → 0.8438 (a
 * resume service's plan cards 0.83 → 0.93, an FAQ 0.815 → 0.813) and a product page 0.779 → 0.781; half B service
 * 0.8553 → 0.8567 (2 pages up, +0.018 and +0.076, one down −0.004).
 */
export const MIN_CARD_HEADERS = 3;

/** Cleaned as the whole page is (wholePage.ts): chrome by name, nothing by link density. */
const HEADER_FLAGS: Flags = { stripUnlikely: true, weightClasses: false, cleanConditionally: false };

/** The classes of a container as one key. */
function classKey(c: Container): string {
	return [...c.attrs.classes].sort().join(' ');
}

/** Whether blocks hold a heading with text. */
function hasHeading(c: Container): boolean {
	let found = false;
	walkBlocks([c], (b) => {
		if (!found && b.kind === 'heading' && collapsedText(b) !== '') found = true;
	});
	return found;
}

/** The attempt with its cards' headers put back (see the header), inside its region; the attempt itself when none. */
export function withCardHeaders(index: BlockIndex, attempt: Attempt): Attempt {
	const pruned = prunedContainers(index, HEADER_FLAGS);
	// 1. Outermost containers pruned for the word "header" alone, holding a heading, grouped by class.
	const groups = new Map<string, Container[]>();
	for (const [b, why] of pruned) {
		if (why !== 'header' || (b.kind !== 'div' && b.kind !== 'htmlDiv')) continue;
		const c = b as Container;
		if (c.attrs.classes.length === 0) continue;
		let outer = true;
		for (let p = index.parent.get(c); p !== undefined && outer; p = index.parent.get(p)) if (pruned.has(p)) outer = false;
		if (!outer || !hasHeading(c)) continue;
		const key = classKey(c);
		const group = groups.get(key);
		if (group) group.push(c);
		else groups.set(key, [c]);
	}
	// 2. Groups of `MIN_CARD_HEADERS` inside the attempt's region, cleaned as the whole page is.
	const region = attempt.region === ROOT ? undefined : attempt.region.range;
	const back: Container[] = [];
	for (const group of groups.values()) {
		if (group.length < MIN_CARD_HEADERS) continue;
		for (const c of group) if (!region || (c.range.start >= region.start && c.range.end <= region.end)) back.push(c);
	}
	return withContainersBack(index, attempt, back, HEADER_FLAGS, pruned);
}
