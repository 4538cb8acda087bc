// Locale pickers: a container of many short entries each marked with a `lang` (or `hreflang`) attribute in several languages, or each a country with its currency ("Malta (EUR €)"), is the shop's country and language selector, not the product.
import type { Block, Inline } from '../../model/dumpDocument';
import { blockAttrs, type BlockIndex } from '../blockIndex';
import { attrValue, collapsedText } from '../inlineText';
import { PAGE_FRAME_SHARE } from './productRegion';

/**
 * Why: a shop that sells in many countries prints a country and language selector ("Egypt / English", "Maroc /
 * Français", "日本 / 日本語", …), often in a dialog or a footer drawer that only a class word hides or names. With the
 * class words made opaque (EVAL_DECLASS=all, the proxy for unseen shops) the selector stays in the product's read:
 * a hundred or more lines of country and language names after the description. Its shape does not depend on words:
 * every entry is marked with the language it is written in (`lang="fr-fr"` on the entry, or `hreflang` on its link),
 * the entries are short, and they name several languages. A product's own text carries no such run; reviews marked
 * with their language (`lang="es"` on each review) are long, which `MAX_CHARS_PER_ENTRY` tells apart.
 * A shop platform's country selector marks no language but prints each country with its currency's ISO code and sign
 * ("Malaysia (MYR RM)", "Malta (EUR €)"): such entries count too, their currency codes as their "languages".
 * Measured on the wcxb-dev tuning part (word F1, session 46), declassed: product 0.69538 → 0.70016 with the `lang`
 * entries (a sportswear shop's selector of 80 countries, 0.622 → 0.952); the currency entries (a shop platform's 177
 * "Country (CUR $)" lines, 0.336 → 0.440) add 0.0015. With heuristics/footerColumnRuns.ts's session-46 change, product
 * 0.69538 → 0.70394, all 0.88775 → 0.88831, no page down. As is no page moves: class words already hide these selectors.
 * Only half-B product pages carry a selector on the tuning part. Asked on product pages only: 25 tuning pages of
 * other kinds mark four or more languages (documentation language menus, an encyclopedia's interlanguage links), not
 * measured with this rule.
 */

/** At least this many entries marked with a language make a picker (a bilingual page's two switch links do not). */
export const MIN_PICKER_ENTRIES = 8;
/** The entries name at least this many languages (primary subtags): a page quoting one foreign phrase is not a picker. */
export const MIN_PICKER_LANGUAGES = 4;
/**
 * The container holds at most this many characters per marked entry: a country name and its language ("South Africa
 * English") and a region heading now and then; a review or a translated paragraph is far longer.
 */
export const MAX_CHARS_PER_ENTRY = 40;
/** A country with its currency: a name, then the ISO 4217 code and the currency's sign in parentheses. */
const CURRENCY_ENTRY_RE = /^[^()]{1,60}\(([A-Z]{3}) [^\s()]{1,6}\)$/;
/** Only lines this short are read as a country with its currency. */
const MAX_CURRENCY_ENTRY_CHARS = 80;
/** Inline nesting read for an entry's language (a span inside a link inside emphasis). */
const MAX_INLINE_DEPTH = 4;

/** The language marked on an inline run (`lang` on a span or link, or a link's `hreflang`), read a few levels deep. */
function inlineLanguage(inlines: readonly Inline[], depth: number): string | undefined {
	for (const n of inlines) {
		if (n.kind !== 'span' && n.kind !== 'link' && n.kind !== 'emphasis') continue;
		if (n.kind !== 'emphasis') {
			const lang = attrValue(n.attrs, 'lang') ?? attrValue(n.attrs, 'hreflang');
			if (lang) return lang;
		}
		if (depth < MAX_INLINE_DEPTH) {
			const inner = inlineLanguage(n.children, depth + 1);
			if (inner) return inner;
		}
	}
	return undefined;
}

/**
 * The primary language subtag a block is marked with ("fr" for `lang="fr-FR"`), or the currency code of a country
 * entry ("EUR" for "Malta (EUR €)"), or undefined.
 */
function languageOf(b: Block): string | undefined {
	let lang = attrValue(blockAttrs(b), 'lang');
	if (!lang && (b.kind === 'paragraph' || b.kind === 'heading')) {
		lang = inlineLanguage(b.content, 0);
		if (!lang && b.kind === 'paragraph') {
			const text = collapsedText(b);
			if (text.length <= MAX_CURRENCY_ENTRY_CHARS) return CURRENCY_ENTRY_RE.exec(text)?.[1];
		}
	}
	if (!lang) return undefined;
	const dash = lang.indexOf('-');
	return (dash > 0 ? lang.slice(0, dash) : lang).toLowerCase();
}

/**
 * Containers and lists that are locale pickers, named 'locale picker' (for the product's chrome map). Entries and
 * their languages are summed bottom-up over the blocks in reverse document order (each block adds to its parent once);
 * the language sets are capped at `MIN_PICKER_LANGUAGES`, so the pass is linear. A container that holds the product's
 * name, or nearly all the page's text, is never one.
 */
export function localePickers(index: BlockIndex, name: Block | undefined): Map<Block, string> {
	const pickers = new Map<Block, string>();
	const blocks = index.order.blocks;
	const entries = new Uint32Array(blocks.length);
	const languages = new Map<number, Set<string>>();
	let any = false;
	for (let i = blocks.length - 1; i >= 0; i--) {
		const b = blocks[i];
		const lang = languageOf(b);
		if (lang !== undefined) {
			any = true;
			entries[i]++;
			let set = languages.get(i);
			if (set === undefined) languages.set(i, (set = new Set()));
			if (set.size < MIN_PICKER_LANGUAGES) set.add(lang);
		}
		const p = index.parent.get(b);
		const at = p === undefined ? undefined : index.order.get(p);
		if (at === undefined || entries[i] === 0) continue;
		entries[at] += entries[i];
		const own = languages.get(i);
		if (own === undefined) continue;
		let up = languages.get(at);
		if (up === undefined) languages.set(at, (up = new Set()));
		for (const l of own) {
			if (up.size >= MIN_PICKER_LANGUAGES) break;
			up.add(l);
		}
	}
	if (!any) return pickers;
	const total = index.rootStats.chars;
	// The name's containers, walked once.
	const holdsName = new Set<Block>();
	for (let p = name && index.parent.get(name); p !== undefined; p = index.parent.get(p)) holdsName.add(p);
	for (let i = 0; i < blocks.length; i++) {
		const b = blocks[i];
		if (b.kind !== 'div' && b.kind !== 'htmlDiv' && b.kind !== 'list') continue;
		const n = entries[i];
		if (n < MIN_PICKER_ENTRIES || (languages.get(i)?.size ?? 0) < MIN_PICKER_LANGUAGES) continue;
		const chars = index.charsOf(b);
		if (chars > n * MAX_CHARS_PER_ENTRY || chars >= total * PAGE_FRAME_SHARE) continue;
		if (holdsName.has(b)) continue;
		pickers.set(b, 'locale picker');
	}
	return pickers;
}
