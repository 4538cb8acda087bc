// A name written as plain text after "Thread starter" or "Started by" in a thread's header: the thread's author, even when the name links nowhere.
import { splitNames } from './names';
import { WEIGHT } from '../metadataRules';
import type { Candidate, MetadataScan } from './scan';

/**
 * Reason: forum software prints the opening poster under the thread's title ("Thread starter kiln_rider42", "Started by
 * Jane Roe, June 4, 2024"). `threadStarterLabel.ts` reads the name when it links to a member page; a guest's or a
 * deleted member's name, and some boards' every name, is plain text or a span, and with the platform's classes unread
 * (the declassed yardstick) nothing else says that this name is the starter's: the first reply's poster, marked
 * `itemprop="author"`, was reported instead. The label is text a reader sees, not one site's words.
 * Guards: the label starts its line (a header's field, not a sentence: "seeds are best started by sowing"), the line
 * is short, holds no link (the link rule reads those), and is near the title; the first such line is the only one read.
 *
 * Measured on the wcxb-dev tuning part (session 50, meta55; cached regions and full evals): author right as is 424 -> 425
 * of 529 (a XenForo guest's thread, half A), declassed 403 -> 405 (that thread and an unlinked starter, half B);
 * a third board's "Started by Name, date" now gives the name alone (right before and after); wrong 1 fewer as is and
 * 2 fewer declassed, reported where the truth has none unchanged (3 and 5 of 525). Three sites, both halves.
 */
const STARTER_LINE_RE = /^[^\p{L}\p{N}]{0,8}(?:(?:thread|discussion|topic)\s+(?:starter|author|creator)|started\s+by|original\s+poster)\s*:?\s+([^,·|•]{1,60})/iu;

/**
 * One token that the name rules do not take for a name (`splitNames` drops mail addresses): after the label it is the
 * name a guest posted under, as the board shows it.
 */
const GUEST_TOKEN_RE = /^[\p{L}\p{N}][\p{L}\p{N}._@+-]{1,59}$/u;
/** A header's line: longer lines are prose or a list of threads. */
const MAX_LINE_CHARS = 120;
/** How far after the title the header's label line may be (compact characters, `MetadataScan.gap`). */
const HEADER_WINDOW_CHARS = 3000;
/**
 * Above a platform profile's author element (its class and profile weights, before the position score, `author.ts`):
 * the label says which poster opened the thread, a profile's author element may be any reply's (XenForo marks every
 * reply's poster, and a guest's mail address in the header's name element is read as no name).
 */
const STARTER_TEXT_SCORE = WEIGHT.classOwn + WEIGHT.profile + 1;

export function starterLabelNameCandidates(s: MetadataScan): Candidate<string[]>[] {
	const a = s.anchor();
	if (a === undefined) return [];
	for (let ni = 0; ni < s.nodes.length; ni++) {
		if (s.kindAt(ni) !== 'paragraph') continue;
		const n = s.nodes[ni];
		if (n.start < a) continue;
		if (s.gap(a, n.start) > HEADER_WINDOW_CHARS) break;
		if (s.textLongerThan(n, MAX_LINE_CHARS)) continue;
		const m = STARTER_LINE_RE.exec(s.textOf(n));
		if (!m || s.firstLinkIn(n)) continue;
		const names = splitNames(m[1], { handles: true });
		// A guest's name as the board printed it, a mail address too ("Thread starter jane@example.org"): one token.
		if (names.length === 0 && GUEST_TOKEN_RE.test(m[1].trim())) names.push(m[1].trim());
		return names.length === 1 ? [{ value: names, source: n.range, rule: 'text:starter', score: STARTER_TEXT_SCORE + s.positionScore(n), node: n }] : [];
	}
	return [];
}
