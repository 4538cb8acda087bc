// Product name first: on a product page the text before the product's name (gallery leftovers, breadcrumbs, promo bars) is not content, unless it is a description column of headed prose sections.
import type { Block, Inline } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapsedText } from '../inlineText';
import { isProseParagraph } from '../kinds/productProse';

/**
 * Headed prose sections (a heading over a paragraph of prose, kinds/productProse.ts `isProseParagraph`) before the
 * name that make the text before it the product's description column. A shop that lays out its page as a left column
 * (gallery, then the long description under its own headings) and a right column (name, buy box) writes the left
 * column first, and the cut at the name dropped the whole description. A site header, a promo bar, a review summary
 * or a cookie banner before the name is one headed paragraph or two at most (two kept a cookie banner and an "items
 * you may like" notice on a half-B page as is, 0.659 → 0.529); three or more make a description.
 * Measured on the wcxb-dev tuning part (word F1, session 41, product pages): declassed product 0.6525 → 0.6598 (one
 * half-B page 0.368 → 0.866; none down); as is no page moved (that page's description is kept by its class words).
 */
export const MIN_PROSE_SECTIONS = 3;

/**
 * A shop lays out its product page as gallery, then buy box: the product's name (its h1) heads the buy box, and
 * what the kept region holds before it is the gallery's leftovers (image attributes pandoc could not read, "Open
 * media 1 in modal"), breadcrumbs and promo bars. Annotators start the product's text at its name. Measured on the
 * 69 product pages of the wcxb-dev tuning part (product strategy on every page): mean F1 0.566 → 0.576, no page
 * lower.
 *
 * Only when the name is itself a kept block: a heading outside the kept region (a site name in the header, a name
 * after the region) says nothing about where the region's text starts. The gallery's photos themselves stay (a
 * paragraph of images and nothing else): they are the product, and the text output leaves images out, so they cost
 * the measured text nothing.
 * Headed prose sections before the name stay when there are `MIN_PROSE_SECTIONS` of them: the description column of
 * a page laid out description first.
 */
export function startAtProductName(blocks: readonly Block[], name: Block | undefined, removed: RemovedRegion[]): readonly Block[] {
	if (!name) return blocks;
	// The name is an h1, or a bold line on a page with none (kinds/nameLines.ts).
	const at = blocks.findIndex((b) => b.kind === name.kind && b.range.start === name.range.start);
	if (at <= 0) return blocks;
	const kept: Block[] = [];
	const before = blocks.slice(0, at);
	const headsProse = (i: number): boolean => before[i].kind === 'heading' && i + 1 < before.length && isProseParagraph(before[i + 1]);
	let sections = 0;
	for (let i = 0; i < before.length; i++) if (headsProse(i)) sections++;
	const prose = sections >= MIN_PROSE_SECTIONS;
	for (let i = 0; i < before.length; i++) {
		const b = before[i];
		if (isPhoto(b) || (prose && (isProseParagraph(b) || headsProse(i)))) kept.push(b);
		else removed.push({ range: b.range, step: 'before-product-name', signal: collapsedText(b).slice(0, 60) });
	}
	return kept.length === 0 ? blocks.slice(at) : [...kept, ...blocks.slice(at)];
}

/** A paragraph of images only (with a link around them at most): a gallery's photo, not a leftover. */
function isPhoto(b: Block): boolean {
	return b.kind === 'paragraph' && b.content.some(hasImage) && b.content.every(onlyImages);
}

function hasImage(i: Inline): boolean {
	return i.kind === 'image' || (i.kind === 'link' && i.children.some(hasImage));
}

function onlyImages(i: Inline): boolean {
	if (i.kind === 'image' || i.kind === 'softbreak' || i.kind === 'break') return true;
	if (i.kind === 'text') return i.value.trim() === '';
	return i.kind === 'link' && i.children.every(onlyImages);
}
