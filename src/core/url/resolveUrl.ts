// Resolving a reference against a base URL (RFC 3986 section 5.2), without any platform URL class.

/** A scheme at the start of a URL: the URL is already absolute. */
const SCHEME_RE = /^[a-z][a-z0-9+.-]*:/i;

/** Resolves a reference against an absolute base URL. An absolute reference, or a base that is not absolute, gives `ref` back. */
export function resolveUrl(ref: string, base: string): string {
	if (SCHEME_RE.test(ref)) return ref;
	const b = /^([a-z][a-z0-9+.-]*:)(\/\/[^/?#]*)?([^?#]*)(\?[^#]*)?(#.*)?$/i.exec(base.trim());
	if (!b) return ref;
	const [, scheme, authority = '', basePath = '', baseQuery = ''] = b;
	if (ref.startsWith('//')) return scheme + ref;
	const r = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(ref)!;
	const [, refPath = '', refQuery, refFragment = ''] = r;
	let path: string;
	let query: string;
	if (refPath === '') {
		path = basePath;
		query = refQuery ?? baseQuery;
	} else {
		if (refPath.startsWith('/')) path = refPath;
		else if (authority !== '' && basePath === '') path = '/' + refPath;
		else path = basePath.slice(0, basePath.lastIndexOf('/') + 1) + refPath;
		query = refQuery ?? '';
	}
	return scheme + authority + removeDotSegments(path) + query + refFragment;
}

function removeDotSegments(path: string): string {
	const out: string[] = [];
	const segs = path.split('/');
	for (let i = 0; i < segs.length; i++) {
		const s = segs[i];
		if (s === '.') {
			if (i === segs.length - 1) out.push('');
		} else if (s === '..') {
			if (out.length > 1) out.pop();
			if (i === segs.length - 1) out.push('');
		} else out.push(s);
	}
	return out.join('/');
}
