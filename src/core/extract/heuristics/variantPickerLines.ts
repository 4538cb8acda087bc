// Variant picker lines: a shop's hidden variant select read as text ("Hazard - $239.99 Leopard - $249.99", "Default Title - $179.00") and its label "Product variants".
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapse } from '../inlineText';
import { PRICE_RE } from '../kinds/priceReader';
import { dropWholeLines } from './wholeLines';

/**
 * A theme keeps a plain `<select>` of the product's variants beside its swatches for scripts and screen readers, each
 * option "name - price"; the dump reads the options run together as one line ("Ground / 1 lb - $19.99Ground / 2 lbs -
 * $39.98…"). One option, with its name of at most 60 characters and a price with its currency sign before or after it ("Kupfer -
 * 89,00 €"), matched from where
 * the last one ended (sticky): a line that is nothing but such options is the select.
 * Session 54 (prod59): the price is also any form the price reader knows (kinds/priceReader.ts `PRICE_RE`: "Kupfer -
 * 89,00 zł", "1 kg - 120 lei", "Medium - kr 299"), since a shop of another country prints its own currency; the first
 * two forms stay for a whole amount glued to the next option's name ("89 €Silber"), which the reader's word end
 * refuses. No tuning page moves on either yardstick. On the price proxy (the tuning product pages with every "$49.00"
 * rewritten in lei, лв, Ft, zł, TL or kr by page, dumps and truths; session 53's coll58), a half-A headphone maker's
 * select goes again (declassed 0.815 → 0.832); no proxy page goes down.
 */
const VARIANT_OPTION_RE = new RegExp(String.raw`[^$€£]{1,60}? [-–] (?:[$€£] ?\d[\d.,]*|\d[\d.,]* ?[€£]|${PRICE_RE.source})\s*`, 'y');
/** The select's label, which Shopify themes print for screen readers. */
const VARIANT_LABEL_RE = /^product variants$/i;
/**
 * The label Shopify's default theme (Dawn) hides after each sold-out option of a variant picker, read with the option
 * ("1 lbVariant sold out or unavailable 2 lbs…"): platform data, as the platform writes it.
 */
const SOLD_OUT_VARIANT_RE = /variant sold out or unavailable/i;
/** A select of a few dozen variants is a few hundred characters; longer, the line is not one select. */
export const MAX_VARIANT_LINE_CHARS = 2000;

/** Whether a whole line is a variant select's options, its label, or a row of options with the platform's sold-out label. */
export function isVariantPickerLine(text: string): boolean {
	const t = collapse(text);
	if (t.length === 0 || t.length > MAX_VARIANT_LINE_CHARS) return false;
	if (VARIANT_LABEL_RE.test(t) || SOLD_OUT_VARIANT_RE.test(t)) return true;
	VARIANT_OPTION_RE.lastIndex = 0;
	while (VARIANT_OPTION_RE.lastIndex < t.length) {
		const at = VARIANT_OPTION_RE.lastIndex;
		if (!VARIANT_OPTION_RE.test(t) || VARIANT_OPTION_RE.lastIndex === at) return false;
	}
	return true;
}

/**
 * Drops a product page's variant select lines (kinds/product.ts), after the priced-section cut (kinds/product.ts
 * `productSpan`): dropped before it, a select's prices no longer marked a headphone shop's buy box as a priced section
 * and it came back (0.771 → 0.637). Measured (session 47, prod52, wcxb-dev tuning part, word F1, after
 * heuristics/signupLines.ts): declassed product 0.71051 → 0.71253 (a coffee shop 0.582 → 0.701, a headphone shop 0.812
 * → 0.830, another 0.668 → 0.670), as is 0.75626 → 0.75712 (the coffee shop 0.615 → 0.674); 3 sites of both halves, no
 * page down.
 */
export function dropVariantPickerLines(blocks: readonly Block[], removed: RemovedRegion[]): readonly Block[] {
	return dropWholeLines(blocks, removed, isVariantPickerLine, 'variant-picker');
}
