// Footer-only page: a page whose whole visible text is columns of links under short labels, with no title, is the frame of a page its scripts draw.
import type { Block, Inline } from '../../model/dumpDocument';
import { type Attempt, type BlockIndex, isContainer } from '../blockIndex';
import { collapsedText } from '../inlineText';
import { isLabel, MIN_FOOTER_ROWS } from './footerColumns';
import { COPYRIGHT_LINE_RE, MAX_COPYRIGHT_LINE_CHARS } from './pageFooter';

/**
 * Why: a shop's product page saved before its scripts ran keeps only its empty app root and the site's footer: help
 * links, language sites, the group's other brands, each column a label over a row of links. With the footer named by
 * its class word, the page less its chrome is empty and the page reads as empty (kinds/wholePage.ts `isChromeFrame`);
 * on a site whose class words no rule knows, the footer is the page less its chrome, and its columns were the
 * "content". The structure says the same without a class word: every block is a row of links (nearly all link text)
 * or a short label over one, and nothing names the page (no level-1 heading). A sitemap or a directory of links has a
 * title of its own, and any prose paragraph (a notice, a description) makes the page more than a footer.
 *
 * Measured on the wcxb-dev tuning part (word F1, session 40, with heuristics/footerColumnRuns.ts): two half-A product
 * pages whose truth is empty, 0 → 1 under the declassed yardstick (as is, the footer's class word already emptied them);
 * as is, no page moves once a row needs three links (`MIN_ROW_LINKS`). Both rules together, declassed: all 0.8687 →
 * 0.8709 (half A 0.8670 → 0.8713, B 0.8702 → 0.8705), product 0.616 → 0.648 (A 0.578 → 0.667, B 0.635 → 0.639), no
 * page down; as is: all 0.9033 → 0.9033, no page moved (report s40/prod45.md).
 */

/** Labels and rules aside, the page needs this many rows of links to be a footer (footerColumns.ts: one link row may be a page's own). */
export const MIN_FOOTER_ONLY_ROWS = MIN_FOOTER_ROWS;

/**
 * A row's letters and digits outside its links are at most this share of all of them: the separators between a
 * footer's links (", ", " - ", " | ") are not letters, and its closing "© 2025 Example. All rights reserved." is a short
 * tail of the last row. Measured on letters, not characters: a row of short links ("Thai, Arabic, Hebrew") is a third
 * separators by characters (footerColumns.ts `FOOTER_ROW_DENSITY` reads it as prose).
 */
export const MAX_ROW_PLAIN_LETTER_SHARE = 0.2;

/**
 * A row holds at least this many links: a footer's row or column lists several pages ("Help Center, Disputes, Return
 * policy"); a page of one link per line (a ranking's area list, a table of contents) is the page's own content. Found
 * on a half-A listing page that read as empty without it (0.867 -> 0).
 */
export const MIN_ROW_LINKS = 3;

const LETTER_RE = /[\p{L}\p{N}]/gu;

/** The letters and digits of a text, in UTF-16 units: one native replace, no match objects. */
function countLetters(text: string): number {
	return text.length - text.replace(LETTER_RE, '').length;
}

/** Adds the letters of inlines to `counts` ([in links, outside links, links]). */
function inlineLetters(inlines: readonly Inline[], inLink: boolean, counts: [number, number, number], depth: number): void {
	for (const x of inlines) {
		if (x.kind === 'text' || x.kind === 'code') counts[inLink ? 0 : 1] += countLetters(x.value);
		else if ((x.kind === 'link' || x.kind === 'span' || x.kind === 'emphasis') && depth < MAX_DEPTH) {
			if (x.kind === 'link' && !inLink) counts[2]++;
			inlineLetters(x.children, inLink || x.kind === 'link', counts, depth + 1);
		}
	}
}

/** Whether a paragraph or list is a row of links: `MIN_ROW_LINKS` links or more, and nearly all its letters link text. */
export function isLinkRow(b: Block): boolean {
	const counts: [number, number, number] = [0, 0, 0];
	if (b.kind === 'paragraph') inlineLetters(b.content, false, counts, 0);
	else if (b.kind === 'list') {
		for (const item of b.items) {
			for (const c of item.children) {
				if (c.kind !== 'paragraph') return false;
				inlineLetters(c.content, false, counts, 0);
			}
		}
	} else return false;
	return counts[2] >= MIN_ROW_LINKS && counts[0] > 0 && counts[1] <= MAX_ROW_PLAIN_LETTER_SHARE * (counts[0] + counts[1]);
}

/** A footer's copyright line ("Privacy - Terms © 2025 Example. All rights reserved."), heuristics/pageFooter.ts's test. */
function isCopyrightLine(b: Block): boolean {
	if (b.kind !== 'paragraph') return false;
	const text = collapsedText(b);
	return text.length <= MAX_COPYRIGHT_LINE_CHARS && COPYRIGHT_LINE_RE.test(text);
}

/** Block nesting read at most this deep (a footer's grid of divs); deeper content is left to the other rules. */
const MAX_DEPTH = 40;

/**
 * Whether the page's blocks (the page less its chrome) are only a footer's columns: rows of links, short labels and
 * rules, at least `MIN_FOOTER_ONLY_ROWS` rows, and no level-1 heading. Containers are read through.
 */
export function isFooterOnlyPage(index: BlockIndex, whole: Attempt): boolean {
	if (whole.chars === 0) return false;
	let rows = 0;
	const visit = (blocks: readonly Block[], depth: number): boolean => {
		for (const b of blocks) {
			if (isContainer(b)) {
				if (depth >= MAX_DEPTH || !visit(b.children, depth + 1)) return false;
				continue;
			}
			// Rules, spacers and blocks with no text (an icon, a raw tag) neither make nor break a footer.
			if (b.kind === 'hr' || b.kind === 'spacer' || b.kind === 'linkDefinition' || collapsedText(b).length === 0) continue;
			if (b.kind === 'heading' && b.level === 1) return false;
			if (isLinkRow(b)) rows++;
			else if (!isLabel(index, b) && !isCopyrightLine(b)) return false;
		}
		return true;
	};
	return visit(whole.blocks, 0) && rows >= MIN_FOOTER_ONLY_ROWS;
}
