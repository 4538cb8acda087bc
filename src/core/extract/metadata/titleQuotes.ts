// The title keeps the single quotes the dump wrote: pandoc writes a page's ’ and ‘ as a straight ', and a page's title has the straight one more often.
import type { MetadataScan, MNode } from './scan';
import { keepsCurlyTitleQuotes } from './wordpressTitleQuotes';

/** Curly single quotes, as pandoc's `smart` reading (`smartText.ts`) makes them from a dump's straight '. */
const CURLY_SINGLE_RE = /[\u2018\u2019]/g;
const HAS_CURLY_SINGLE_RE = /[\u2018\u2019]/;

/**
 * The title text with the single quotes as the dump wrote them. The Markdown body restores the page's punctuation the
 * way pandoc reads it back (`Don't` in a dump was `Don’t` on the page), but for the title that guess is wrong more often
 * than right: the page's own title (its `<title>`, what a reviewer compares it with) keeps a straight apostrophe where
 * the headline shows a curly one ("A Beginner's Guide to Skincare" over "# A Beginner's Guide to Skincare", which
 * pandoc wrote for the page's "Beginner’s"). On the wcxb-dev tuning part, 61 annotated titles hold ' and 20 hold ’.
 * Only quotes the reader made are straightened: a node whose source holds a ’ of its own (a dump written without smart
 * punctuation) keeps its text, and a ’ read back from mojibake ("Investorâ€™s") is made after this step (`titleText.ts`).
 * Double quotes, dashes and ellipses stay smart: "---" is no one's title, and “…” stay as often as not.
 * Measured on the wcxb-dev tuning part: title right half A 356 -> 356 of 498 (seven straight gained, seven curly lost),
 * half B 428 -> 433 of 556.
 */
export function dumpSingleQuotes(text: string, source: string): string {
	if (!HAS_CURLY_SINGLE_RE.test(text) || HAS_CURLY_SINGLE_RE.test(source)) return text;
	return text.replace(CURLY_SINGLE_RE, "'");
}

/** `dumpSingleQuotes` for a node of the scan: its source is its range of the dump. */
export function nodeSingleQuotes(s: MetadataScan, n: MNode, text: string): string {
	// A WordPress page titled by core keeps the curly quotes (`wordpressTitleQuotes.ts`).
	if (!HAS_CURLY_SINGLE_RE.test(text) || keepsCurlyTitleQuotes(s)) return text;
	return dumpSingleQuotes(text, s.doc.text.slice(n.range.start, n.range.end));
}

/** A title folded for comparison with a witness (the encoded HTML, a share link): case and single-quote style set aside. */
export function foldTitleQuotes(text: string): string {
	return text.replace(CURLY_SINGLE_RE, "'").toLowerCase();
}
