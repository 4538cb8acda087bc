// Document links of a dump: targets resolved against the page's canonical URL, #fragments resolved to the element with that id.
import type { DumpDocument, Inline, SourceRange } from '../model/dumpDocument';
import { ownInlines, walkBlocks, walkInlines } from '../model/walk';
import { idIndex, type IdIndex } from '../dump/ids';

/** Where a link goes: a web address, or an element of this dump. */
export type LinkTarget =
	| { readonly kind: 'url'; readonly url: string }
	| { readonly kind: 'fragment'; readonly id: string; readonly range: SourceRange };

export interface DumpLink {
	/** The clickable text: the link target as written (a reference link's label, a definition's URL). */
	readonly range: SourceRange;
	/** The target as written in the dump. */
	readonly href: string;
	readonly source: 'link' | 'image' | 'autolink' | 'reference' | 'definition';
	readonly target: LinkTarget;
}

/** Schemes a link may open: the rest (`javascript:`, `data:`, `file:`, `vbscript:`...) is dumped page code, never followed. */
const OPENABLE_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);
// Control characters and white space browsers strip from URLs; a dump may hide a scheme behind them.
const STRIPPED_RE = /[\u0000-\u0020\u007f]+/g;

/**
 * Resolves a link target as a browser on the original page would: against `baseUrl` (the canonical URL) when it is
 * relative. Returns the absolute URL, or undefined when it cannot be opened safely (unsafe scheme, relative without
 * a base, malformed).
 */
export function resolveHref(href: string, baseUrl?: string): string | undefined {
	const cleaned = href.trim().replace(STRIPPED_RE, (m) => (m === ' ' ? '%20' : ''));
	if (!cleaned) return undefined;
	const base = baseUrl && /^https?:\/\//i.test(baseUrl.trim()) ? baseUrl.trim() : undefined;
	let url: URL;
	try {
		url = base ? new URL(cleaned, base) : new URL(cleaned);
	} catch {
		return undefined;
	}
	return OPENABLE_SCHEMES.has(url.protocol) ? url.toString() : undefined;
}

function decodeFragment(fragment: string): string {
	try {
		return decodeURIComponent(fragment);
	} catch {
		return fragment;
	}
}

function withoutHash(url: string): string {
	const i = url.indexOf('#');
	return i < 0 ? url : url.slice(0, i);
}

/** The page a URL names, without query and fragment: tracking parameters do not make another page. */
function pageOf(url: string): string {
	return withoutHash(url).replace(/\?.*$/, '');
}

/**
 * Every link of the dump with a target that can be opened: inline links, autolinks, reference links, link
 * definitions and image sources. `#fragment` links (and links to the canonical URL with a fragment) whose id is in the
 * dump go to that element; other fragments, and relative links, resolve against `baseUrl`. Links that cannot be
 * resolved or would run code are left out. In document order. Never throws on a well-formed DumpDocument.
 */
export function documentLinks(doc: DumpDocument, baseUrl?: string, ids: IdIndex = idIndex(doc)): DumpLink[] {
	const out: DumpLink[] = [];
	const base = baseUrl && resolveHref(baseUrl) ? withoutHash(resolveHref(baseUrl)!) : undefined;

	const target = (href: string): LinkTarget | undefined => {
		const h = href.trim();
		let fragment: string | undefined;
		if (h.startsWith('#')) fragment = h.slice(1);
		const resolved = resolveHref(h, base);
		// An absolute link to this very page with a fragment is an in-page link too.
		if (fragment === undefined && resolved && base && pageOf(resolved) === pageOf(base) && resolved.includes('#')) fragment = resolved.slice(resolved.indexOf('#') + 1);
		if (fragment) {
			const id = decodeFragment(fragment);
			const element = ids.get(id) ?? ids.get(fragment);
			if (element) return { kind: 'fragment', id, range: element.element };
		}
		return resolved ? { kind: 'url', url: resolved } : undefined;
	};
	const push = (range: SourceRange, href: string, source: DumpLink['source']): void => {
		if (range.end <= range.start) return;
		const t = target(href);
		if (t) out.push({ range, href, source, target: t });
	};

	const inline = (n: Inline): void => {
		if (n.kind === 'link' && !n.unresolved) push(n.hrefRange, n.href, n.form === 'inline' ? 'link' : n.form);
		else if (n.kind === 'image') push(n.srcRange, n.src, 'image');
	};
	walkBlocks(doc.blocks, (b) => {
		if (b.kind === 'linkDefinition') {
			// The definition line is `[label]: url "title"`: the URL is the first occurrence after the colon.
			const line = doc.text.slice(b.range.start, b.range.end);
			const colon = line.indexOf(']:');
			const at = colon < 0 ? -1 : line.indexOf(b.href, colon + 2);
			if (at >= 0 && b.href) push({ start: b.range.start + at, end: b.range.start + at + b.href.length }, b.href, 'definition');
			return;
		}
		walkInlines(ownInlines(b), inline);
	});
	return out;
}
