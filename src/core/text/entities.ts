// The one HTML character-reference decoder of the core: every named reference of HTML (the `entities` package's
// table, the one markdown-it uses), plus numeric ones, for the parser, metadata and the encoded original HTML.
import { decodeHTMLStrict } from 'entities';

// The longest named reference in HTML is `&CounterClockwiseContourIntegral;` (31 letters).
const NAMED_RE = /^[a-zA-Z][a-zA-Z0-9]{1,31}$/;
const REFERENCE_RE = /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,31});/gi;

/** The character(s) of a named reference written without `&` and `;` (`eacute` → é), or undefined when HTML has none. */
export function namedEntity(name: string): string | undefined {
	if (!NAMED_RE.test(name)) return undefined;
	const reference = `&${name};`;
	const value = decodeHTMLStrict(reference);
	return value === reference ? undefined : value;
}

/** The character of a numeric reference's body (`#233`, `#xE9`); U+FFFD for code points HTML replaces. */
export function numericEntity(body: string): string {
	const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
	return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '\ufffd';
}

/**
 * Decodes HTML character references that end with `;` (`&amp;`, `&eacute;`, `&#39;`, `&#x2019;`); unknown names are
 * kept as written. A name is looked up as written, then in lower case (`&AMP;` and `&Eacute;` both exist, `&EURO;`
 * does not but reads as `&euro;`).
 */
export function decodeEntities(s: string): string {
	if (!s.includes('&')) return s;
	return s.replace(REFERENCE_RE, (m, body: string) => (body[0] === '#' ? numericEntity(body) : (namedEntity(body) ?? namedEntity(body.toLowerCase()) ?? m)));
}
