// The name element of an author box after the article ("About the author": picture, name, bio) names the article's author, whatever the box's theme calls it.
import type { MetadataScan, MNode } from './scan';

/**
 * An author box's container, in the spellings themes use beyond `author-box` (`single-post__author-box`,
 * `auth-box`, `author-card`, `about-author`, `author-info`).
 */
const AUTHOR_BOX_LOOSE_RE = /(?:^|[\s_-])(?:author|auth)[_-]?(?:box|card|info|bio|profile|details)(?:$|[\s_-])|(?:^|[\s_-])about[_-]?(?:the[_-]?)?author(?:$|[\s_-])/i;
/** A class naming the element as the name itself (`single-post__name`, `auth-box-name`, `author-card_title`). */
const NAME_ELEMENT_RE = /(?:^|\s)[\w-]*[_-](?:name|title)(?:\s|$)/;
/** How far up the name element's containers the box is looked for: the name sits one or two levels in. */
const BOX_DEPTH = 2;

/**
 * Reason: an author box after the article holds the author's name in an element of its own, but themes name the box
 * and the element in ways the byline vocabulary does not read (`single-post__author-box` > `single-post__name` "By
 * Scott Kasun", `auth-box-name`, `author-card_title`), so such pages got no author. A name element (class ending
 * `_name`/`-name`/`_title`) one or two levels inside a container named as an author box is a byline, read far from
 * the title as `author.ts` reads `author-box__name` (rule `class:author-box-name:far`).
 *
 * Measured on the wcxb-dev tuning part (metadata of every tuning page, before -> after): author right 392 -> 394 of
 * 529 (two sites: `single-post__name` in a `single-post__author-box`, `auth-box-name`), wrong 14 and reported where
 * none 6 of 525 unchanged, dates unchanged (a `:far` byline brings no date). The box's own name in the element's
 * class was needed for the second.
 */
export function isAuthorBoxName(s: MetadataScan, n: MNode): boolean {
	// The scan's word tests (`MetadataScan.wordTest`: each distinct word list tested once per page), not a regex per
	// node: `author.ts` asks this of every node (0.3% of the extraction's CPU over every fourth wcxb-dev dump).
	if (!s.wordTest(n, NAME_ELEMENT_RE)) return false;
	// The box's name in the element's own class (`auth-box-name`).
	if (s.wordTest(n, AUTHOR_BOX_LOOSE_RE)) return s.textOf(n).length > 0;
	let p = n.parent;
	for (let i = 0; p && i < BOX_DEPTH; i++, p = p.parent) {
		if (s.wordTest(p, AUTHOR_BOX_LOOSE_RE)) return s.textOf(n).length > 0;
	}
	return false;
}
