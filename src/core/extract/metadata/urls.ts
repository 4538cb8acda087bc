// URL helpers for metadata: parsing, query decoding, resolving against the site origin, canonical forms, home links.
import { TRACKING_PARAM_RE } from '../metadataRules';

interface ParsedUrl {
	readonly scheme: string;
	readonly host: string;
	readonly path: string;
	readonly query: string;
}

/** Splits an absolute URL (or a `mailto:`) into parts; undefined for relative links and junk. */
export function parseUrl(href: string): ParsedUrl | undefined {
	const m = /^([a-z][a-z0-9+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?/i.exec(href);
	if (!m) return undefined;
	const host = (m[2] ?? '').replace(/^[^@]*@/, '').replace(/:\d+$/, '').toLowerCase();
	return { scheme: m[1].toLowerCase(), host, path: m[3] ?? '', query: m[4] ?? '' };
}

/** Query parameters, decoded (`+` as space); malformed escapes are kept as written. */
export function parseQuery(query: string): Map<string, string> {
	const out = new Map<string, string>();
	for (const part of query.split(/[&;]|&amp;/)) {
		if (!part) continue;
		const eq = part.indexOf('=');
		const k = safeDecode(eq < 0 ? part : part.slice(0, eq)).toLowerCase();
		const v = eq < 0 ? '' : safeDecode(part.slice(eq + 1).replace(/\+/g, ' '));
		if (!out.has(k)) out.set(k, v);
	}
	return out;
}

function safeDecode(s: string): string {
	try {
		return decodeURIComponent(s);
	} catch {
		return s;
	}
}

/** Resolves a link against the site origin: absolute links as they are, `//host/x` and `/x` against the origin. */
export function resolveUrl(href: string, origin: string | undefined): string | undefined {
	if (/^https?:\/\//i.test(href)) return href;
	if (href.startsWith('//')) return `${origin?.startsWith('http:') ? 'http:' : 'https:'}${href}`;
	if (!origin) return undefined;
	if (href.startsWith('/')) return origin + href;
	return undefined;
}

/** A URL without its fragment and tracking parameters, so that copies of one page's URL compare equal. */
export function canonicalUrl(url: string): string {
	const hash = url.indexOf('#');
	let u = hash >= 0 ? url.slice(0, hash) : url;
	const q = u.indexOf('?');
	if (q >= 0) {
		const kept = u
			.slice(q + 1)
			.split('&')
			.filter((p) => p !== '' && !TRACKING_PARAM_RE.test(p.split('=')[0]));
		u = u.slice(0, q) + (kept.length > 0 ? `?${kept.join('&')}` : '');
	}
	return u;
}

/** A link to the site's own front page: `/`, `/index.html`, or the origin with an empty path (on the same host, `www.` aside). */
export function isHomeLink(href: string, origin: string | undefined): boolean {
	if (/^\/(?:index\.\w+)?(?:[?#].*)?$/.test(href)) return true;
	// Only an http(s) URL can be one (the scheme `parseUrl` reads is what comes before the first colon).
	if (!WEB_START_RE.test(href)) return false;
	const p = parseUrl(href.startsWith('//') ? `https:${href}` : href);
	if (!p || !/^https?$/.test(p.scheme) || !/^\/?(?:index\.\w+)?$/.test(p.path)) return false;
	const host = origin ? originHost(origin) : undefined;
	return host !== undefined && bareHost(p.host) === bareHost(host);
}

const WEB_START_RE = /^(?:https?:|\/\/)/i;

/** The last origin's host: every link of a page is asked against the same origin. */
let lastOrigin: string | undefined;
let lastOriginHost: string | undefined;

function originHost(origin: string): string | undefined {
	if (origin !== lastOrigin) {
		lastOriginHost = parseUrl(origin)?.host;
		lastOrigin = origin;
	}
	return lastOriginHost;
}

export function bareHost(host: string): string {
	return host.replace(/^(?:www\d?|m|mobile|amp)\./, '');
}
