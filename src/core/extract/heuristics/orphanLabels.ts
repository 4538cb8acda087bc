// Orphan labels: inside one card, a label line ("Vendor:") whose value was dropped as a copy of the card's own words goes with it.
import type { Block, SourceRange } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapsedText } from '../inlineText';
import { cardOf, filterBlockTree } from './cardRepeats';
import { anyWithin } from './formNotices';

/** A label: one to three words and a colon, nothing else ("Vendor:", "Sold by:", "Brand name:"). */
const LABEL_RE = /^[\p{L}][\p{L}'’.-]{0,20}(?:\s[\p{L}'’.-]{1,20}){0,2}\s?:$/u;
/** The step cardRepeats.ts records its copies under. */
const CARD_REPEAT_STEP = 'card-repeat';

/**
 * A card names a value with a label ("Vendor:" then "Sennheiser"); when the value repeats the card's title it goes as a
 * copy (cardRepeats.ts) and the label is left naming nothing. Shop themes print such labels for screen readers (the
 * vendor's under every card of Shopify's default theme); where the hiding class is a site's own word, the label stays
 * in the read on every card. A label line of a card (`LABEL_RE`) after which the next line of the card the read keeps
 * comes only after a line dropped as a card copy is that value's label, and goes, when it is the card's only label line
 * (`labels`): a card of several labelled attributes ("Style:", "Length:", "Weight:") is a spec table, whose labels
 * the annotators keep with their values. Labels whose value stays are kept.
 * Wired in the collection strategy's card clean-up (kinds/collection.ts `withoutCardControls`). Measured (session 44,
 * eval --part tune of wcxb-dev, word F1): declassed a headphone shop's category ("Vendor:" on 20 cards) 0.615 -> 0.639,
 * collection half B 0.78938 -> 0.79014, no other page moves; as is no page moves (the class hides the label). Without
 * the one-label bound it also fired on an outdoor shop's spec tiles ("Hull Construction:", "Sleeping Capacity:"):
 * 3 of its categories moved, 2 down by 0.006 and 1 up by 0.010 on both yardsticks.
 * Linear: one walk to list each card's kept lines, one binary search per label over the copies' sorted starts.
 */
export function dropOrphanLabels(blocks: readonly Block[], cards: readonly SourceRange[], removed: RemovedRegion[]): Block[] {
	if (cards.length === 0) return blocks as Block[];
	const copies: number[] = [];
	for (const r of removed) if (r.step === CARD_REPEAT_STEP) copies.push(r.range.start);
	if (copies.length === 0) return blocks as Block[];
	copies.sort((a, b) => a - b);
	// Each card's labels waiting for the card's next kept line, and the labels found orphaned.
	const waiting = new Map<number, Block>();
	const found: { card: number; label: Block }[] = [];
	// Each card's count of label lines: a card of several labelled attributes is a table the annotators keep whole.
	const labels = new Map<number, number>();
	const settle = (card: number, label: Block, end: number): void => {
		if (anyWithin(copies, label.range.end, end)) found.push({ card, label });
	};
	const walk = (list: readonly Block[]): void => {
		for (const b of list) {
			if (b.kind === 'paragraph' || b.kind === 'heading') {
				const card = cardOf(cards, b.range);
				if (card < 0) continue;
				const label = waiting.get(card);
				if (label) {
					settle(card, label, b.range.start);
					waiting.delete(card);
				}
				if (b.kind === 'paragraph' && LABEL_RE.test(collapsedText(b).trim())) {
					waiting.set(card, b);
					labels.set(card, (labels.get(card) ?? 0) + 1);
				}
			} else if (b.kind === 'list') for (const it of b.items) walk(it.children);
			else if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') walk(b.children);
		}
	};
	walk(blocks);
	// A label that is its card's last kept line: its value, if any, sat between it and the card's end.
	for (const [card, label] of waiting) settle(card, label, cards[card].end);
	const orphans = new Set<Block>();
	for (const f of found) if (labels.get(f.card) === 1) orphans.add(f.label);
	if (orphans.size === 0) return blocks as Block[];
	return filterBlockTree(blocks, (b) => {
		if (!orphans.has(b)) return true;
		removed.push({ range: b.range, step: 'orphan-label', signal: collapsedText(b) });
		return false;
	});
}
