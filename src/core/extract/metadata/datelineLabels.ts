// Step 4 of metadata reading: a dateline part that says what its date is ("Starts", "Rates as of", "Offers last checked", "★★★★☆ Jane D."): a label or a review's line, no byline.

/**
 * Reason (issue 12, "say nothing rather than something wrong"): `datelineName.ts` reads the one part left beside a date
 * under the headline as the author. Without a colon after it, a label passed as a name: "Starts March 3, 2025",
 * "Enrollment closes …", "Rates as of …", "Information accurate as of …", "Aired …", "Listed …", "Effective …" were all
 * reported as the author on probe pages written for this rule (`metadataDatelineWords.test.ts`), and a customer
 * review's line under a product's name ("★★★★☆ Jane D. March 3, 2024") gave its reviewer. Such pages (courses,
 * rates, listings, episodes, products) are the kinds held-out pages are misdetected as articles on.
 *
 * Three shapes, none of them a byline's:
 * - a part of several words whose last word is lower case ("as of", "last checked", "closes"): a name ends in a
 *   capitalised word, whatever particles it holds ("Ludwig van Beethoven"), and a one-word login stays ("madelinmarquardt");
 * - a part that is one of the verbs and adjectives that label a date (LABEL_WORDS);
 * - a part with a rating's stars.
 *
 * Measured on the wcxb-dev tuning part (cached regions, `metaTune.js`): as detected no value changes on either half
 * (author right A 200/254, B 212/275; where none A 2/244, B 1/281).
 */

/** Verbs and adjectives that say what the date beside them is (the event's, the offer's, the listing's). */
const LABEL_WORDS: ReadonlySet<string> = new Set(
	(
		'starts start started starting begins begin began ends end ended ending closes close closed closing opens open opened opening ' +
		'aired airs listed effective expires expired expiring valid due released launched sold recorded filmed taken printed issued ' +
		'dated filed submitted received accepted signed enacted adopted revised reviewed checked verified accessed retrieved ' +
		'registered joined scheduled held deadline'
	).split(' '),
);

/** A rating's stars ("★★★★☆"). */
const STARS_RE = /[★☆✩✪✫✬✭✮✯⭐]/u;

/** Whether a part beside a dateline's date is a label or a review's line rather than a name. */
export function isDatelineLabel(part: string): boolean {
	if (STARS_RE.test(part)) return true;
	const words = part.match(/[\p{L}][\p{L}'’.-]*|&/gu) ?? [];
	if (words.length === 1) return LABEL_WORDS.has(words[0].toLowerCase().replace(/[.]+$/u, ''));
	return /^\p{Ll}/u.test(words[words.length - 1]);
}
