// Inner chrome: containers and spans inside the article whose class names say caption, credit, author box, call to action, disclaimer or slider.
import type { Block, Inline } from '../../model/dumpDocument';
import type { AttributeParts } from '../../model/linkNodes';
import { collapse } from '../inlineText';

/**
 * One class or id token (split at `-`, `_` and spaces) naming what sits beside the article's text rather than in it:
 * figure captions and photo credits, the author's box and bio, calls to action, disclaimers and disclosures,
 * sliders, newsletter boxes. Measured on the 567 article pages of the wcxb-dev tuning part, over the kept
 * blocks with such a token on themselves or on one of five ancestors, words the annotators left out against words they
 * kept: author 1738/62 (37 pages), cta 1241/24, caption 1210/65, disclaimer 1070/93, bio 851/57, credit 695/24,
 * swiper 530/10, slider 267/8, newsletter 140/0, disclosure 225/36. Not "photo", "figure" or "img":
 * an article's own pictures and their paragraphs carry those.
 */
export const INNER_CHROME_TOKEN_RE =
	/^(?:author|authors|bio|caption|captions|figcaption|credit|credits|cta|disclaimer|disclosure|swiper|slider|newsletter)$/i;

/**
 * A container with more text than this is not a caption or a bio box, whatever its name: an article body inside a
 * `slider-content` wrapper or an `author-page` body must survive.
 */
export const INNER_CHROME_MAX_CHARS = 1500;

const TOKEN_SPLIT_RE = /[-_\s:]+/;
const NEGATION_RE = /^(?:no|not|without|hide)$/i;

/**
 * A name holding one of `INNER_CHROME_TOKEN_RE`'s words anywhere: only such a name is split into tokens (asked of every
 * container and span of every cleaning pass, the split lists were 0.8% of the extraction's allocated bytes). Speed
 * only: a token that matches is part of the name, so a name this does not match has none.
 */
const INNER_CHROME_WORD_RE = /author|bio|caption|credit|cta|disclaimer|disclosure|swiper|slider|newsletter/i;

/** The first class or id token of a node that names inner chrome, if any. */
export function innerChromeToken(attrs: AttributeParts | undefined): string | undefined {
	if (!attrs) return undefined;
	if (attrs.id && namesInnerChrome(attrs.id)) return attrs.id;
	const classes = attrs.classes;
	for (let i = 0; i < classes.length; i++) if (namesInnerChrome(classes[i])) return classes[i];
	return undefined;
}

/** Whether one class or id has a token naming inner chrome. */
function namesInnerChrome(name: string): boolean {
	if (!INNER_CHROME_WORD_RE.test(name)) return false;
	// `md:mb-4`, `hover:underline`: utility classes of a CSS framework name no content.
	const tokens = name.split(TOKEN_SPLIT_RE);
	for (let i = 0; i < tokens.length; i++) {
		// `no_caption`, `without-author`: the class says the thing is absent, and the block is the text itself.
		if (INNER_CHROME_TOKEN_RE.test(tokens[i]) && !(i > 0 && NEGATION_RE.test(tokens[i - 1]))) return true;
	}
	return false;
}

/**
 * Whether a paragraph's text is mostly inside spans or links named as inner chrome (`[Credit: Jane Roe]{.photo-credit}`,
 * `[Getty Images]{.caption-owner}`): the class names of the signal, or undefined.
 */
export function innerChromeSpans(b: Block): string | undefined {
	return spansNamedBy(b, innerChromeToken);
}

/**
 * Whether a paragraph's text is mostly (half or more) inside spans or links that `tokenOf` names: the first name, or
 * undefined. One walker for every heuristic that names inline chrome by class (inner chrome, plugins' widgets, shop
 * apps' widgets).
 */
export function spansNamedBy(b: Block, tokenOf: (attrs: AttributeParts | undefined) => string | undefined): string | undefined {
	if (b.kind !== 'paragraph' || !someNamed(b.content, tokenOf)) return undefined;
	let total = 0;
	let chrome = 0;
	let signal: string | undefined;
	const walk = (ns: readonly Inline[], inside: boolean): void => {
		for (const n of ns) {
			if (n.kind === 'span' || n.kind === 'link') {
				const token = inside ? undefined : tokenOf(n.attrs);
				if (token) signal ??= token;
				walk(n.children, inside || token !== undefined);
			} else if (n.kind === 'emphasis') walk(n.children, inside);
			else if (n.kind === 'text') {
				const len = collapse(n.value).length;
				total += len;
				if (inside) chrome += len;
			}
		}
	};
	walk(b.content, false);
	return signal !== undefined && total > 0 && chrome * 2 >= total ? signal : undefined;
}

/**
 * Whether a span or link among `ns` (at any depth) has a name `tokenOf` reads: without one `spansNamedBy` has no
 * signal, and the text of most paragraphs is not measured at all (four heuristics asked every paragraph of every
 * cleaning pass, and collapsing each text node was about 1.5% of the extraction's CPU over every 8th wcxb-dev dump).
 */
function someNamed(ns: readonly Inline[], tokenOf: (attrs: AttributeParts | undefined) => string | undefined): boolean {
	for (let i = 0; i < ns.length; i++) {
		const n = ns[i];
		if (n.kind === 'span' || n.kind === 'link') {
			if (tokenOf(n.attrs) || someNamed(n.children, tokenOf)) return true;
		} else if (n.kind === 'emphasis' && someNamed(n.children, tokenOf)) return true;
	}
	return false;
}
