// A dateline's name followed by the section or group it wrote in ("Mahua Das in [Project Management]", "Niko Matsakis on behalf of [Vision Doc group]"): the link is the tail, the name stays.

/**
 * Words that join a dateline's name to a linked section, category or team. Only before a link: "in" or "for" before
 * plain words are part of a sentence or a title, not a byline.
 */
const TAIL_JOIN_RE = /\s+(?:in|on behalf of|for)\s*$/iu;

/** Words a name before a linked tail must have: one word there is a label more often than a name ("Filed in"). */
const MIN_NAME_WORDS = 2;

/**
 * Reason: blogs write "<avatar> Mahua Das in [Project Management]" or "Dec. 19, 2025 · Niko Matsakis on behalf of
 * [Vision Doc group]" under the title, with no "By" and no author class; `datelineName.ts` saw a name joined to a
 * linked category and gave up (a linked word beside a date is a category). The linked tail and its joining word are
 * taken off, and the name left is read as before. Measured on the wcxb-dev tuning part (`metaTune.js`): author right
 * 391 -> 392 of 529, reported where the truth has none unchanged (13 of 525).
 *
 * Returns the part without its linked tail, or the part unchanged when it has none.
 */
export function withoutLinkedTail(part: string, linkTexts: readonly string[]): string {
	for (const l of linkTexts) {
		if (l === '' || !part.endsWith(l)) continue;
		const head = part.slice(0, part.length - l.length);
		const name = head.replace(TAIL_JOIN_RE, '').trim();
		// "Filed in [News]", "Posted in [Tips]": one word before the link is a label; a name here has two words at least.
		if (TAIL_JOIN_RE.test(head) && name.split(/\s+/).length >= MIN_NAME_WORDS) return name;
	}
	return part;
}
