// A lone "Author(s)" or "By" label that is itself a link is a menu's or a filter's entry ("[Authors](/search/authors)" then "[Themes](/themes)"), not a byline's label.
import { isLinkedHeading } from './listHeadings';
import type { MetadataScan, MNode } from './scan';

/**
 * Whether a node read as a lone byline label (`bylineText.ts`) is one link: a byline's label is plain text beside the
 * name ("By" / "Jane Doe", "Written by" / "[Jane Doe](/author/jane)"), while a link reading "Authors" leads to a list of
 * them; the link after it in the same menu ("Themes", "Issues") then passed for the writer's name. Class-free: the
 * link is read from the dump's markup, not from any class.
 * Measured on the wcxb-dev tuning part (cached regions, metadata alone): declassed author right 395 -> 397 of 529 (half A
 * 201 -> 202: the menu's "Themes" gave way to the site owner's name; half B 194 -> 195), where none 6 -> 6; as is
 * unchanged (424, where none 3).
 */
export function isLinkLabel(s: MetadataScan, label: MNode): boolean {
	return isLinkedHeading(s, label);
}
