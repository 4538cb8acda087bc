// Text of inlines as pandoc's `smart` extension reads it back: the page's curly quotes, dashes and ellipses restored.
import type { Inline } from '../model/dumpDocument';
import { isHidden, isUnicodeSpace, PIECES_PER_CHUNK } from './inlineText';

/*
 * Pandoc writes a page's ’ “ ” — – … as ' " --- -- ... (its `smart` extension reverses them on reading) and
 * backslash-escapes the page's own straight quotes and dashes (\' \" \--). So `Don't` in a dump was `Don’t` on the
 * page, and `\'90s` was `'90s`. Metadata values should be what the page said, so text is read the way pandoc reads
 * it. Escaped characters are held in private-use placeholders while the smart rules run.
 */
const LITERAL: Readonly<Record<string, string>> = { "'": '\ue000', '"': '\ue001', '-': '\ue002', '.': '\ue003' };
const RESTORE: Readonly<Record<string, string>> = { '\ue000': "'", '\ue001': '"', '\ue002': '-', '\ue003': '.' };

/*
 * Each step below first checks, with `indexOf` or one regex test, that it has anything to change: most text has no
 * escape, no placeholder, no quote and no run of dashes, and the replacements with callbacks were most of metadata's
 * text building (about 4% of the pipeline's CPU on the readability corpus). The result is the same string.
 */
const PLACEHOLDER_RE = /[\ue000-\ue003]/;

/** Markdown escapes resolved, with escaped quotes, dashes and dots kept as placeholders. */
function protectEscapes(raw: string): string {
	if (!raw.includes('\\')) return raw;
	return raw.replace(/\\([!-/:-@[-`{-~])/g, (_m, c: string) => LITERAL[c] ?? c);
}

function unprotect(s: string): string {
	if (!PLACEHOLDER_RE.test(s)) return s;
	return s.replace(/[\ue000-\ue003]/g, (c) => RESTORE[c] ?? c);
}

/** Applies pandoc's smart punctuation to text whose literal characters are protected. */
function smarten(s: string): string {
	let out = s;
	if (out.includes('--')) out = out.replace(/---/g, '\u2014').replace(/--/g, '\u2013');
	if (out.includes('...')) out = out.replace(/\.\.\./g, '\u2026');
	if (out.includes('"')) out = smartDoubleQuotes(out);
	if (out.includes("'")) out = smartSingleQuotes(out);
	return out;
}

function smartDoubleQuotes(s: string): string {
	// Double quotes: opening after a space, an opening bracket or the start; closing otherwise.
	return s.replace(/"/g, (_m, at: number, all: string) => (at === 0 || /[\s([{\u2014\u2013\u201c\u2018-]/.test(all[at - 1]) ? '\u201c' : '\u201d'));
}

function smartSingleQuotes(s: string): string {
	// Single quotes: an apostrophe inside or after a word, an opening quote before a word.
	return s.replace(/'/g, (_m, at: number, all: string) => {
		const before = at === 0 ? ' ' : all[at - 1];
		const after = at + 1 < all.length ? all[at + 1] : ' ';
		if (/[\s([{\u2014\u2013\u201c-]/.test(before) && /[^\s]/.test(after)) {
			// Elided years and words ('90s, 'em) are apostrophes even at a word start.
			return /\d/.test(after) ? '\u2019' : '\u2018';
		}
		return '\u2019';
	});
}

/**
 * The visible text of inlines with the page's punctuation restored: like `inlineText`, but reading each text
 * node's source so that escaped (literal) quotes stay straight and unescaped ones become curly.
 */
export function smartInlineText(inlines: readonly Inline[], source: string): string {
	const parts: string[] = [];
	if (inlines.length <= PIECES_PER_CHUNK) {
		pushProtected(inlines, source, parts);
		return unprotect(smarten(parts.length === 1 ? parts[0] : parts.join('')));
	}
	// A long paragraph: pieces joined a chunk at a time, as `inlineText` does.
	const chunks: string[] = [];
	for (let k = 0; k < inlines.length; k += PIECES_PER_CHUNK) {
		pushProtected(inlines.slice(k, k + PIECES_PER_CHUNK), source, parts);
		chunks.push(parts.join(''));
		parts.length = 0;
	}
	return unprotect(smarten(chunks.join('')));
}

/**
 * Appends the protected text of `inlines` to `parts`, joined once by the caller: appending to a string made a rope of
 * a 32-byte node per inline (a megabyte paragraph of short lines held several times its size until read). A piece
 * that reads the same as its node's value is the value itself, not a copy of it.
 */
function pushProtected(inlines: readonly Inline[], source: string, parts: string[]): void {
	// Indexed, here and in `keptChars`: in code V8 has not optimized yet, for-of allocates an iterator result per inline.
	for (let i = 0; i < inlines.length; i++) {
		const n = inlines[i];
		switch (n.kind) {
			case 'text': {
				// Read once: a source text's `value` and `range` are made at each read (model/leafInlines.ts).
				const value = n.value;
				const range = n.range;
				const raw = source.slice(range.start, range.end);
				const p = protectEscapes(raw);
				// Trust the source only when it reads back to the parser's value; else keep the value's punctuation literal.
				const piece = unprotect(p) === value ? p : protectAll(value);
				parts.push(piece === value ? value : piece);
				if (n.softBreakAfter) parts.push(' ');
				break;
			}
			case 'code':
				parts.push(protectAll(n.value));
				break;
			case 'emphasis':
			case 'link':
				pushProtected(n.children, source, parts);
				break;
			case 'span':
				if (!isHidden(n.attrs)) pushProtected(n.children, source, parts);
				break;
			case 'break':
				parts.push('\n');
				break;
			case 'softbreak':
				parts.push(' ');
				break;
			case 'rawHtml':
				if (/^<br\b/i.test(n.html)) parts.push('\n');
				break;
			default:
				break;
		}
	}
}

function protectAll(s: string): string {
	return s.replace(/['"\-.]/g, (c) => LITERAL[c] ?? c);
}

/**
 * Whether `collapse(smartInlineText(inlines))` is certainly longer than `chars`, decided without building it: every
 * visible character that is neither white space nor a dash or a dot (which smart punctuation may merge) is one
 * character of the result. False means "not known", never "shorter". Metadata's dateline rule skips long paragraphs
 * with it: building their smart text was 4% of the pipeline's CPU on the readability corpus.
 */
export function smartTextLongerThan(inlines: readonly Inline[], chars: number): boolean {
	return keptChars(inlines, chars + 1) > chars;
}

/** Characters of inlines, as `protected_` reads them, that stay one character each; counting stops at `limit`. */
export function keptChars(inlines: readonly Inline[], limit: number): number {
	let n = 0;
	for (let k = 0; k < inlines.length; k++) {
		const x = inlines[k];
		if (n >= limit) break;
		switch (x.kind) {
			case 'text':
			case 'code': {
				// Read once: a source text's `value` is sliced from the dump at each read (model/leafInlines.ts), and
				// reading it twice per character made most of the metadata read's allocated bytes on a sample of wcxb-dev.
				const v = x.value;
				for (let i = 0; i < v.length && n < limit; i++) {
					const c = v.charCodeAt(i);
					if (c > 0x20 && c !== 0x2d && c !== 0x2e && !(c >= 0xa0 && isUnicodeSpace(c))) n++;
				}
				break;
			}
			case 'emphasis':
			case 'link':
				n += keptChars(x.children, limit - n);
				break;
			case 'span':
				if (!isHidden(x.attrs)) n += keptChars(x.children, limit - n);
				break;
			default:
				break;
		}
	}
	return n;
}
