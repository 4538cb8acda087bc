// Shop controls: short lines that are a shop's buttons and toolbars (add to cart, sort by, showing 1-24 of 80), not content.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapsedText } from '../inlineText';

/**
 * Whole lines that only operate the shop. Annotators never count them (they are the `without` snippets of product
 * and collection pages), and pandoc keeps them as paragraphs once their buttons and selects are gone.
 */
export const SHOP_CONTROL_RE =
	/^(?:add(?:ed)? to (?:cart|bag|basket|trolley|wish ?list)|buy (?:it )?now|sort(?:ed)? by\b.*|showing \d+\s*[-–—]*\s*\d*\s*(?:of \d+)?.*|\d+ (?:products|items|results)|quantity|qty|select (?:a |an )?(?:size|colou?r|option|style)|choose (?:an )?options?|notify me\b.*|out of stock|in stock|sold out|quick (?:view|shop|add)|view (?:details|product)|compare|filters?|clear all|remove all|load more|view all)[.:!]?$/i;
/** Lines longer than this are sentences, even when they start like a control. */
export const MAX_CONTROL_CHARS = 60;

/** Drops paragraphs and headings that are only a shop control. */
export function dropShopControls(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	return blocks.filter((b) => {
		if (b.kind !== 'paragraph' && b.kind !== 'heading') return true;
		const text = collapsedText(b);
		if (text.length === 0 || text.length > MAX_CONTROL_CHARS || !SHOP_CONTROL_RE.test(text)) return true;
		removed.push({ range: b.range, step: 'shop-control', signal: text });
		return false;
	});
}
