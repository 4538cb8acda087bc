// Mojibake: UTF-8 text that was read as Windows-1252 before pandoc saw it ("donâ€™t", "cafÃ©") read back as the page wrote it.

/**
 * Reason (issue 12): some pages reach the dump double-encoded: their UTF-8 bytes were decoded as Windows-1252 on the
 * way (a server's wrong charset header, a CMS that stored the bytes twice), so every curly quote, dash and accented
 * letter is two or three characters of nonsense. The annotators' texts have the characters the page showed, and a
 * reader of the extract wants them: "donâ€™t" is neither the word nor two words. 24 of wcxb-dev's 1,310 dumps hold
 * such sequences; in every one whose truth holds curly quotes or accented letters the truth has them repaired.
 *
 * Only sequences that cannot be ordinary text are read back: a lead character of the few byte values that start
 * Western, Cyrillic and punctuation sequences (`LEAD_BYTES`: Â Ã Å Ð Ñ â), then the continuation characters a
 * valid UTF-8 sequence of that length needs (Windows-1252's 0x80-0xBF). A lone "é" or "ß“" (German quotes after an
 * ß) stays: ß is not one of the leads. And only in a document that holds at least `MIN_DOCUMENT_HITS` of the
 * strongest such sequences, so a page that quotes one mojibake example in prose keeps it.
 */

/** Windows-1252's characters for the bytes 0x80-0x9F (the five bytes it leaves undefined read as the C1 control of that number). */
const CP1252_HIGH = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** The byte a character stands for in Windows-1252, or -1. */
function cp1252Byte(c: number): number {
	if (c >= 0xa0 && c <= 0xff) return c;
	if (c >= 0x80 && c < 0xa0 && CP1252_HIGH.indexOf(String.fromCharCode(c)) === c - 0x80) return c;
	const k = c > 0xff ? CP1252_HIGH.indexOf(String.fromCharCode(c)) : -1;
	return k < 0 ? -1 : 0x80 + k;
}

/** Lead bytes read back, with the sequence's length: Latin-1 letters and symbols (C2, C3), Œ œ Š š Ÿ Ž ž (C5), Cyrillic (D0, D1), punctuation (E2). */
const LEAD_BYTES: ReadonlyMap<number, number> = new Map([
	[0xc2, 2],
	[0xc3, 2],
	[0xc5, 2],
	[0xd0, 2],
	[0xd1, 2],
	[0xe2, 3],
]);

/** A document needs this many of the strongest sequences ("â€" then a character, "Ã" or "Â" then a continuation) before any text of it is read back. */
export const MIN_DOCUMENT_HITS = 2;

const STRONG_RE = /\u00E2\u20AC[\u0080-\u00BF\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u017D\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178]|[\u00C2\u00C3][\u00A0-\u00BF\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u017D\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178]/g;

/** Whether a document's text shows the double encoding (`MIN_DOCUMENT_HITS` strong sequences; stops at the last one it needs). */
export function hasMojibake(source: string): boolean {
	// Every strong sequence starts with â, Â or Ã: a text without them (most) is answered by three character searches,
	// not a scan by the regex (issue 13: 0.24% of a `pagedump extract` process over wcxb-dev dumps).
	if (source.indexOf('\u00E2') < 0 && source.indexOf('\u00C2') < 0 && source.indexOf('\u00C3') < 0) return false;
	STRONG_RE.lastIndex = 0;
	let hits = 0;
	while (STRONG_RE.exec(source) !== null) if (++hits >= MIN_DOCUMENT_HITS) break;
	STRONG_RE.lastIndex = 0;
	return hits >= MIN_DOCUMENT_HITS;
}

const documentVerdicts = new WeakMap<object, boolean>();

/**
 * `hasMojibake(doc.text)`, scanned once per document: the extraction (metadata/mojibakeFields.ts) and the outputs
 * (render/articleMarkdown.ts, articleText.ts) each asked it of the whole dump (1% of the pipeline's CPU over every
 * 8th wcxb-dev dump).
 */
export function documentHasMojibake(doc: { readonly text: string }): boolean {
	let known = documentVerdicts.get(doc);
	if (known === undefined) documentVerdicts.set(doc, (known = hasMojibake(doc.text)));
	return known;
}

/** A quick test for a lead character: most text nodes have none and are returned as they are. */
const LEAD_RE = /[\u00C2\u00C3\u00C5\u00D0\u00D1\u00E2]/;

/** The code point of a UTF-8 sequence of `bytes` (a lead and its continuations), or -1 when it is overlong, a surrogate or not a continuation (C1 controls, U+0080-U+009F, are refused by the caller: no page shows them). */
function decodeSequence(bytes: readonly number[]): number {
	for (let i = 1; i < bytes.length; i++) if (bytes[i] < 0x80 || bytes[i] > 0xbf) return -1;
	if (bytes.length === 2) return ((bytes[0] & 0x1f) << 6) | (bytes[1] & 0x3f);
	if (bytes[0] === 0xe0 && bytes[1] < 0xa0) return -1;
	if (bytes[0] === 0xed && bytes[1] >= 0xa0) return -1;
	return ((bytes[0] & 0x0f) << 12) | ((bytes[1] & 0x3f) << 6) | (bytes[2] & 0x3f);
}

/** The text with every double-encoded sequence read back (one pass, linear); a text without a lead character is returned as it is. */
export function repairMojibake(text: string): string {
	if (!LEAD_RE.test(text)) return text;
	let out = '';
	let from = 0;
	for (let i = 0; i < text.length; i++) {
		const lead = cp1252Byte(text.charCodeAt(i));
		const n = LEAD_BYTES.get(lead);
		if (n === undefined || i + n > text.length) continue;
		const bytes = [lead];
		for (let k = 1; k < n; k++) bytes.push(cp1252Byte(text.charCodeAt(i + k)));
		const cp = decodeSequence(bytes);
		if (cp < 0xa0) continue;
		out += text.slice(from, i) + String.fromCharCode(cp);
		from = i + n;
		i += n - 1;
	}
	return from === 0 ? text : out + text.slice(from);
}
