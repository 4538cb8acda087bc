// Class names written in camel case (`authorWrapper`, `AuthorNameContainer`, CSS modules' `styles_displayedAuthors__weBPI`) give their words to the vocabulary, as hyphenated names do.

/**
 * A camel-case part of a class name: words of at least two letters, each after the first capitalised
 * ("displayedAuthors", "AuthorNameContainer", "postDate"). Hash parts of generated names ("weBPI", "iLEvDG", "jTG6T")
 * have capitals in a row or words of one letter and are left alone: split, they would spell chance words ("bio", "nav").
 */
const CAMEL_PART_RE = /^(?:[a-z]{2,}|[A-Z][a-z]{2,})(?:[A-Z][a-z]{2,})+$/;
/** Where a camel-case part splits: before each capital. */
const CAMEL_SPLIT_RE = /(?<=[a-z])(?=[A-Z])/g;
/** What separates the parts of a class name ("styles_nameContainer__jTG6T", "c-AuthorBox"). */
const PART_SEP_RE = /[-_:]+/;

/**
 * A node's words (`scan.ts`) followed by the hyphenated form of each class whose parts are camel case:
 * "styles_displayedAuthors__weBPI" adds "styles_displayed-Authors__weBPI". The vocabularies bound a name by `-`, `_`,
 * `:` or a space (`metadataRules.ts`), so before this a byline in `authorWrapper` or `styles_displayedAuthors` matched
 * nothing. Classes only: ids name one element for scripts (`headerSearchTitle`, a screen reader's heading in a search
 * box, read as a title once split). Reason: issue 12 (right values the dump holds but the scan missed); sites built
 * with React or CSS modules name their classes so. Returns `words` itself when no class is camel case (most pages).
 * Measured on the wcxb-dev tuning part (session 17, meta9; with `author.ts`'s first line of a name container): author
 * right 189 -> 192 of 254 on half A (2 sites), half B title right 424 -> 426 (1 site) and one wrong author fewer;
 * nothing lost. Splitting ids as well made a search box's `headerSearchTitle` heading two pages' title (half A).
 */
export function withCamelParts(words: string, classes: readonly string[]): string {
	let extra = '';
	// Indexed, not for-of: unoptimized code allocates an iterator result per item (issue 13).
	for (let i = 0; i < classes.length; i++) {
		const w = classes[i];
		if (!hasCamelStep(w)) continue;
		let changed = false;
		const parts = w.split(/([-_:]+)/).map((p) => {
			if (PART_SEP_RE.test(p) || !CAMEL_PART_RE.test(p)) return p;
			changed = true;
			return p.replace(CAMEL_SPLIT_RE, '-');
		});
		if (changed) extra += ` ${parts.join('')}`;
	}
	return extra === '' ? words : words + extra;
}

/** Whether `w` has a lower-case ASCII letter followed by an upper-case one (`/[a-z][A-Z]/`), without a regex per class. */
function hasCamelStep(w: string): boolean {
	for (let i = 1; i < w.length; i++) {
		const c = w.charCodeAt(i);
		if (c >= 0x41 && c <= 0x5a) {
			const b = w.charCodeAt(i - 1);
			if (b >= 0x61 && b <= 0x7a) return true;
		}
	}
	return false;
}
