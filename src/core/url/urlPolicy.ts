// The one URL policy: reveal what a URL really says (entities, percent escapes, ignored characters), then classify it
// against an allow-list. Every output format, the preview and every diagnostic rule ask this module and no other.

/** Schemes a link may keep in any output. Anything else with a scheme is neutralised (its text stays, the target goes). */
export const ALLOWED_LINK_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto', 'tel']);
/** Schemes an image may load from (plus raster `data:` images, below). */
export const ALLOWED_IMAGE_SCHEMES: ReadonlySet<string> = new Set(['http', 'https']);
/** Raster images only: an SVG can carry script, and a data: document is a page of its own. */
const DATA_RASTER_IMAGE_RE = /^data:image\/(?:png|gif|jpeg|jpg|webp|avif|bmp)[;,]/;
const SCHEME_RE = /^([a-z][a-z0-9+.-]*):/;

/**
 * Schemes with a specific danger, for the message: they run script, run an editor command, or open local files.
 * Any other scheme off the allow-list is refused too, with a generic reason.
 */
const DANGEROUS_SCHEMES: Readonly<Record<string, string>> = {
	javascript: 'a javascript: URL runs script',
	vbscript: 'a vbscript: URL runs script',
	livescript: 'a livescript: URL runs script',
	data: 'a data: URL that is not a raster image can hold a script',
	command: 'a command: URL runs a VS Code command',
	vscode: 'a vscode: URL runs an action in VS Code',
	'vscode-insiders': 'a vscode-insiders: URL runs an action in VS Code',
	'vscode-file': 'a vscode-file: URL opens a local file',
	'vscode-resource': 'a vscode-resource: URL opens a local file',
	'vscode-webview-resource': 'a vscode-webview-resource: URL opens a local file',
	file: 'a file: URL opens a local file',
	blob: 'a blob: URL holds a document of its own',
	filesystem: 'a filesystem: URL opens local storage',
};

// Characters browsers ignore inside or around a URL scheme (C0 controls, space, DEL..NBSP, soft hyphen, Unicode blanks
// and zero-widths, BOM): removed before the scheme is read, so `java\tscript:` and `\u0000javascript:` show for what they are.
const IGNORED_IN_URL_RE = /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g;
/** Named character references that spell URL punctuation or blanks; letters have none. Semicolon optional, as legacy parsers allow. */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
	colon: ':', tab: '\t', newline: '\n', nbsp: '\u00a0', sol: '/', amp: '&', lpar: '(', rpar: ')', period: '.', excl: '!', quot: '"',
	apos: "'", num: '#', percnt: '%', plus: '+', comma: ',', semi: ';', equals: '=', quest: '?', commat: '@', lt: '<', gt: '>',
	bsol: '\\', lowbar: '_', hyphen: '\u2010', dash: '\u2010', shy: '\u00ad', zwsp: '\u200b', zwnj: '\u200c', zwj: '\u200d',
};
/** Rounds of decoding: `&amp;#x6A;` and `%256A` style double encodings are unwrapped too; more gives nothing a reader would decode. */
const DECODE_ROUNDS = 3;

function safeFromCodePoint(cp: number): string {
	return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '\ufffd';
}

/** One round of HTML character-reference decoding, as browsers do in attributes (numeric references need no `;`). */
export function decodeCharacterReferences(s: string): string {
	if (!s.includes('&')) return s;
	return s
		.replace(/&#x([0-9a-f]{1,8});?/gi, (_m, h: string) => safeFromCodePoint(parseInt(h, 16)))
		.replace(/&#([0-9]{1,10});?/g, (_m, d: string) => safeFromCodePoint(parseInt(d, 10)))
		.replace(/&([a-z]+);?/gi, (m, n: string) => NAMED_ENTITIES[n.toLowerCase()] ?? m);
}

/** One round of percent decoding, byte by byte (for reading a scheme, not for display). Never throws. */
function decodePercent(s: string): string {
	if (!s.includes('%')) return s;
	return s.replace(/%([0-9a-f]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/**
 * What a URL says once every encoding a reader might undo is undone: character references, percent escapes (a few
 * rounds each), then the characters browsers ignore. Lower case. For classifying only; never write this out.
 */
export function revealUrl(raw: string): string {
	let s = raw;
	for (let round = 0; round < DECODE_ROUNDS; round++) {
		const next = decodePercent(decodeCharacterReferences(s));
		if (next === s) break;
		s = next;
	}
	return s.replace(IGNORED_IN_URL_RE, '').toLowerCase();
}

/**
 * The scheme a reader sees: `''` for a relative reference or fragment, the lower-case scheme, or undefined when a colon
 * comes before any `/`, `?` or `#` without a valid scheme (unreadable: refused).
 */
function schemeOfRevealed(revealed: string): string | undefined {
	const m = SCHEME_RE.exec(revealed);
	if (m) return m[1];
	const colon = revealed.indexOf(':');
	if (colon < 0) return '';
	const firstDelimiter = revealed.search(/[/?#]/);
	return firstDelimiter >= 0 && firstDelimiter < colon ? '' : undefined;
}

/**
 * `http` or `https` when the raw text starts with it and its colon, else undefined: no decoding or ignored character
 * can change what such a URL's scheme reads, so most links skip `revealUrl` (1.3% of the pipeline's CPU over a sample of
 * wcxb-dev, which decoded and lower-cased every URL whole).
 */
function writtenWebScheme(raw: string): 'http' | 'https' | undefined {
	if (raw.startsWith('https:')) return 'https';
	if (raw.startsWith('http:')) return 'http';
	return undefined;
}

/** The scheme of a URL in lower case after decoding (`javascript` for `jav&#x61;script:`), or undefined when relative. */
export function urlScheme(raw: string): string | undefined {
	const web = writtenWebScheme(raw);
	if (web) return web;
	const s = schemeOfRevealed(revealUrl(raw));
	return s === '' ? undefined : s;
}

/** How a URL is used: a link is followed, an image is loaded. */
export type UrlUse = 'link' | 'image';

/** What the policy makes of a URL. `kind` says what a safe URL is; `reason` why an unsafe one is refused. */
export type UrlVerdict =
	| { readonly safe: true; readonly kind: 'web' | 'other' | 'relative' | 'fragment' | 'data-image'; readonly scheme?: string }
	| { readonly safe: false; readonly reason: string; readonly scheme?: string };

/**
 * Classifies a URL for a use. Safe: an allow-listed scheme (`ALLOWED_LINK_SCHEMES` / `ALLOWED_IMAGE_SCHEMES`), a raster
 * `data:image` for an image, a relative reference or a `#fragment`. Everything else, in any encoding, is unsafe.
 */
export function classifyUrl(raw: string, use: UrlUse): UrlVerdict {
	const web = writtenWebScheme(raw);
	if (web && (use === 'link' ? ALLOWED_LINK_SCHEMES : ALLOWED_IMAGE_SCHEMES).has(web)) return { safe: true, kind: 'web', scheme: web };
	const revealed = revealUrl(raw);
	const scheme = schemeOfRevealed(revealed);
	if (scheme === undefined) return { safe: false, reason: 'its scheme cannot be read (a colon before any "/", "?" or "#")' };
	if (scheme === '') {
		// Decoding may have revealed a scheme the raw text hid behind percent escapes: no reader should get there.
		if (revealed.startsWith('#')) return { safe: true, kind: 'fragment' };
		return { safe: true, kind: 'relative' };
	}
	if (scheme === 'data' && DATA_RASTER_IMAGE_RE.test(revealed)) {
		if (use === 'image') return { safe: true, kind: 'data-image', scheme };
		return { safe: false, reason: 'a data: URL as a link target opens a document of its own', scheme };
	}
	if (scheme === 'data' && use === 'image' && revealed.startsWith('data:image/svg')) return { safe: false, reason: 'an SVG data: image can carry script', scheme };
	const allowed = use === 'link' ? ALLOWED_LINK_SCHEMES : ALLOWED_IMAGE_SCHEMES;
	if (allowed.has(scheme)) return { safe: true, kind: scheme === 'http' || scheme === 'https' ? 'web' : 'other', scheme };
	const reason = DANGEROUS_SCHEMES[scheme] ?? `${scheme}: is not an allowed ${use === 'link' ? 'link' : 'image'} scheme (${[...allowed].join(', ')})`;
	return { safe: false, reason, scheme };
}

/** Why a URL must not be followed or loaded, or undefined when it is safe. */
export function unsafeUrlReason(raw: string, use: UrlUse): string | undefined {
	const v = classifyUrl(raw, use);
	return v.safe ? undefined : v.reason;
}

/** True when a link target is allow-listed, relative or a `#fragment`, in any spelling. */
export function isSafeLinkUrl(raw: string): boolean {
	return classifyUrl(raw, 'link').safe;
}

/** True when the raw text (before any decoding) starts with an http(s) scheme or `//`: a remote address as written. */
export function isRemoteUrl(raw: string): boolean {
	const v = classifyUrl(raw, 'image');
	return (v.safe && v.kind === 'web') || /^\s*\/\//.test(raw);
}

/** A reference resolved against the page: not absolute, not protocol-relative, not a fragment, not empty. */
export function isRelativeReference(raw: string): boolean {
	const h = raw.trim();
	if (h === '' || h.startsWith('//')) return false;
	const v = classifyUrl(h, 'link');
	return v.safe && v.kind === 'relative';
}

/** Whether the target is an http(s) URL (absolute or protocol-relative). */
export function isWebUrl(raw: string): boolean {
	const scheme = urlScheme(raw);
	return scheme === 'http' || scheme === 'https' || raw.trim().startsWith('//');
}

/** A `#fragment`'s percent escapes decoded (without the `#`); one that is not valid UTF-8 (`%E0`) is kept as written. Never throws. */
export function decodeFragment(fragment: string): string {
	try {
		return decodeURIComponent(fragment);
	} catch {
		return fragment;
	}
}
