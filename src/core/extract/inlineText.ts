// Visible text of dump nodes, and the attribute tests (hidden, vocabulary) that the extractor and the renderers share.
import type { Attributes, Block, Inline } from '../model/dumpDocument';
import type { AttributeParts } from '../model/linkNodes';
import { divAttrParts } from '../model/divNodes';
import type { BlockTexts } from './blockTexts';
import { isKeptHiddenNumber } from './hiddenNumbers';
import { isKeptHiddenPrice } from './hiddenPrices';
import { afterOpeningPriceLabel, isEmptyUnitValue, isPriceLabelSpan } from './priceLabels';
import { pushAll } from '../model/pushAll';

/** Options for reading the text of inlines. */
export interface TextOptions {
	/** Include image alt text (a figure's caption lives there). Off for measuring density, on for rendering. */
	readonly images?: boolean;
}

/**
 * Per pair list (immutable once parsed): the first value of each lower-cased key. Keyed by the list, not the block:
 * a block made when read (a div's or link's, from parts shared by every block of its text) is a new object each time.
 */
const pairMaps = new WeakMap<Attributes['pairs'], Map<string, string>>();
/** Attributes without pairs, which are most of them, need no map. */
const NO_PAIRS: ReadonlyMap<string, string> = new Map();

function pairMap(attrs: AttributeParts): ReadonlyMap<string, string> {
	if (attrs.pairs.length === 0) return NO_PAIRS;
	let m = pairMaps.get(attrs.pairs);
	if (!m) {
		m = new Map();
		for (const [name, value] of attrs.pairs) {
			const k = name.toLowerCase();
			// The first pair of a key wins, as a linear search would find it.
			if (!m.has(k)) m.set(k, value);
		}
		pairMaps.set(attrs.pairs, m);
	}
	return m;
}

/**
 * Attribute blocks with at most this many pairs are searched in place: a short scan costs less than building and
 * keeping a map per block (the map's WeakMap insertions were 1.5% of the pipeline's CPU on the readability corpus).
 */
const SCAN_PAIRS = 6;

/** The value of an attribute pair, by case-insensitive key. */
export function attrValue(attrs: AttributeParts | undefined, key: string): string | undefined {
	if (!attrs) return undefined;
	const pairs = attrs.pairs;
	if (pairs.length === 0) return undefined;
	const k = key.toLowerCase();
	if (pairs.length <= SCAN_PAIRS) {
		// The first pair of a key wins, as in `pairMap`.
		for (let i = 0; i < pairs.length; i++) if (sameKey(pairs[i][0], k)) return pairs[i][1];
		return undefined;
	}
	return pairMap(attrs).get(k);
}

/**
 * `name.toLowerCase() === k` for a lower-cased `k`, without building the lower-cased name (lower-casing every key of
 * every lookup was 2.3% of the pipeline's CPU on the readability corpus). ASCII letters fold in place; a name with
 * other characters takes `toLowerCase`, whose result an ASCII-only name cannot change the length of.
 */
function sameKey(name: string, k: string): boolean {
	if (name === k) return true;
	const n = name.length;
	// Lower-casing changes a string's length only at U+0130 (İ → i̇, one more character; every other code point keeps
	// its length, checked over all of Unicode): a name of another length matches only through it. Scanning each name
	// for non-ASCII characters here was 0.9% of the pipeline's CPU over a sample of wcxb-dev.
	if (n !== k.length) return n < k.length && name.includes('\u0130') && name.toLowerCase() === k;
	for (let i = 0; i < n; i++) {
		let c = name.charCodeAt(i);
		if (c >= 0x80) return name.toLowerCase() === k;
		if (c >= 0x41 && c <= 0x5a) c += 0x20;
		if (c !== k.charCodeAt(i)) return false;
	}
	return true;
}

/**
 * Words of a block, keyed by its class list (its pair list when it has no class): a block made when read (a div's or
 * link's, from the parts shared by every block of its text) is a new object at each read, but its lists are the
 * shared ones. Another block may hold the same list with another id or pairs (test/unit/speedSharedReads.test.ts):
 * an entry is used only for a block with its id and both its lists.
 */
const attrWordsCache = new WeakMap<readonly unknown[], { readonly id: string | undefined; readonly classes: Attributes['classes']; readonly pairs: Attributes['pairs']; readonly words: string }>();

/**
 * The words a node's attributes use to describe it: id, classes, and the values of role, itemprop, property and
 * itemtype. Matched against the extractor's vocabularies, like Readability's `className + id`.
 */
export function attrWords(attrs: AttributeParts | undefined): string {
	if (!attrs) return '';
	// Without pairs, the words are the id and classes: one or none of them needs no string built and no cache entry.
	if (attrs.pairs.length === 0) {
		if (attrs.classes.length === 0) return attrs.id || '';
		if (attrs.classes.length === 1 && !attrs.id) return attrs.classes[0];
	}
	// Asked for every container by every profile and pass: built once per attribute block.
	const key = attrs.classes.length > 0 ? attrs.classes : attrs.pairs;
	const cached = attrWordsCache.get(key);
	if (cached !== undefined && cached.id === attrs.id && cached.classes === attrs.classes && cached.pairs === attrs.pairs) return cached.words;
	const parts: string[] = [];
	if (attrs.id) parts.push(attrs.id);
	pushAll(parts, attrs.classes);
	for (const key of ['role', 'itemprop', 'property', 'data-component', 'component']) {
		const v = attrValue(attrs, key);
		if (v) parts.push(v);
	}
	// No words (a tracking pixel's `{width=1 height=1}`): not cached, finding none again costs what a look-up in the
	// cache does, and an entry is about 40 bytes ('tracking pixels' held 1 MB of them for 27,000 attribute blocks).
	if (parts.length === 0) return '';
	const words = parts.join(' ');
	attrWordsCache.set(key, { id: attrs.id, classes: attrs.classes, pairs: attrs.pairs, words });
	return words;
}

/**
 * React's streaming server rendering writes each late part of the page into `<div hidden id="S:3">` and a script
 * moves it into place: the reader sees it, so it is not hidden (a product page's whole description sat in such
 * segments; see notes/product.md for the measured effect). The number is hexadecimal (`S:2b`): 7 wcxb-dev dumps have
 * such ids (notes/product2.md).
 */
const STREAMED_SEGMENT_ID_RE = /^S:[0-9a-f]+$/;

const DISPLAY_NONE_RE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/** Whether the element was invisible on the page: `display:none`, `visibility:hidden`, `hidden`, or `aria-hidden="true"` (as Readability judges visibility). */
export function isHidden(attrs: AttributeParts | undefined): boolean {
	if (!attrs) return false;
	const pairs = attrs.pairs;
	if (pairs.length === 0) return false;
	// One pass over the pairs for the three keys, the first pair of each key winning as in `attrValue` (three
	// look-ups were 1.4% of the pipeline's CPU over a sample of wcxb-dev: every block and span is asked).
	let style: string | undefined;
	let hidden: string | undefined;
	let ariaHidden: string | undefined;
	for (let i = 0; i < pairs.length; i++) {
		const name = pairs[i][0];
		if (style === undefined && sameKey(name, 'style')) style = pairs[i][1];
		else if (hidden === undefined && sameKey(name, 'hidden')) hidden = pairs[i][1];
		else if (ariaHidden === undefined && sameKey(name, 'aria-hidden')) ariaHidden = pairs[i][1];
	}
	if (style && DISPLAY_NONE_RE.test(style)) return true;
	if (hidden !== undefined && !STREAMED_SEGMENT_ID_RE.test(attrs.id ?? '')) return true;
	// Lazy-image fallbacks are aria-hidden but hold the only copy of the image.
	if (ariaHidden === 'true' && !attrs.classes.some((c) => c.includes('fallback-image'))) return true;
	return false;
}

/**
 * CSS-framework classes that hide an element at every screen width (Bootstrap's `d-none`, Tailwind's `hidden`). A
 * responsive class beside it (`d-md-inline`, `md:block`) shows it on wider screens, so it stays. Only spans are judged
 * by it: a hidden block is often a tab or a menu a script opens. Stack Exchange writes the MathJax delimiters of every
 * post as `[\$\begingroup\$]{.d-none}` (wcxb-dev tuning forum page 1177: F1 0.64 → see notes/forum2.md).
 * Screen-reader-only classes (`sr-only`, `visually-hidden`, `screen-reader-text`) hide their text from the eye too:
 * a shop's "Regular price" / "Sale price" / "Unit price" labels, "(12 products)" beside a filter's "(12)", "Number of
 * reviews:". Tuning part of wcxb-dev (1054 pages): 25 pages up, 5 down; collection 0.731 → 0.735, product +0.002,
 * forum +0.0005 (notes/product4.md); of 4,429 such spans on the tuning part, 4,045 hold text absent from the
 * truth, NodeBB's "Offline" beside every poster among them (notes/forum3.md); the worst loss an article whose teaser cards' only link text was screen-reader text (0.99 → 0.95:
 * the cards no longer read as links and stay). A Tailwind `md:not-sr-only` shows it again.
 * Other frameworks' names for the same thing: `screenreader`, `screen-reader-only`, `screenreader-only`, Drupal's
 * `element-invisible`, Foundation's `show-for-sr`, WordPress's older `assistive-text` (half-A tuning pages: text in
 * these spans is in the truth 8 times and absent 181 times). Tuning part: collection 0.795 -> 0.796; half A one page up
 * (a shop's price labels, 0.60 -> 0.71) and one down (0.517 -> 0.508), half B unchanged; all 0.891 unchanged.
 */
const HIDING_CLASS_RE = /^(?:d-none|hidden|sr-only|visually-hidden|visuallyhidden|screen-reader-text|u-visually-hidden|screenreader|screen-reader-only|screenreader-only|element-invisible|show-for-sr|assistive-text)$/;
/** The hiding classes of `HIDING_CLASS_RE` that hide from every reader, not only the eye: their prices go too. */
const FRAMEWORK_HIDDEN_RE = /^(?:d-none|hidden)$/;
/**
 * The same hiding classes under a design system's or a CSS module's namespace: `h-sr-only`, `usa-sr-only`,
 * `wt-screen-reader-only`, Eventbrite's `eds-is-hidden-accessible`, jQuery UI's `ui-helper-hidden-accessible`,
 * `VisuallyHidden_visuallyHidden__BwEVx`, `visually-hidden--inline`. Counted on the 1,310 dumps of wcxb-dev: about 900
 * spans whose class is one of these and not one of the plain names above. Not a responsive form (`lg:sr-only`,
 * `md:not-sr-only`: a colon), not `not-sr-only`, and not Amazon's `a-offscreen`, which holds the only readable copy of
 * a price whose visible parts are aria-hidden.
 * A short span of these that holds a digit stays (hiddenNumbers.ts): a shop's screen-reader price ("Sale Price $17.60") can be the only readable
 * copy of a price whose visible parts are aria-hidden, and the kind detection counts those prices.
 * Measured on an event finder's cards (wcxb-dev tuning half A, a listing read as an article), whose icon buttons each
 * name the card again ("Save this event: <title> Share this event: <title>", "Promoted event actions"): see
 * the commit message and notes/s29/coll29.md for the tuning-part effect.
 */
export const NAMESPACED_HIDING_CLASS_RE = /^(?![^:]*:)(?!.*not-sr-only).*(?:^|[-_])(?:sr-only|visually-?hidden|screen-?reader(?:-only|-text)?|hidden-accessible)(?:$|[-_])/i;
/**
 * What every class `NAMESPACED_HIDING_CLASS_RE` matches holds: a pre-test. Its lookaheads and leading `.*` were tried
 * on every class of every span (0.3% of the extraction's CPU over the wcxb-dev tuning dumps, issue 13); few classes
 * pass this. Keep it in step with the words of that pattern.
 */
export const NAMESPACED_HIDING_NEED_RE = /sr-only|visually|screen|hidden-accessible/i;
const SHOWING_CLASS_RE = /^(?:d-(?:sm|md|lg|xl|xxl)-(?!none)\w+|(?:sm|md|lg|xl|2xl):(?!hidden)\w+|(?:sm|md|lg|xl|2xl):not-sr-only)$/;

/**
 * The short form of a time written beside its long form, one of them shown by the stylesheet (Invision Community 5:
 * `[June 14, 2024]{.ipsTime__long}[1 yr]{.ipsTime__short}`, read "June 14, 20241 yr"). The long form stays. Only
 * times: the tuning part's other `_short` classes (a shop's `desc_short` beside its long description) are left alone.
 * Tuning forum pages: two Invision 5 threads up (0.903 -> 0.927, 0.891 -> 0.925), nothing else.
 */
export const SHORT_TIME_CLASS_RE = /^\w*time\w*(?:__|--|-|_)short$/i;
/** What every class `SHORT_TIME_CLASS_RE` matches holds: a pre-test (its `\w*` runs were tried on every class of every span; issue 13). */
export const SHORT_TIME_NEED_RE = /short/i;

/**
 * Screen-reader announcements a theme writes into a list hidden as a whole (Shopify's Dawn: "Choosing a selection
 * results in a full page refresh.", "Opens in a new window."). Pandoc keeps no attributes on a list, so the `hidden`
 * around them is lost and only the spans' ids say what they are. In 15 dumps of wcxb-dev, 5 of them product pages;
 * never in the truth. Tuning part: product 0.640 → 0.641, nothing lower.
 */
const ANNOUNCEMENT_ID_RE = /^a11y-[\w-]*message$/;

/**
 * Inline nodes and characters of text a span may hold for its text to be read by `isHiddenSpan`: the prices and
 * numbers it keeps are 30 characters or fewer (hiddenPrices.ts, hiddenNumbers.ts), so a longer span is not read at
 * all. Without the bound, hiding spans nested in each other had their whole text flattened once per level: quadratic
 * in a hostile dump's nesting.
 */
const MAX_SHORT_NODES = 32;
const MAX_SHORT_CHARS = 256;

/** Whether `inlines` hold at most MAX_SHORT_NODES nodes and MAX_SHORT_CHARS characters of text; stops early. */
function isShort(inlines: readonly Inline[]): boolean {
	let nodes = 0;
	let chars = 0;
	const stack: (readonly Inline[])[] = [inlines];
	while (stack.length > 0) {
		const list = stack.pop()!;
		for (let i = 0; i < list.length; i++) {
			const n = list[i];
			if (++nodes > MAX_SHORT_NODES) return false;
			if (n.kind === 'text') chars += n.value.length;
			else if (n.kind === 'code') chars += n.value.length;
			else if (n.kind === 'image') stack.push(n.alt);
			else if ('children' in n) stack.push(n.children);
			if (chars > MAX_SHORT_CHARS) return false;
		}
	}
	return true;
}

/**
 * Whether an inline span was invisible on the page: hidden by its attributes (`isHidden`), by a framework's hiding class, or a
 * screen-reader announcement. Given the span's `children`, a namespaced hiding class hides it too unless its text holds a
 * digit (`NAMESPACED_HIDING_CLASS_RE`).
 */
export function isHiddenSpan(attrs: AttributeParts | undefined, children?: readonly Inline[]): boolean {
	if (!attrs) return false;
	if (isHidden(attrs)) return true;
	if (attrs.id && ANNOUNCEMENT_ID_RE.test(attrs.id)) return true;
	const classes = attrs.classes;
	// Loops, not `some` with an arrow: asked of every span on every read of its text (no closure made per call).
	let hiding = false;
	let screenReader = false;
	for (let i = 0; i < classes.length; i++) {
		if (SHORT_TIME_NEED_RE.test(classes[i]) && SHORT_TIME_CLASS_RE.test(classes[i])) return true;
		if (!hiding && HIDING_CLASS_RE.test(classes[i])) {
			hiding = true;
			screenReader = !FRAMEWORK_HIDDEN_RE.test(classes[i]);
		}
	}
	// A screen-reader price ("Original price was: $24.95.") is the card's price read aloud: it stays (hiddenPrices.ts).
	if (screenReader && children && isShort(children) && isKeptHiddenPrice(inlineText(children))) return false;
	if (!hiding && children) for (let i = 0; i < classes.length && !hiding; i++) if (NAMESPACED_HIDING_NEED_RE.test(classes[i]) && NAMESPACED_HIDING_CLASS_RE.test(classes[i])) hiding = !(isShort(children) && isKeptHiddenNumber(inlineText(children)));
	// A span that is only a spoken price label ("Sale price") is screen-reader text whatever its class (priceLabels.ts).
	if (!hiding && children && isPriceLabelSpan(children)) return true;
	// So is a price label followed by an empty unit price ("Unit price / per", priceLabels.ts).
	if (!hiding && children) {
		const rest = afterOpeningPriceLabel(children);
		if (rest > 0 && isShort(children) && isEmptyUnitValue(inlineText(children.slice(rest)))) return true;
	}
	if (!hiding) return false;
	for (let i = 0; i < classes.length; i++) if (SHOWING_CLASS_RE.test(classes[i])) return false;
	return true;
}

/** The visible text of inlines: escapes resolved, hidden spans and raw HTML dropped, soft breaks as spaces. */
export function inlineText(inlines: readonly Inline[], options: TextOptions = {}): string {
	// Most inlines are one text node: no list for it.
	if (inlines.length === 1 && inlines[0].kind === 'text' && !inlines[0].softBreakAfter) return inlines[0].value;
	const parts: string[] = [];
	if (inlines.length <= PIECES_PER_CHUNK) {
		pushInlineText(inlines, options, parts);
		return parts.length === 1 ? parts[0] : parts.join('');
	}
	const chunks: string[] = [];
	for (let k = 0; k < inlines.length; k += PIECES_PER_CHUNK) {
		pushInlineText(inlines.slice(k, k + PIECES_PER_CHUNK), options, parts);
		chunks.push(parts.join(''));
		parts.length = 0;
	}
	return chunks.join('');
}

/**
 * Top-level inlines read at a time, their pieces joined into one chunk before the next: text values are sliced from
 * the source when read (`SourceTextNode`), so the pieces of a paragraph of 80,000 short lines were as many copies held
 * until the one join, 4.5 MB beside its 2 MB text ('invalid UTF-8'). The chunks cost one more copy of the text.
 */
export const PIECES_PER_CHUNK = 1024;

/**
 * Two spans side by side with no space between, the first ending a word and the second starting with a capital
 * ("[Thousand]{.brand}[Heritage 2.0 Bike Helmet]{.name}", "[Red]{.a}[Blue]{.b}"): a shop writes a card's brand and
 * name, a swatch's colours, a table's label and value as separate elements that its styles set apart, and pandoc
 * writes them with nothing between, so "ThousandHeritage" would be one word. The first span ends in two letters or a
 * digit: after a drop cap ("[T]{.dropcap}[HE]") the word goes on. Tuning part of wcxb-dev: collection 0.7446 →
 * 0.7483 (an outdoor shop's category pages +0.03 to +0.05 each), all 0.8720 → 0.8724; readability corpus 0.945 kept.
 */
const WORD_END_RE = /(?:\p{L}\p{L}|\p{N})$/u;
const CAPITAL_START_RE = /^\p{Lu}/u;
/**
 * A word then a number, in two elements side by side ("[4.6 out of 5 stars]{.icon-alt}[3,663]{.count}", a rating and
 * its count; "[Battery]{.label}[18 hours]{.value}"): a shop's cards and spec rows, read "stars3,663". Never a price's
 * parts (`[19]{.a}[99]{.b}` is two numbers) nor a word continued ("[un]{.a}[believable]{.b}"). Both rules now hold
 * for every pair of side-by-side elements (spans, emphasis, links), not spans only: a rating's stars sit in an
 * emphasis between two spans. With footnote marks (isFootnoteMark), tuning part of wcxb-dev: collection 0.796 → 0.799
 * (half A 0.813 → 0.813, half B 0.776 → 0.782), listing 0.770 → 0.772 (A 0.693 → 0.696, B 0.839 → 0.839), service
 * half B 0.850 → 0.851, all 0.892 unchanged (A 0.886 → 0.887, B 0.896), no kind lower; readability corpus 0.945 kept, seeds 53/53.
 */
const LETTER_END_RE = /\p{L}$/u;
const DIGIT_START_RE = /^\p{N}/u;

/**
 * Two spans of the same classes side by side are two items of one row ("[2026]{.meta-item}[1h 54m]{.meta-item}[R]{.meta-item}",
 * a chart's year, runtime and rating; a card's tags; a schedule's cells), which the stylesheet sets apart with a margin or
 * a separator: read "20261h 54mR", none of the three words is one a reader sees. A word split for styling gives its
 * parts classes of their own ("[T]{.dropcap}[HE]", "[19]{.whole}[99]{.fraction}"); a text split letter by letter for an
 * animation gives each letter the same class, so the rule holds only when one of the two is longer than one character.
 * Tuning part of wcxb-dev (issue 12, session 28): listing half A 0.7156 -> 0.7234 (a film chart's year, runtime and
 * rating 0.56 -> 0.81, a tech blog's front 0.81 -> 0.84), half B 0.8455 unchanged; no other kind moves, no page down;
 * readability corpus 0.947, seeds 53/53.
 */
function sameClasses(a: Inline | undefined, b: Inline): boolean {
	if (a?.kind !== 'span' || b.kind !== 'span' || !a.attrs || !b.attrs) return false;
	const x = a.attrs.classes;
	const y = b.attrs.classes;
	if (x.length === 0 || x.length !== y.length) return false;
	for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
	return true;
}

/**
 * Items of a row are short (a year, a runtime, a tag, a score); a word processor's export cuts running prose into spans of
 * one class anywhere, inside words too ("[The Co]{.s1}[rnell Cooperative Extension ...]{.s1}", an article of the tuning
 * part read "Co rnell"), so a longer span is not an item.
 */
export const MAX_ITEM_CHARS = 32;
/** A lower-case letter right after a letter goes on a word ("[Co]{.s1}[rnell]{.s1}"): left as written. */
const LOWER_START_RE = /^\p{Ll}/u;

/** Whether the span read into `parts[from, start)` and the one from `start` touch with text on both sides, one of them longer than one character (no letter-by-letter split). */
function itemsTouch(parts: readonly string[], from: number, start: number): boolean {
	const a = shortJoin(parts, from, start);
	const b = shortJoin(parts, start, parts.length);
	if (a === undefined || b === undefined || a === '' || b === '' || /\s$/.test(a) || /^\s/.test(b)) return false;
	const x = a.trim().length;
	const y = b.trim().length;
	return (x > 1 || y > 1) && x <= MAX_ITEM_CHARS && y <= MAX_ITEM_CHARS && !(LETTER_END_RE.test(a) && LOWER_START_RE.test(b));
}

/**
 * Two spans side by side, each with attributes of its own, are two elements: a site with per-element classes (hashed or
 * utility classes, `EVAL_DECLASS=unique`) gives each item of a row its own, so `sameClasses` never holds and a film chart
 * read "20261h 54mR" for "2026 1h 54m R". The spans are set apart when the join falls between two word characters
 * (punctuation already splits words) and is none of a word's splits for styling: a letter then a lower-case letter
 * ("[un]{.a}[believable]{.b}", `itemsTouch`), a digit then a lower-case letter ("[1]{.a}[st]{.b}", "[5]{.a}[km]{.b}"),
 * a drop cap ("[T]{.a}[HE]{.b}": one letter), a price's cents ("[19]{.a}[99]{.b}": two digits after a number), a
 * decimal's further digits ("[4.5]{.a}[0]{.b}"); the currency sign and the point of "[$]{.a}[19]{.b}[.99]{.c}" are
 * punctuation.
 * Tuning part of wcxb-dev (session 58): every token unique, profiles off, listing 0.7378 -> 0.7415 (half A 0.6897 ->
 * 0.6975: the film chart 0.663 -> 0.923; half B unchanged), all 0.8853 -> 0.8855; declassed listing 0.7757 -> 0.7758,
 * forum 0.8728 -> 0.8731; as is listing 0.8136 -> 0.8137; collection -0.0001 on each (a shop's "MSRP: $120" and "10% OFF"
 * counted twice once apart); readability corpus 0.947, seeds 53/53. Without the decimal guard a rating "4.5 0/5" cost
 * a half-A service page 0.002 (unique and declassed).
 */
function separateSpans(a: Inline | undefined, b: Inline): boolean {
	return a?.kind === 'span' && b.kind === 'span' && a.attrs !== undefined && b.attrs !== undefined;
}

/** A word character at a join: a letter or a digit (the metric's `\w` without the underscore). */
const WORD_CHAR_END_RE = /[\p{L}\p{N}]$/u;
const WORD_CHAR_START_RE = /^[\p{L}\p{N}]/u;
/** A letter alone (a drop cap) and a price's cents (two digits alone). */
const ONE_LETTER_RE = /^\s*\p{L}\s*$/u;
const CENTS_RE = /^\d{2}$/;
/** A decimal number ("4.5"), whose digits a span after it goes on ("[4.5]{.a}[0]{.b}" reads "4.50"). */
const DECIMAL_END_RE = /\d[.,]\d+$/;
const DIGITS_RE = /^\d+$/;
const DIGIT_END_RE = /\p{N}$/u;

/** Whether the span read into `parts[from, start)` and the one from `start` are two items, not one word split for styling (`separateSpans`). */
function itemsSplit(parts: readonly string[], from: number, start: number): boolean {
	const a = shortJoin(parts, from, start) ?? '';
	const b = shortJoin(parts, start, parts.length) ?? '';
	if (!WORD_CHAR_END_RE.test(a) || !WORD_CHAR_START_RE.test(b) || ONE_LETTER_RE.test(a)) return false;
	if (DIGIT_END_RE.test(a) && (LOWER_START_RE.test(b) || CENTS_RE.test(b) || (DECIMAL_END_RE.test(a) && DIGITS_RE.test(b)))) return false;
	return true;
}

/**
 * Characters of an element's text past which it is no item (`MAX_ITEM_CHARS` and room for the white space around it):
 * `shortJoin` stops there, so spans nested in spans, each touching the one before, do not join their whole subtree's
 * text again at every level.
 */
const MAX_JOINED_ITEM_CHARS = 8 * MAX_ITEM_CHARS;

/** `parts[from, to)` joined, or undefined when longer than `MAX_JOINED_ITEM_CHARS`. */
function shortJoin(parts: readonly string[], from: number, to: number): string | undefined {
	let n = 0;
	for (let i = from; i < to; i++) if ((n += parts[i].length) > MAX_JOINED_ITEM_CHARS) return undefined;
	return parts.slice(from, to).join('');
}

/** Whether the text added to `parts` from `start` begins with a capital right after a word that the earlier parts end. */
function gluesWords(parts: readonly string[], start: number): boolean {
	let before = start - 1;
	while (before >= 0 && parts[before] === '') before--;
	let after = start;
	while (after < parts.length && parts[after] === '') after++;
	if (before < 0 || after >= parts.length) return false;
	const end = parts[before].slice(-2);
	return (WORD_END_RE.test(end) && CAPITAL_START_RE.test(parts[after])) || (LETTER_END_RE.test(end) && DIGIT_START_RE.test(parts[after]));
}

/**
 * A footnote mark, a superscript link ("battery life^[1](#footnote-4)^"), is set apart from the word it follows:
 * "life1" was one word the annotated text never has (it drops the mark, or keeps it as its own token).
 */
function isFootnoteMark(n: Inline): boolean {
	return n.kind === 'emphasis' && n.style === 'sup' && n.children.length > 0 && n.children.every((c) => c.kind === 'link');
}


/**
 * Appends the visible text of `inlines` to `parts`, joined once by the caller: appending to a string made a rope of a
 * 32-byte node per inline, several times the size of a long paragraph of short lines.
 */
function pushInlineText(inlines: readonly Inline[], options: TextOptions, parts: string[]): void {
	// Where the last visible span's, emphasis' or link's text ended in `parts`, while nothing else has been added since.
	let afterElement = -1;
	// The element whose text ended at `afterElement`, and where its text began.
	let lastElement: Inline | undefined;
	let lastStart = -1;
	// Indexed loops here and below: these walks run for every block, and an iterator's result objects were the
	// largest share of the extraction's allocations before the functions are optimized (sampled heap profile).
	for (let i = 0; i < inlines.length; i++) {
		const n = inlines[i];
		if (n.kind === 'span' && isHiddenSpan(n.attrs, n.children)) continue;
		if (n.kind === 'span' || n.kind === 'emphasis' || n.kind === 'link') {
			const start = parts.length;
			pushInlineText(n.children, options, parts);
			if ((afterElement === start || isFootnoteMark(n)) && gluesWords(parts, start)) parts.splice(start, 0, ' ');
			else if (afterElement === start && sameClasses(lastElement, n) && itemsTouch(parts, lastStart, start)) parts.splice(start, 0, ' ');
			else if (afterElement === start && separateSpans(lastElement, n) && itemsTouch(parts, lastStart, start) && itemsSplit(parts, lastStart, start)) parts.splice(start, 0, ' ');
			afterElement = parts.length;
			lastElement = n;
			lastStart = start;
			continue;
		}
		switch (n.kind) {
			case 'text':
				parts.push(n.value);
				if (n.softBreakAfter) parts.push(' ');
				break;
			case 'code':
				parts.push(n.value);
				break;
			case 'image':
				if (options.images) pushInlineText(n.alt, options, parts);
				break;
			case 'break':
				parts.push('\n');
				break;
			case 'softbreak':
				parts.push(' ');
				break;
			case 'rawHtml':
				if (/^<br\b/i.test(n.html)) parts.push('\n');
				break;
			case 'note':
				break;
		}
	}
}

/** Collapses runs of white space (including non-breaking spaces) to one space and trims. */
export function collapse(s: string): string {
	// Most text is already collapsed: a scan is much cheaper than building the same string again.
	return isCollapsed(s) ? s : collapseSlow(s);
}

/**
 * White space `collapse` would change: a space at either end, two spaces in a row, or white space other than a plain
 * space (`\s` is the set `isUnicodeSpace` and ASCII's tab to carriage return and space name).
 */
const UNCOLLAPSED_RE = /^ | $| {2}|[^\S ]/;

/**
 * Whether `collapse` leaves `s` as it is: no white space at its ends, no two in a row, none but plain spaces. One regex
 * test, run in the engine's compiled code: a loop over the character codes was 1.3-2.1% of a whole `pagedump extract
 * --format json` process over the readability corpus; the test is about 4.5 times faster over the raw and collapsed
 * texts of every paragraph of every fourth wcxb-dev dump (200,000 texts, the same answer for each).
 */
function isCollapsed(s: string): boolean {
	return !UNCOLLAPSED_RE.test(s);
}

/**
 * `collapse(s).length` without building the collapsed string: the characters that are not white space, plus one for
 * each run of white space between two of them. Measuring link text and share rows collapsed every text node only to
 * take its length (the regex replace of `collapseSlow` copied each one that had a line break).
 */
export function collapsedLength(s: string): number {
	let n = 0;
	let started = false;
	let gap = false;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0xa0 && isUnicodeSpace(c))) {
			gap = started;
		} else {
			if (gap) n++;
			gap = false;
			started = true;
			n++;
		}
	}
	return n;
}

/**
 * A text that only has extra white space at its ends is trimmed, not rebuilt: `trim` makes a slice of `s` (32 bytes),
 * where the replace made a copy and then a slice of the copy (72 bytes), and `trim` strips exactly what `\s` matches.
 * Paragraph texts the block index keeps often end in a space (an image's empty alt after the last words): 'tracking
 * pixels' held 0.5 MB of such copies at the extraction peak (13,500 paragraphs).
 */
function collapseSlow(s: string): string {
	const t = s.trim();
	// A slice keeps all of `s` alive: not for a short text at the end of a long run of white space.
	return isCollapsed(t) && s.length - t.length <= t.length ? t : s.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** The white space that `\s` matches above ASCII. */
export function isUnicodeSpace(c: number): boolean {
	return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Collapsed texts of paragraphs and headings while one extraction runs (`withTextCache`): the steps of extraction
 * read the same paragraphs' text again and again (index, scoring, kinds, clean-ups), and building and collapsing it
 * was about 7% of the pipeline's CPU on the readability corpus. Kept only for the run, so the model holds no texts after it.
 */
let leafTexts: Map<Block, string> | undefined;
/**
 * Paragraphs' uncollapsed texts (`inlineText(content)`) the block index read, for `blockText` during the same run: the
 * metadata's region text read a megabyte paragraph a second time, a copy of it and of each of its pieces beside the
 * index's ('invalid UTF-8': 2 MB of text and 3 MB of pieces at the pipeline's peak). The index's own table, not a copy
 * of it: a second map of every paragraph was 1.7 MB at the extraction peak of 'headings named like the preview'.
 */
let leafRawTexts: BlockTexts | undefined;
/** The collapsed texts of the blocks the index numbers (blockTexts.ts: an array slot a block, not a map entry); `leafTexts` holds the others'. */
let indexTexts: BlockTexts | undefined;

/** Runs `run` with paragraph and heading texts kept for its duration (nested runs share the outer one's). */
export function withTextCache<T>(run: () => T): T {
	if (leafTexts) return run();
	leafTexts = new Map();
	try {
		return run();
	} finally {
		leafTexts = undefined;
		leafRawTexts = undefined;
		indexTexts = undefined;
	}
}

/**
 * The run's table of the index's collapsed texts (`useIndexTexts`), undefined outside a run: the metadata scan keeps
 * its texts of the same blocks by the same order, sharing the strings that are the same (`metadata/scan.ts`).
 */
export function runIndexTexts(): BlockTexts | undefined {
	return indexTexts;
}

/** The run's collapsed text of a paragraph or heading, if already known. */
function knownText(b: Block): string | undefined {
	return indexTexts?.get(b) ?? leafTexts?.get(b);
}

/** Records a paragraph's or heading's collapsed text computed elsewhere (the block index reads it first). */
export function rememberText(b: Block, text: string): void {
	if (!leafTexts) return;
	if (indexTexts?.numbers(b)) indexTexts.set(b, text);
	else leafTexts.set(b, text);
}

/**
 * `rememberText` for the block numbered `at` in the order of `texts`, the block index's collapsed texts, while the
 * index numbers it: when the run keeps that table (`useIndexTexts`), the text is set by number, with no look-up of the
 * block's number (`rememberText` looked it up twice: whether the order numbers it, then where). Exact when each block
 * is numbered once, as the index's reads by number already assume. Issue 13: on the bench's 20 MB dump those look-ups
 * were 0.6% of a `pagedump extract` profile (`BlockOrder.get` under `numbers` and `set`).
 */
export function rememberTextAt(texts: BlockTexts, at: number, b: Block, text: string): void {
	if (!leafTexts) return;
	if (indexTexts === texts) texts.setAt(at, text);
	else rememberText(b, text);
}

/**
 * For the run: reads paragraphs' `inlineText(content)` from `raw` (the block index's raw texts) in `blockText`, and
 * keeps the collapsed texts of the index's blocks in `collapsed` (both by the index's order).
 */
export function useIndexTexts(raw: BlockTexts, collapsed: BlockTexts): void {
	if (!leafTexts) return;
	leafRawTexts = raw;
	indexTexts = collapsed;
}

/**
 * `collapse(blockText(b))`, kept for paragraphs and headings during a `withTextCache` run. A container's is built from
 * its leaves' collapsed texts (see `pushCollapsedParts`), not by collapsing its whole text again.
 */
export function collapsedText(b: Block): string {
	if (b.kind !== 'paragraph' && b.kind !== 'heading') {
		const parts: string[] = [];
		pushCollapsedParts(b, parts);
		return parts.length === 1 ? parts[0] : parts.join(' ');
	}
	let t = knownText(b);
	if (t === undefined) {
		t = collapse(inlineText(b.content));
		rememberText(b, t);
	}
	return t;
}

/** Characters of the blocks' collapsed texts together (the measure the kind strategies compare before and after a cut). */
export function collapsedChars(blocks: readonly Block[]): number {
	let n = 0;
	for (const b of blocks) n += collapsedText(b).length;
	return n;
}

/**
 * Appends the non-empty collapsed texts of the leaves below `block` (paragraphs, headings, code), in `blockText`'s
 * order. `blockText` joins its leaves with white space only (new lines, and spaces in tables), and collapsing texts
 * joined by white space is joining their collapsed texts, the empty ones dropped, by one space: so
 * `collapse(blockText(b))` is these parts joined by spaces. The leaves' texts come from the run's cache (the block
 * index collapsed every paragraph): collapsing a container's whole text again (a regex over a string of every line
 * break) made 4.5% of the pipeline's allocated bytes over a sample of wcxb-dev. Nothing is added to the cache here.
 */
function pushCollapsedParts(block: Block, parts: string[]): void {
	switch (block.kind) {
		case 'paragraph':
		case 'heading': {
			const t = knownText(block) ?? collapse((block.kind === 'paragraph' ? leafRawTexts?.get(block) : undefined) ?? inlineText(block.content));
			if (t !== '') parts.push(t);
			return;
		}
		case 'div':
		case 'htmlDiv':
			if (!isHidden(divAttrParts(block))) pushEachCollapsed(block.children, parts);
			return;
		case 'blockquote':
			pushEachCollapsed(block.children, parts);
			return;
		case 'list':
			for (let i = 0; i < block.items.length; i++) pushEachCollapsed(block.items[i].children, parts);
			return;
		case 'code':
			if (!block.rawFormat) {
				const t = collapse(block.text);
				if (t !== '') parts.push(t);
			}
			return;
		case 'table':
			if (block.header) for (const cell of block.header.cells) for (const c of cell.blocks) pushCollapsedParts(c, parts);
			for (const row of block.rows) for (const cell of row.cells) for (const c of cell.blocks) pushCollapsedParts(c, parts);
			return;
		default:
			return;
	}
}

function pushEachCollapsed(blocks: readonly Block[], parts: string[]): void {
	for (let i = 0; i < blocks.length; i++) pushCollapsedParts(blocks[i], parts);
}

/** The visible text of a block and everything inside it, blocks separated by newlines. */
export function blockText(block: Block, options: TextOptions = {}): string {
	// One list of parts joined once: joining at every level copied deep subtrees once per level (quadratic).
	const parts: string[] = [];
	pushBlockText(block, options, parts);
	return parts.length === 1 ? parts[0] : parts.join('');
}

/** Appends `blocks`' texts separated by `sep`, as `blocks.map(blockText).join(sep)` would. */
function pushBlocks(blocks: readonly Block[], sep: string, options: TextOptions, parts: string[]): void {
	for (let i = 0; i < blocks.length; i++) {
		if (i > 0) parts.push(sep);
		pushBlockText(blocks[i], options, parts);
	}
}

function pushBlockText(block: Block, options: TextOptions, parts: string[]): void {
	switch (block.kind) {
		case 'paragraph':
		case 'heading':
			parts.push((options.images ? undefined : leafRawTexts?.get(block)) ?? inlineText(block.content, options));
			return;
		case 'div':
		case 'htmlDiv':
			if (!isHidden(divAttrParts(block))) pushBlocks(block.children, '\n', options, parts);
			return;
		case 'blockquote':
			pushBlocks(block.children, '\n', options, parts);
			return;
		case 'list':
			for (let i = 0; i < block.items.length; i++) {
				if (i > 0) parts.push('\n');
				pushBlocks(block.items[i].children, '\n', options, parts);
			}
			return;
		case 'code':
			if (!block.rawFormat) parts.push(block.text);
			return;
		case 'table': {
			const rows = block.header ? [block.header, ...block.rows] : block.rows;
			for (let r = 0; r < rows.length; r++) {
				if (r > 0) parts.push('\n');
				const cells = rows[r].cells;
				for (let c = 0; c < cells.length; c++) {
					if (c > 0) parts.push(' ');
					pushBlocks(cells[c].blocks, ' ', options, parts);
				}
			}
			return;
		}
		default:
			return;
	}
}

/** Whether `s` holds anything but white space (as `collapse(s) !== ''`, without building a string). */
function hasNonSpace(s: string): boolean {
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (!(c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0xa0 && isUnicodeSpace(c)))) return true;
	}
	return false;
}

/** Whether inlines show any text: `collapse(inlineText(inlines, options)) !== ''`, stopping at the first character. */
export function hasInlineText(inlines: readonly Inline[], options: TextOptions = {}): boolean {
	for (let i = 0; i < inlines.length; i++) {
		const n = inlines[i];
		switch (n.kind) {
			case 'text':
			case 'code':
				if (hasNonSpace(n.value)) return true;
				break;
			case 'emphasis':
			case 'link':
				if (hasInlineText(n.children, options)) return true;
				break;
			case 'span':
				if (!isHidden(n.attrs) && hasInlineText(n.children, options)) return true;
				break;
			case 'image':
				if (options.images && hasInlineText(n.alt, options)) return true;
				break;
			default:
				// Breaks, raw HTML and notes add white space at most.
				break;
		}
	}
	return false;
}

/** Whether a block shows any text: `collapse(blockText(block, options)) !== ''`, without building the text. */
export function hasBlockText(block: Block, options: TextOptions = {}): boolean {
	switch (block.kind) {
		case 'paragraph':
		case 'heading':
			return hasInlineText(block.content, options);
		case 'div':
		case 'htmlDiv':
			return !isHidden(divAttrParts(block)) && block.children.some((c) => hasBlockText(c, options));
		case 'blockquote':
			return block.children.some((c) => hasBlockText(c, options));
		case 'list':
			return block.items.some((it) => it.children.some((c) => hasBlockText(c, options)));
		case 'code':
			return !block.rawFormat && hasNonSpace(block.text);
		case 'table':
			return (block.header ? [block.header, ...block.rows] : block.rows).some((row) => row.cells.some((cell) => cell.blocks.some((c) => hasBlockText(c, options))));
		default:
			return false;
	}
}

/** Words of the blocks' visible text: runs of non-space characters. */
export function blockWords(blocks: readonly Block[]): number {
	let n = 0;
	for (const b of blocks) {
		// Counted in place: splitting a multi-megabyte paragraph into words costs seconds of garbage collection.
		const text = blockText(b);
		let inWord = false;
		for (let i = 0; i < text.length; i++) {
			const c = text.charCodeAt(i);
			const space = c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0;
			if (!space && !inWord) n++;
			inWord = !space;
		}
	}
	return n;
}
