// Copyright footer: on a product page, a copyright line in the later half of the kept text opens the site's footer; it, what follows and the footer's columns before it go.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import type { BlockIndex } from '../blockIndex';
import { dropFooterColumns } from './footerColumns';
import { endAtCopyright } from './pageFooter';
import { dropTrailingLinkRows } from './trailingLinkRows';

/**
 * Why: heuristics/copyrightTail.ts cuts a product page's © line only when it ENDS the kept text. On a site whose
 * footer and dialogs carry no class word a rule knows (the declassed yardstick, unseen shops), the © line is followed
 * by the shop's modals and notices ("Your order is held for 7 days…", a country picker, a cart dialog's lines), so it
 * is not last and the footer's columns before it stay too. A copyright line is the page's closing line on every
 * shop; a product's description does not go on after it. As on service and listing pages read whole
 * (heuristics/pageFooter.ts), the text ends before it, then the payment icons and the footer's link rows and labelled
 * columns that now end the text go (heuristics/trailingLinkRows.ts, heuristics/footerColumns.ts).
 *
 * Measured on the wcxb-dev tuning part (word F1, session 41, product pages): declassed product 0.64914 → 0.65254
 * (three half-B pages up, +0.157, +0.039, +0.037; none down; half A unchanged); as is product 0.75399 → 0.75393
 * (half A one page −0.004; no page moved by more than 0.005). Full tuning part with productName.ts's description
 * column (session 41): declassed all 0.87349 → 0.87427 (A 0.87500 → 0.87516, B 0.87214 → 0.87347; a half-A collection
 * read as a product 0.736 → 0.817 too), as is all 0.90337 → 0.90337; no page of any kind down.
 */

/**
 * A copyright line opens the footer only past this share of the kept text: on a product page the footer closes a
 * long text, and a © line near the top is an image credit or a brand's notice. Half, as the labelled columns'
 * cut (footerColumnRuns.ts `MIN_FOOTER_START_SHARE`): of the tuning product pages with a copyright line, every one
 * past this share sits in the footer; the shares of service pages' footers (pageFooter.ts) are later still.
 */
export const COPYRIGHT_FOOTER_SHARE = 0.5;

/** The blocks before the footer that a copyright line past `COPYRIGHT_FOOTER_SHARE` of the text opens; `blocks` itself when none does. */
export function endAtCopyrightFooter(index: BlockIndex, blocks: readonly Block[], removed: RemovedRegion[]): readonly Block[] {
	const cut = endAtCopyright([...blocks], removed, COPYRIGHT_FOOTER_SHARE);
	if (cut.length === blocks.length) return blocks;
	// Payment icons and logos (blocks without text) right before the © line are the footer's too.
	let end = cut.length;
	while (end > 1 && cut[end - 1].kind !== 'heading' && index.charsOf(cut[end - 1]) === 0) end--;
	return dropFooterColumns(index, dropTrailingLinkRows(index, cut.slice(0, end), removed), removed);
}
