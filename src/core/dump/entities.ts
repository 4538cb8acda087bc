// HTML character references as the dump parser reads them: in text and in link targets and titles.

/** The named references pandoc leaves in dumps often enough to matter; others stay literal. */
const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', mdash: '—', ndash: '–', hellip: '…', copy: '©', reg: '®', trade: '™', laquo: '«', raquo: '»', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' };

/** A reference is at most `&` + 32 name characters + `;` (or a 7-digit decimal): longer runs are not looked at. */
const MAX_ENTITY_LENGTH = 40;
const ENTITY_RE = /^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/;

/** The reference starting at the `&` at `i`: its value and length, or undefined when it is not one we decode. */
export function entityAt(s: string, i: number): { value: string; length: number } | undefined {
	const m = ENTITY_RE.exec(s.slice(i, i + MAX_ENTITY_LENGTH));
	if (!m) return undefined;
	const body = m[1];
	let value: string | undefined;
	if (body.charCodeAt(0) === 0x23 /* # */) {
		const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
		value = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
	} else value = NAMED_ENTITIES[body];
	return value === undefined ? undefined : { value, length: m[0].length };
}

/** Decodes the references in `s` (a link target or title); `s` itself when it has none. */
export function decodeEntities(s: string): string {
	let from = s.indexOf('&');
	if (from < 0) return s;
	let out = '';
	let copied = 0;
	while (from >= 0) {
		const e = entityAt(s, from);
		if (e) {
			out += s.slice(copied, from) + e.value;
			copied = from + e.length;
			from = s.indexOf('&', copied);
		} else from = s.indexOf('&', from + 1);
	}
	return out + s.slice(copied);
}
