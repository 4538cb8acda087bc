// Consent dialogs by their text: a small container holding a sentence about cookies and an accept or reject button is a consent banner, whatever its class words.
import type { Block } from '../../model/dumpDocument';
import type { BlockIndex } from '../blockIndex';
import { collapsedText } from '../inlineText';

/**
 * heuristics/consentDialogs.ts knows the consent platforms by their class words (OneTrust, Cookiebot…): on a site whose
 * words no rule knows (EVAL_DECLASS=all, the session-38 proxy for unseen sites) the banner ("We are using cookies to
 * give you the best experience… Accept") and its settings sheet ("Privacy Overview", "Strictly Necessary Cookies",
 * "Enable All") are read with the page. A consent dialog says what it is in its own words, in every language: a
 * sentence about cookies (or the GDPR) beside a button that accepts, rejects or enables them.
 * Read as shop chrome by the product strategy only (kinds/product.ts). Measured (session 39, tuning part, declassed):
 * product half B 0.62258 → 0.62308 (one page up +0.023), half A and every page as is unchanged. Pruned from the whole
 * page of every kind (heuristics/consentDialogs.ts) it lifted half A (all 0.85994 → 0.86014, collection +0.002, four
 * sites up) but cost one half-B service page 0.97 → 0.39 (all B 0.86683 → 0.86590), so it is not used there.
 */
export const COOKIE_SENTENCE_RE = /cookie|\bgdpr\b|\brgpd\b|\bdsgvo\b|\bkakor\b|ciasteczk/i;
/** A sentence, not a button or a heading: "Cookie settings" alone names the dialog but says nothing. */
export const MIN_SENTENCE_CHARS = 40;
/**
 * The button's label, at the start of a short line (a row of buttons is one line: "Enable All Save Changes"), in
 * English, German, French, Spanish, Italian, Dutch, Portuguese, Polish and Swedish. Not "OK" or "Got it" alone: a
 * recipe's cookie tip can sit beside one.
 */
export const CONSENT_BUTTON_RE =
	/^(?:(?:i |we )?(?:accept|agree|allow|enable|reject|decline|deny|refuse)(?: all| selected| necessary| only)?(?: cookies)?(?:\s*(?:&|and) close)?|(?:alle )?(?:akzeptieren|zulassen|ablehnen|erlauben)|(?:alle )?(?:cookies )?(?:akzeptieren|zulassen|ablehnen)|(?:tout |tous )?(?:accepter|refuser|autoriser)(?: tout| tous)?|(?:aceptar|rechazar|permitir)(?: todo| todas| todos)?|(?:accetta|rifiuta|consenti)(?: tutto| tutti)?|(?:alles |alle )?(?:accepteren|weigeren|toestaan)|(?:aceitar|rejeitar|permitir)(?: todos| tudo)?|(?:akceptuj[eę]?|odrzu[cć]\S*|zezw[oó]l\S*)(?: wszystkie)?|(?:godkänn|acceptera|neka|avvisa)(?: alla)?)\b/i;
/** A button row is a short line. */
export const MAX_BUTTON_CHARS = 60;
/** A dialog is short: longer, the container holds the page's own text about cookies (a privacy policy) too. */
export const MAX_DIALOG_CHARS = 4000;
/** Nor most of the page: a cookie policy page's own settings form is its content. */
export const MAX_DIALOG_SHARE = 0.3;
/** Ancestors walked up from each sentence and button: a dialog wraps its text in a few containers, not in the page. */
export const MAX_DEPTH = 8;
/**
 * The dialog is mostly its sentences about cookies and its buttons: a section of the page that mentions cookies once
 * beside a sign-up button ("Accept our terms") holds far more text of its own.
 */
export const MIN_CONSENT_SHARE = 0.5;

function isLeaf(b: Block): boolean {
	return b.kind === 'paragraph' || b.kind === 'heading';
}

/**
 * Consent dialogs found by their text: for each short button line, the nearest of its (at most `MAX_DEPTH`) ancestor
 * containers that also holds a cookie sentence, when that container is short (`MAX_DIALOG_CHARS`, `MAX_DIALOG_SHARE`
 * of the page) and mostly its sentences and buttons (`MIN_CONSENT_SHARE`). Linear: one bounded walk up from each
 * sentence and each button.
 */
export function consentDialogsByText(index: BlockIndex): Map<Block, string> {
	const found = new Map<Block, string>();
	// Per ancestor: the characters of the cookie sentences it holds (present: it holds one), and of its consent buttons.
	const sentences = new Map<Block, number>();
	const buttonChars = new Map<Block, number>();
	const buttons: [Block, number][] = [];
	for (const b of index.order.keys()) {
		if (!isLeaf(b)) continue;
		const text = collapsedText(b);
		if (text.length >= MIN_SENTENCE_CHARS && COOKIE_SENTENCE_RE.test(text)) {
			let depth = 0;
			for (let p = index.parent.get(b); p !== undefined && depth < MAX_DEPTH; p = index.parent.get(p), depth++) sentences.set(p, (sentences.get(p) ?? 0) + text.length);
		} else if (text.length <= MAX_BUTTON_CHARS && CONSENT_BUTTON_RE.test(text)) buttons.push([b, text.length]);
	}
	if (sentences.size === 0) return found;
	const dialogs = new Set<Block>();
	for (const [b, chars] of buttons) {
		let depth = 0;
		for (let p = index.parent.get(b); p !== undefined && depth < MAX_DEPTH; p = index.parent.get(p), depth++) {
			if (!sentences.has(p)) continue;
			buttonChars.set(p, (buttonChars.get(p) ?? 0) + chars);
			if (p.kind === 'div' || p.kind === 'htmlDiv') dialogs.add(p);
			break;
		}
	}
	const page = index.rootStats.chars;
	for (const p of dialogs) {
		const chars = index.statsOf(p).chars;
		const consent = (sentences.get(p) ?? 0) + (buttonChars.get(p) ?? 0);
		if (chars <= MAX_DIALOG_CHARS && chars <= page * MAX_DIALOG_SHARE && consent >= chars * MIN_CONSENT_SHARE) found.set(p, 'consent dialog (text)');
	}
	return found;
}
