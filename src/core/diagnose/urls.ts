// URL classification shared by the link rules and the remote checker.

/** What browsers ignore in a URL before reading its scheme: leading C0 controls and spaces, tabs and newlines anywhere. */
function browserNormalise(href: string): string {
	return href.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
}

/** The scheme in lower case (`javascript`), or undefined for a relative reference. */
export function schemeOf(href: string): string | undefined {
	const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(browserNormalise(href));
	return m ? m[1].toLowerCase() : undefined;
}

/** Raster images browsers render from `data:` URLs (markdown-it's GOOD_DATA_RE). */
const SAFE_DATA_IMAGE_RE = /^data:image\/(?:gif|png|jpeg|webp);/i;

/**
 * Why a target is unsafe to follow, or undefined: `javascript:` and `vbscript:` run code; a `data:` document can
 * too. An image may use any `data:image/` (an image context runs no script); a link only the raster types.
 */
export function unsafeReason(href: string, image: boolean): string | undefined {
	const scheme = schemeOf(href);
	if (scheme === 'javascript' || scheme === 'vbscript') return `a ${scheme}: URL runs script`;
	if (scheme === 'data') {
		const norm = browserNormalise(href);
		if (image ? /^data:image\//i.test(norm) : SAFE_DATA_IMAGE_RE.test(norm)) return undefined;
		return 'a data: URL that is not an image can hold a script';
	}
	return undefined;
}

/** A reference resolved against the page: not absolute, not protocol-relative, not a fragment, not empty. */
export function isRelativeReference(href: string): boolean {
	const h = href.trim();
	return h !== '' && !h.startsWith('#') && !h.startsWith('//') && schemeOf(h) === undefined;
}

/** Whether the target is an http(s) URL (absolute or protocol-relative). */
export function isWebUrl(href: string): boolean {
	const scheme = schemeOf(href);
	return scheme === 'http' || scheme === 'https' || href.trim().startsWith('//');
}

/** Offsets (in `s`) of `%` signs not followed by two hex digits. */
export function badPercentEscapes(s: string): number[] {
	const out: number[] = [];
	for (let i = s.indexOf('%'); i >= 0; i = s.indexOf('%', i + 1)) {
		if (!/^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) out.push(i);
	}
	return out;
}

const LABEL_RE = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4_RE = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * Why the host of a web URL is malformed, or undefined. `new URL` already punycodes and rejects forbidden
 * characters; this adds what it accepts but no DNS name can be (empty labels, `_`, labels over 63, a leading hyphen).
 */
export function badHostReason(href: string): string | undefined {
	let url: URL;
	try {
		url = new URL(href.trim().startsWith('//') ? 'https:' + href.trim() : href.trim());
	} catch {
		return 'it does not parse as a URL';
	}
	const host = url.hostname;
	if (host === '') return 'it has no host';
	if (host.startsWith('[') || IPV4_RE.test(host)) return undefined;
	const labels = host.replace(/\.$/, '').split('.');
	const bad = labels.find((l) => !LABEL_RE.test(l));
	if (bad !== undefined) return bad === '' ? `its host "${host}" has an empty label` : `its host "${host}" is not a valid name`;
	return undefined;
}

/** Hosts compared the way users think of them: case and a leading `www.` do not matter. */
export function sameSite(a: string, b: string): boolean {
	const norm = (h: string): string => h.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
	return norm(a) === norm(b);
}
