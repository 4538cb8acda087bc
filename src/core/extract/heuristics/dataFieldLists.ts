// Data-field lists: a definition list whose terms are a shop platform's field names (`cat_thumb_Navy`, `retail_price_tier1`), its raw product record printed as text.
import type { Block, List } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapsedText } from '../inlineText';

/**
 * A field name as a template engine keeps it: a word joined to another by an underscore at the term's start
 * (`short_description:`, `tab_Shipping and Returns:`, `section_btn_url:`). People do not write terms so; a glossary
 * or a spec sheet writes "Fabric", "Shipping and returns", "Release date".
 */
const FIELD_NAME_RE = /^[a-z][a-z0-9]*(?:_[a-z0-9-]+)+/i;

/**
 * Share of a list's terms that must be field names: the record mixes a few readable names ("SKU:", "weight:") with
 * its many `snake_case` ones, while a spec sheet may name one field so (`model_no`).
 */
export const MIN_FIELD_NAME_SHARE = 0.5;
/** Fewest field-name terms: two could be a spec sheet's quirk, a record has dozens. */
export const MIN_FIELD_NAMES = 3;

/** Whether a list is a definition list whose terms are mostly field names. */
export function isDataFieldList(b: List): boolean {
	if (!b.definition || b.items.length < MIN_FIELD_NAMES) return false;
	let named = 0;
	for (const it of b.items) {
		const term = it.children[0];
		if (term && FIELD_NAME_RE.test(collapsedText(term))) named++;
	}
	return named >= MIN_FIELD_NAMES && named >= b.items.length * MIN_FIELD_NAME_SHARE;
}

/**
 * Drops definition lists of field names (`isDataFieldList`). Some themes print a product's custom fields as such a
 * list, visible in the HTML and hidden by the theme's script: thumbnails' addresses per colour, price tiers, tab
 * switches, shipping text chunks and grid settings, one field a line. Annotators keep the few of them the page
 * also shows as its details, under readable names, and those stay. The wcxb-dev pages hold such a list on one
 * product page of 1,310 (a BigCommerce shop, a site with one tuning page), and no list of field names anywhere else.
 * Tuning part, product F1 0.718 → 0.725 with shop profiles and 0.708 → 0.716 without (`EVAL_NO_PLATFORMS=shop`):
 * that page 0.09 → 0.62, no other page changes.
 */
export function dropDataFieldLists(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	const out: Block[] = [];
	for (const b of blocks) {
		if (b.kind === 'list' && isDataFieldList(b)) removed.push({ range: b.range, step: 'data-fields', signal: `${b.items.length} fields` });
		else out.push(b);
	}
	return out;
}
