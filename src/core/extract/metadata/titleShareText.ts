// A share button's text that runs on past the chosen heading is the page's own title: share links carry the document's title, the heading is often a short form of it.
import { foldTitleQuotes } from './titleQuotes';

/** Share titles read at most: a page's share buttons repeat one or two texts. */
const MAX_SHARE_TITLES = 16;
/** A title this long is no title (`MAX_TITLE_CHARS` of the candidates, with room for the tail). */
const MAX_EXTENDED_CHARS = 300;
/** A spaced dash opening the tail: what follows it may be the site's or a section's name ("Title - Site Name"). */
const SPACED_DASH_RE = /^\s(?:-{1,3}|\u2013|\u2014)\s/u;
/**
 * After a spaced dash, a tail of at most this many words names the site or a section, whatever its case ("- Home & Car", a
 * magazine's section on a news site of the Readability corpus; "- Contoso Community"); four or more words are a
 * headline's second clause ("- Defining and choosing a good, effective tutor"), as `titleDashTail.ts` reads them.
 */
const MAX_SITE_TAIL_WORDS = 3;
/** What may open the tail: a separator and the spaces around it ("Title - Subtitle", "Title: Subtitle"). */
const LEAD_SEPARATOR_RE = /^[\s\-\u2013\u2014:\u00b7\u2022]{0,8}/u;
/** A tail with a letter or digit: a lone dash or a space left by the share button is no part of a title. */
const WORD_RE = /[\p{L}\p{N}]/u;
/**
 * A tail after a bar names the site or a section ("Title | Site"); a handle or "via" names the account that shares
 * ("Title @SiteNews", "Title via @site"). Neither is the page's title.
 */
const NOT_TITLE_TAIL_RE = /^\s{0,3}\||@|\bvia\b/iu;
/** A tail spelling a host label shorter than this could be any word ("Go", "Eat"). */
const MIN_HOST_CHARS = 4;

/** Letters and digits only, accents and case folded ("A Baker's Kitchen" -> "abakerskitchen"). */
function spelled(text: string): string {
	return text
		.normalize('NFKD')
		.toLowerCase()
		.replace(/\p{M}/gu, '')
		.replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The chosen title run on by a share link's text, or undefined to keep it. Share buttons (a tweet's `text=`, a mail's
 * `subject=`, Facebook's `t=`) are filled from the page's document title or its `og:title`, which the annotators read as
 * the page's title; the visible heading is often its short form ("# What is a Hot-Swappable Keyboard?" over the shared
 * "What is a Hot-Swappable Keyboard? Your Ultimate Guide to …", "## Project Management" over "Project Management
 * Certificate"). Only a share text that starts with the whole heading counts, and only its tail is taken, with the
 * heading's own characters kept. A tail that names the site is left: after a bar, an account's handle or "via", three
 * words or fewer after a spaced dash ("Title - Site Name"), or one that spells the host's label ("Title - Harbor Desk
 * resource" on a host named after it).
 * Measured (metadata alone, cached regions): title right as is 793 -> 796 of 1054 (three sites: half A 360 -> 362,
 * half B 433 -> 434), declassed 780 -> 782 (two of them: half A 351, half B 431); no title lost on either yardstick.
 * Without the dash guard, a fixture's "Title - Contoso Community" and a page of the Readability corpus (a news site's
 * magazine section after a dash) ran on and took the site name's place (corpus title 47 -> 46 of 127, site name 18 -> 17).
 */
export function sharedTitleTail(title: string, shareTitles: readonly string[], hostLabel: string | undefined): string | undefined {
	const head = foldTitleQuotes(title);
	for (let i = 0; i < shareTitles.length && i < MAX_SHARE_TITLES; i++) {
		const shared = shareTitles[i].trim();
		if (shared.length <= title.length || shared.length > MAX_EXTENDED_CHARS) continue;
		if (foldTitleQuotes(shared.slice(0, title.length)) !== head) continue;
		const tail = shared.slice(title.length);
		// The heading must end at a word's end: "Project Management" does not run on into "Project Managements".
		if (!/^[\s\-\u2013\u2014:\u00b7\u2022]/u.test(tail)) continue;
		if (NOT_TITLE_TAIL_RE.test(tail)) continue;
		const words = tail.replace(LEAD_SEPARATOR_RE, '');
		if (!WORD_RE.test(words)) continue;
		// "Title - Site Name": a few words after a spaced dash name the site or a section.
		if (SPACED_DASH_RE.test(tail) && words.trim().split(/\s+/u).length <= MAX_SITE_TAIL_WORDS) continue;
		const name = spelled(words);
		if (hostLabel && hostLabel.length >= MIN_HOST_CHARS && (name.includes(hostLabel) || (name.length >= MIN_HOST_CHARS && hostLabel.includes(name)))) continue;
		return title + tail.trimEnd();
	}
	return undefined;
}
