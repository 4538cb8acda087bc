// Facet headings: a filter panel's group names left on their own ("Brand", "Size", "Color", "Price"), their options shut or gone, read as a run of short lines.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapsedText } from '../inlineText';
import { filterBlockTree } from './cardRepeats';

/**
 * The last word of a filter group's name, in the languages shops are most often written in: a group is named by what it
 * filters on ("Brand", "Customer Rating", "Sensor Size", "Farbe", "Taille"). Data, not one site's words: the shop's
 * class words are not read, so the rule holds for a shop whose theme no profile names.
 */
const FACET_WORDS = [
	'prices?|brands?|colou?rs?|sizes?|gender|ratings?|types?|materials?|categor(?:y|ies)|availability|features|styles?|fit|width|length',
	'condition|discounts?|platforms?|languages?|genres?|capacity|weight|shape|pattern|finish|department',
	'prix|marques?|couleurs?|tailles?|preis|marke|farbe|größe|kategorie|precio|marca|talla|prezzo|colore|taglia|prijs|merk|kleur|maat',
].join('|');
const FACET_WORD_RE = new RegExp(`(?:^|\\s)(?:${FACET_WORDS})$`, 'iu');

/** A group's name is short: a word or three, no figure (a count, a price) and no sentence's punctuation. */
const MAX_LABEL_CHARS = 30;
const MAX_LABEL_WORDS = 3;
const NOT_LABEL_RE = /[\d.!?,;$€£¥%]/u;

/**
 * Short lines in a row that make a panel of group names; fewer are a card's own fields or a heading over a list.
 * Two of them must be facet names next to each other: a card's fields alternate a name and its value ("Gender",
 * "Women's", "Color", "Navy"), and a panel whose options are shown alternates a name and its options' list.
 */
export const MIN_RUN_LABELS = 4;

/** Whether a line reads as a short label (`MAX_LABEL_CHARS`, `MAX_LABEL_WORDS`, `NOT_LABEL_RE`). */
function isLabel(text: string): boolean {
	return text.length > 0 && text.length <= MAX_LABEL_CHARS && !NOT_LABEL_RE.test(text) && text.split(' ').length <= MAX_LABEL_WORDS;
}

/**
 * Drops, at any depth, each run of at least `MIN_RUN_LABELS` short lines in reading order (paragraphs and headings,
 * in a list's items too; a line with no text, as a chevron icon, neither breaks nor counts, nor does a linked line, as a
 * card's name or an option's link, which stays) in which two adjacent lines each end with a facet word (`FACET_WORD_RE`):
 * a filter panel whose groups are shut, so that only their names print, one under the other, above or beside the grid.
 * Class-free: it reads the lines, not the panel's class words, which facetPanels.ts needs. One pass over the blocks, then one over the lines. Wired in the collection strategy's card
 * clean-up (kinds/collection.ts `withoutCardControls`), after the sort chooser.
 * Measured (session 47, tuning part of wcxb-dev, word F1): declassed collection 0.81390 -> 0.81496 (A 0.81992 -> 0.82063,
 * B 0.80675 -> 0.80822), all 0.88907 -> 0.88914: a running shop's category 0.949 -> 0.976 (half A), a home shop's
 * candles 0.914 -> 0.934, a camera shop's results 0.819 -> 0.829 and a game store's two categories 0.892 -> 0.901 and
 * 0.914 -> 0.922 (half B), no page down, every other kind unchanged; as is collection 0.83687 -> 0.83715, the game
 * store's two 0.924 -> 0.933 and 0.917 -> 0.925 and a shoe shop's results 0.635 -> 0.637, no page down (the other
 * panels' class words already name them to facetPanels.ts). `collections?` is no facet
 * word: a shop's menu of "NFL Collection", "MLB Collection" ran on into the first card's name and colour (a wallet
 * shop 0.810 -> 0.807); a linked line that broke the run instead left the running shop's last two groups (0.976 -> 0.968).
 */
export function dropFacetHeadings(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	const lines: { readonly block: Block; readonly text: string; readonly link: boolean }[] = [];
	const walk = (list: readonly Block[]): void => {
		for (const b of list) {
			if (b.kind === 'paragraph' || b.kind === 'heading') lines.push({ block: b, text: collapsedText(b), link: b.content.some((i) => i.kind === 'link') });
			else if (b.kind === 'list') for (const it of b.items) walk(it.children);
			else if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') walk(b.children);
		}
	};
	walk(blocks);
	const drop = new Set<Block>();
	let run: { readonly block: Block }[] = [];
	let adjacentFacets = false;
	let lastFacet = false;
	const flush = (): void => {
		if (run.length >= MIN_RUN_LABELS && adjacentFacets) for (const l of run) drop.add(l.block);
		run = [];
		adjacentFacets = false;
		lastFacet = false;
	};
	for (const l of lines) {
		if (l.text.length === 0 || l.link) continue;
		if (!isLabel(l.text)) {
			flush();
			continue;
		}
		const facet = FACET_WORD_RE.test(l.text);
		if (facet && lastFacet) adjacentFacets = true;
		lastFacet = facet;
		run.push(l);
	}
	flush();
	if (drop.size === 0) return blocks as Block[];
	return filterBlockTree(blocks, (b) => {
		if (!drop.has(b)) return true;
		removed.push({ range: b.range, step: 'facet-headings', signal: collapsedText(b) });
		return false;
	});
}
