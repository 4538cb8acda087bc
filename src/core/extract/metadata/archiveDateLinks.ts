// A date written as a link to its own day or month archive ("[June 3, 2024](/2024/06/)") near the title: a blog's dateline, read as a date element wherever its class words are.
import { NEAR_TITLE_CHARS, WEIGHT } from '../metadataRules';
import type { Candidate, MetadataScan, MNode } from './scan';

/**
 * Reason: blog engines (WordPress' `the_date` in most themes, many others) link the post's date to the archive of its
 * day or month: `[June 3, 2024](https://example.com/2024/06/)`, `[May 3, 2024](https://example.com/2024/05/03/)`. The
 * link says by its target what its text is, as a `post-date` class would, but in a way no theme renames: read class-free,
 * the dateline was one of several dates near the title (a news ticker's above it) and lost to them, or it sat past the
 * near-title distance under long builder markup and was not read at all. A related post's or a sidebar's date links to
 * the post itself (`/2024/06/03/slug/`), not to the archive, and archive menus show months ("June 2024"), not days, so
 * neither is one; a list of such dates (a day-archive calendar of posts) is told by its several days and set aside.
 *
 * Measured on the wcxb-dev tuning part (1,054 pages, session 44, meta49): declassed (`EVAL_DECLASS=all`) published right
 * 399 -> 402 of 561 (half A 194 -> 196: a dateline linked to its month archive under a news ticker's dates, one linked
 * to its day archive under long builder markup; half B 205 -> 206), where none 16 -> 16; as is 415 -> 415, where none
 * 9 -> 9; body F1 unchanged on both yardsticks.
 */

/**
 * The path of a day or month archive at the end of a link's target, an optional query or fragment after it:
 * `/2024/06/`, `/2024/05/03/`, `/2024/05/03`. Groups: year, month, day (optional). Bounded: the tail is 200 characters at most.
 */
const ARCHIVE_PATH_RE = /\/((?:19|20)\d\d)\/(0[1-9]|1[0-2])(?:\/(0[1-9]|[12]\d|3[01]))?\/?(?:[?#][^\s]{0,200})?$/;

/** Longest target read: a longer one is a tracking or data URL, not an archive's. */
const MAX_HREF_CHARS = 300;

/**
 * From the title, how far before (meta lines above the headline) and after (long builder markup between the headline
 * and its meta line counts in source characters) an archive-linked date is still the page's.
 */
export const ARCHIVE_BEFORE_TITLE_CHARS = NEAR_TITLE_CHARS / 2;
export const ARCHIVE_AFTER_TITLE_CHARS = NEAR_TITLE_CHARS * 2;

/** What such a date scores before its position: a date element's own class (its target says what it is, as a class would). */
export const ARCHIVE_LINK_BASE = WEIGHT.classOwn;

/** The rule name of such a date. */
export const ARCHIVE_LINK_RULE = 'text:archive-link';

/**
 * The ISO prefix (`2024-06` or `2024-05-03`) of the archive a link node points to, or undefined when the node is not a
 * link, or its target is not a day or month archive. Cheap: a length test and one anchored regex on the target.
 */
export function archivePrefix(n: MNode): string | undefined {
	const inline = n.inline;
	if (inline?.kind !== 'link') return undefined;
	const href = inline.href;
	if (href.length < 9 || href.length > MAX_HREF_CHARS) return undefined;
	const m = ARCHIVE_PATH_RE.exec(href);
	if (!m) return undefined;
	return m[3] ? `${m[1]}-${m[2]}-${m[3]}` : `${m[1]}-${m[2]}`;
}

/** Whether a node is where an archive-linked date may be the page's: around the title (`s.anchor()`), not in a foreign box. */
export function inArchiveWindow(s: MetadataScan, n: MNode, anchor: number | undefined): boolean {
	if (anchor === undefined) return false;
	const d = s.gap(anchor, n.start);
	return d >= -ARCHIVE_BEFORE_TITLE_CHARS && d <= ARCHIVE_AFTER_TITLE_CHARS;
}

/**
 * The candidates to keep of the archive-linked dates read: all of them when they give one day, else none (several days
 * linked to their archives near the title are a list of posts, not the page's dateline).
 */
export function oneArchiveDay<T>(found: readonly Candidate<T>[]): boolean {
	let day: string | undefined;
	for (const c of found) {
		const v = String(c.value).slice(0, 10);
		if (day === undefined) day = v;
		else if (v !== day) return false;
	}
	return true;
}
