// A product page with no h1: its name line (a bold line, or a plain line with a witness, over the price) is a title candidate.
import type { Block } from '../../model/dumpDocument';
import { BlockIndex } from '../blockIndex';
import { collapsedText } from '../inlineText';
import { productNameLine } from '../kinds/nameLines';
import { STOCK_LINE_RE } from '../kinds/stockAtName';
import { isPageKind } from './kindQuestion';
import type { MetadataScan, MNode } from './scan';

/**
 * Why (session 61, brief item 2): the title reader (title.ts) scores headings, so a product whose template prints its
 * name as a bold or plain line (no h1) was titled by a section heading: "Reviews", "Size Guide", "Item details".
 * The product read already finds that line (kinds/nameLines.ts `productNameLine`: the first bold name line, else a
 * plain line witnessed by an alt text or list item or a cart button, with a short price line or a cart button right
 * after it): on a page read as a product with no h1 candidate, it is a candidate scored as an h1 (`chooseTitle`).
 * Asked only on such pages: no h1, and the kind a product (the kind is asked last, so that other pages' reads stay
 * shared between kinds). The block index is built again for the question (the metadata read has only the document):
 * linear, and only on a product page with no h1.
 * Measured (session 61, wcxb-dev tuning part, title right / spurious / wrong): as is, declassed and unique no title
 * changes (796/0/242, 785/0/249, 781/0/253). Under `EVAL_PERTURB=boldname` (every page's first h1 a bold line): as is
 * 158/0/827 → 173/0/812 (half A right 79 → 82, half B 79 → 91), declassed 140/0/830 → 158/0/814 (A 70 → 74, B 70 → 84),
 * no right title lost; under `plainname`, products: as is 10 → 15 right, declassed 9 → 15. Page scores unchanged.
 */
export function nameLineNode(s: MetadataScan, hasH1: boolean): MNode | undefined {
	if (hasH1 || !isPageKind(s.context, 'product')) return undefined;
	const line: Block | undefined = productNameLine(new BlockIndex(s.doc));
	if (!line || !isNameShaped(collapsedText(line))) return undefined;
	for (const n of s.nodes) if (n.block === line) return n;
	return undefined;
}

/** A stock line that says the item is there ("In stock", "In stock online"): STOCK_LINE_RE names the lines that it is not. */
const IN_STOCK_RE = /^in stock\b/i;

/**
 * A name, not a stock line or a sentence: the product read may start at a bold "In stock" or "Now faster than ever."
 * (the first bold line over the price), but the title is the name itself. Under `EVAL_PERTURB=plainname`, declassed,
 * such lines became titles without it (wrong → wrong). A label with a colon ("Item ID: X1-200") is kept: a book's or
 * a kit's name has one too.
 */
function isNameShaped(text: string): boolean {
	return !/[.!]$/.test(text) && !STOCK_LINE_RE.test(text) && !IN_STOCK_RE.test(text);
}
