// A "By Jane Doe" line, or an author-page link after an author label ("Author: [Jane Doe](/author/jane-doe/)"), a little above the title is the byline too.
import { BYLINE_PREFIX_RE, NEAR_TITLE_CHARS } from '../metadataRules';
import { ariaLabelledAuthor } from './ariaAuthorLabels';
import { textBefore } from './creditLabels';
import type { MetadataScan, MNode } from './scan';

/**
 * Reason: `author.ts` read a text byline ("By Jane Doe") and an author-page link only at or below the title (the
 * anchor). Many themes print the byline above the headline (a post header: category, byline, then the title), and
 * when the title node is unknown the anchor is the region's start, often past the header: such pages got no author,
 * most of all once class words are unread (the declassed yardstick: no `.author` class to read the byline from). The
 * dates already look this far above the title (`dateCandidates.ts`' NEAR_BEFORE_TITLE_CHARS) and `scan.ts`'
 * `positionScore` counts this window as near. Above the title a bare author-page link is not enough (a header's
 * "Our team" links `/team/…`, a featured writer's card): the link must follow an author label on its line ("By",
 * "Author:", "Written by"). A "By" line is its own label, unless its "By" is a link's own words: a menu's
 * "[By State](/venues)" above the title is a way to browse, no byline. Both keep their rule names and pay a small
 * penalty, so that a byline under the title still wins over one above it.
 *
 * Measured on the wcxb-dev tuning part (session 42, meta47), against main 4c0ae8c: declassed, author right 380 -> 385
 * of 529 (half A 193 -> 196: a post header's "by [Name](/author/…)", an "Author:" list line, an organisation's "By"
 * line; half B 187 -> 189), reported where the truth has none unchanged (7 of 525); dates right and where none
 * unchanged (398, 16), but one half-B page's date now read beside its new byline (nothing -> a wrong date). As is,
 * author right 423 -> 424 (half A 209 -> 210), where none 3 -> 3, dates unchanged. Body F1 unchanged on both. Without
 * the menu-entry test, a "[By State](/venues)" link gave a spurious author (where none +1 on both yardsticks).
 */

/** How far above the anchor (compact characters) a byline is read: the window dates and `positionScore` call near. */
export const BEFORE_TITLE_CHARS = NEAR_TITLE_CHARS / 2;

/** What a byline above the title loses against one below it: less than any evidence, enough to break a tie. */
export const BEFORE_TITLE_PENALTY = 2;

/**
 * An author label ending the text before a link on its line: "By", "Author:", "Authors:", "Written by", "Posted by".
 * Other roles ("Reviewed by", "Edited by") are refused later for every candidate (`creditLabels.ts`). Bounded runs.
 */
const AUTHOR_LABEL_BEFORE_RE = /(?:^|[^\p{L}])(?:by|authors?|author\(s\)|autor|auteur|von|par|por)\s{0,3}[:\-–]?\s{0,3}$/iu;

/** Whether a node at `start` is a little above the anchor `a` (not at or below it). */
export function justAboveTitle(s: MetadataScan, a: number, start: number): boolean {
	return start < a && s.gap(start, a) <= BEFORE_TITLE_CHARS;
}

/** Whether an author-page link a little above the title follows an author label on its line, or carries one in its `aria-label` (`ariaAuthorLabels.ts`). */
export function labelledAuthorLink(s: MetadataScan, n: MNode): boolean {
	return AUTHOR_LABEL_BEFORE_RE.test(textBefore(s, n)) || ariaLabelledAuthor(s, n);
}

/** Whether a "By …" line's "By" is inside a link ("[By State](/venues)", "[By Region](/r)"): a menu entry, no byline. */
export function byIsLinkWords(s: MetadataScan, n: MNode): boolean {
	const inner = s.descendants(n);
	for (let i = 0; i < inner.length; i++) {
		const d = inner[i];
		if (d.inline?.kind === 'link' && BYLINE_PREFIX_RE.test(s.textOf(d).replace(/^[^\p{L}\p{N}]+/u, ''))) return true;
	}
	return false;
}
