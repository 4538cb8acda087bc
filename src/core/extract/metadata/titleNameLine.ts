// A product page with no h1: its name line (a bold line, or a plain line with a witness, over the price) is a title candidate.
import type { Block } from '../../model/dumpDocument';
import { BlockIndex } from '../blockIndex';
import { productNameLine } from '../kinds/nameLines';
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
 */
export function nameLineNode(s: MetadataScan, hasH1: boolean): MNode | undefined {
	if (hasH1 || !isPageKind(s.context, 'product')) return undefined;
	const line: Block | undefined = productNameLine(new BlockIndex(s.doc));
	if (!line) return undefined;
	for (const n of s.nodes) if (n.block === line) return n;
	return undefined;
}
