// Widget vendors: containers, spans and links named by a third-party shop app's or SaaS embed's own widget word (data/widgetVendors.ts).
import type { Block } from '../../model/dumpDocument';
import type { AttributeParts } from '../../model/linkNodes';
import { divAttrParts } from '../../model/divNodes';
import type { BlockIndex } from '../blockIndex';
import { WIDGET_VENDORS } from '../data/widgetVendors';
import { spansNamedBy } from './innerChrome';
import { containsArticleBody } from '../prune';

/**
 * Why: review badges, TrustBoxes and recommendation slots that shop apps inject into a page carry the app's own class
 * (`jdgm-preview-badge`, `trustpilot-widget`, `nosto_element`), which no general chrome word matches; their stars,
 * review counts and vendor links were kept as the page's text. Each word is the widget's name in the vendor's public
 * snippet, so it never names a body. Read on every kind's clean step (clean.ts) and in the shop kinds' chrome maps.
 * Measured on the wcxb-dev tuning part: see the report of session 35 (apps40) and the unit test.
 */
const WORDS_RE = new RegExp(`^(?:${WIDGET_VENDORS.flatMap((v) => v.words.map(escapeRegExp)).join('|')})$`, 'i');

/** Attribute names (without pandoc's dropped `data-` prefix) that mark a vendor's widget. */
const KEYS = new Set(WIDGET_VENDORS.flatMap((v) => v.keys ?? []));

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A widget holds a badge, a box or a carousel, not a page: a container with more text than this is kept whatever its
 * name (a theme that wraps its product in an app's container must not lose it). As pluginChrome.ts
 * `PLUGIN_CHROME_MAX_CHARS`.
 */
export const WIDGET_VENDOR_MAX_CHARS = 1500;

/** The first class or id of a node that names a vendor's widget, if any. */
export function widgetVendorToken(attrs: AttributeParts | undefined): string | undefined {
	if (!attrs) return undefined;
	if (attrs.id && WORDS_RE.test(attrs.id)) return attrs.id;
	const classes = attrs.classes;
	for (let i = 0; i < classes.length; i++) if (WORDS_RE.test(classes[i])) return classes[i];
	// Index loops: destructuring each pair made an iterator per pair (asked of every span and link of every cleaning
	// pass, 2% of the pipeline's allocated bytes over every 16th wcxb-dev dump).
	const pairs = attrs.pairs;
	for (let i = 0; i < pairs.length; i++) {
		const k = pairs[i][0].toLowerCase();
		if (KEYS.has(k)) return k;
		if (k.startsWith('data-') && KEYS.has(k.slice(5))) return k.slice(5);
	}
	return undefined;
}

/** Whether a paragraph's text is mostly inside spans or links named as a vendor's widget: the class of the signal, or undefined. */
export function widgetVendorSpans(b: Block): string | undefined {
	return spansNamedBy(b, widgetVendorToken);
}

const vendorOf = new WeakMap<BlockIndex, ReadonlyMap<Block, string>>();

/**
 * The page's vendor widgets, for the kinds that read the page whole and drop chrome by map (kinds/product.ts,
 * kinds/shopChrome.ts): each container named as a vendor's widget, under `WIDGET_VENDOR_MAX_CHARS`, that does not
 * hold the article's body.
 */
export function vendorWidgets(index: BlockIndex): ReadonlyMap<Block, string> {
	const cached = vendorOf.get(index);
	if (cached) return cached;
	const found = new Map<Block, string>();
	vendorOf.set(index, found);
	for (const c of index.containers) {
		const token = widgetVendorToken(divAttrParts(c));
		if (!token || index.charsOf(c) > WIDGET_VENDOR_MAX_CHARS || containsArticleBody(index, c)) continue;
		found.set(c, `vendor:${token}`);
	}
	return found;
}
