// Button labels: a line of a listing that is only the text of a button or tooltip ("Mark as watched", "View company profile") printed on every card is a control, not the item.
import type { Block, Inline } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapse, collapsedText } from '../inlineText';
import { filterBlockTree } from './cardRepeats';
import { isContainer } from '../blockIndex';
import { divAttrParts } from '../../model/divNodes';

/**
 * A class that names a button or a tooltip: `ipc-btn__text`, `button-label`, `tooltip--flag-logo__tooltiptext`. The
 * markup says what the words are for, whatever the language or the wording.
 */
export const BUTTON_CLASS_RE = /(?:^|[-_])(?:btn|button|tooltip(?:text)?)(?:$|[-_])|tooltiptext/i;
/** A button's label is a few words; a longer line is the item's own text, whatever its class. */
export const MAX_BUTTON_LABEL_CHARS = 40;
/**
 * A container whose class names a badge (`product-badges`, `elementor-post__badge`) holds a card's status label: "New
 * product", "Sales end soon". Printed on every card (`MIN_BUTTON_REPEATS`), it goes as a button's label does. Measured
 * (session 32, list35): collection B 0.82546 -> 0.82680 (a shop's badges 0.646 -> 0.689), collection A 0.83471 ->
 * 0.83466 (a shop's "New product" 0.888 -> 0.893, but a marketplace's "Limited time deal", which the annotators keep,
 * 0.455 -> 0.447); tuning 0.90133 -> 0.90137, every other kind unchanged.
 */
export const BADGE_CLASS_RE = /badge/i;
/**
 * The same label on this many lines at least: a control printed on every card of a feed. A lone button ("Show all", a
 * call to action under an intro) is sometimes kept by the annotators, and so is a row of three or four feature tiles'
 * buttons on a landing page: with 3, a half-B service page fell 0.977 -> 0.975 (service B 0.85703 -> 0.85700) and two
 * pages rose (a service A page, a news feed B); with 5 no page falls.
 */
export const MIN_BUTTON_REPEATS = 5;

/** What a run of inlines holds: words all inside a button- or tooltip-named span or link, a word outside one, or no word. */
type Verdict = 'button' | 'other' | 'empty';

/**
 * The verdict on inlines (`inside`: under a named span or link already). One walk: an empty span (an icon's) is told
 * apart by its own verdict, not by flattening its text first at every level of nesting.
 */
function buttonVerdict(inlines: readonly Inline[], inside: boolean): Verdict {
	let text = false;
	for (const x of inlines) {
		if (x.kind === 'text') {
			if (x.value.trim() === '') continue;
			if (!inside) return 'other';
			text = true;
		} else if (x.kind === 'span' || x.kind === 'link' || x.kind === 'emphasis') {
			const named = x.kind !== 'emphasis' && x.attrs !== undefined && x.attrs.classes.some((c) => BUTTON_CLASS_RE.test(c));
			const v = buttonVerdict(x.children, inside || named);
			if (v === 'other') return 'other';
			if (v === 'button') text = true;
		} else if (x.kind === 'image' || x.kind === 'softbreak' || x.kind === 'break' || x.kind === 'rawHtml') continue;
		else return 'other';
	}
	return text ? 'button' : 'empty';
}

/** A paragraph's label when it is only a short button or tooltip text; undefined otherwise. */
export function buttonLabel(b: Block): string | undefined {
	// The markup first: prose fails at its first plain word, so only a button's own line is flattened.
	if (b.kind !== 'paragraph' || buttonVerdict(b.content, false) !== 'button') return undefined;
	const text = collapse(collapsedText(b));
	if (text === '' || text.length > MAX_BUTTON_LABEL_CHARS) return undefined;
	return text.toLowerCase();
}

/**
 * The blocks less the paragraphs, at any depth, that are only a button's or tooltip's label (`buttonLabel`) printed at
 * least `MIN_BUTTON_REPEATS` times in the read. A listing's cards carry their controls as text: a chart's "Mark as
 * watched" and "Rate" under every film, a job board's "View company profile" tooltip beside every logo. The link-density
 * clean-up keeps them (they are spans, not links), and the per-card repeats rules compare long lines only.
 * Wired in the general clean-ups of every kind (extractArticle.ts): feeds are read as service, documentation and article
 * pages too. Measured (issue 12, session 32, eval --part tune of wcxb-dev, word F1): listing A 0.75172 -> 0.75646 (a
 * film chart read as a service page 0.808 -> 0.899, a job board read as documentation 0.918 -> 0.989), article A
 * 0.95152 -> 0.95155 and B 0.95176 -> 0.95179 (a shop's "Get price" 0.965 -> 0.970, an insurance guide's "Get a
 * quote" 0.800 -> 0.803, a security guide 0.966 -> 0.973); 5 sites up, none down, every other kind unchanged.
 */
export function dropButtonLabels(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	const counts = new Map<string, number>();
	// Each paragraph's label, read once: the second walk asks this map, not the inlines again.
	const labels = new Map<Block, string>();
	filterBlockTree(blocks, (b) => {
		// A badge's container holding one short line: that line is its label (BADGE_CLASS_RE).
		if (isContainer(b) && divAttrParts(b).classes.some((c) => BADGE_CLASS_RE.test(c))) {
			const kids = b.children.filter((c) => c.kind !== 'spacer');
			const text = kids.length === 1 && kids[0].kind === 'paragraph' ? collapse(collapsedText(kids[0])) : '';
			if (text !== '' && text.length <= MAX_BUTTON_LABEL_CHARS && !labels.has(kids[0])) {
				labels.set(kids[0], text.toLowerCase());
				counts.set(text.toLowerCase(), (counts.get(text.toLowerCase()) ?? 0) + 1);
			}
			return true;
		}
		if (labels.has(b)) return true;
		const label = buttonLabel(b);
		if (label !== undefined) {
			labels.set(b, label);
			counts.set(label, (counts.get(label) ?? 0) + 1);
		}
		return true;
	});
	if (![...counts.values()].some((n) => n >= MIN_BUTTON_REPEATS)) return [...blocks];
	return filterBlockTree(blocks, (b) => {
		const label = labels.get(b);
		if (label === undefined || (counts.get(label) ?? 0) < MIN_BUTTON_REPEATS) return true;
		removed.push({ range: b.range, step: 'button-label', signal: label });
		return false;
	});
}
