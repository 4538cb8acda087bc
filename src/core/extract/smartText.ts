// Text of inlines as pandoc's `smart` extension reads it back: the page's curly quotes, dashes and ellipses restored.
import type { Inline } from '../model/dumpDocument';
import { isHidden } from './inlineText';

/*
 * Pandoc writes a page's ’ “ ” — – … as ' " --- -- ... (its `smart` extension reverses them on reading) and
 * backslash-escapes the page's own straight quotes and dashes (\' \" \--). So `Don't` in a dump was `Don’t` on the
 * page, and `\'90s` was `'90s`. Metadata values should be what the page said, so text is read the way pandoc reads
 * it. Escaped characters are held in private-use placeholders while the smart rules run.
 */
const LITERAL: Readonly<Record<string, string>> = { "'": '\ue000', '"': '\ue001', '-': '\ue002', '.': '\ue003' };
const RESTORE: Readonly<Record<string, string>> = { '\ue000': "'", '\ue001': '"', '\ue002': '-', '\ue003': '.' };

/** Markdown escapes resolved, with escaped quotes, dashes and dots kept as placeholders. */
function protectEscapes(raw: string): string {
	return raw.replace(/\\([!-/:-@[-`{-~])/g, (_m, c: string) => LITERAL[c] ?? c);
}

function unprotect(s: string): string {
	return s.replace(/[\ue000-\ue003]/g, (c) => RESTORE[c] ?? c);
}

/** Applies pandoc's smart punctuation to text whose literal characters are protected. */
function smarten(s: string): string {
	let out = s.replace(/---/g, '\u2014').replace(/--/g, '\u2013').replace(/\.\.\./g, '\u2026');
	// Double quotes: opening after a space, an opening bracket or the start; closing otherwise.
	out = out.replace(/"/g, (_m, at: number, all: string) => (at === 0 || /[\s([{\u2014\u2013\u201c\u2018-]/.test(all[at - 1]) ? '\u201c' : '\u201d'));
	// Single quotes: an apostrophe inside or after a word, an opening quote before a word.
	out = out.replace(/'/g, (_m, at: number, all: string) => {
		const before = at === 0 ? ' ' : all[at - 1];
		const after = at + 1 < all.length ? all[at + 1] : ' ';
		if (/[\s([{\u2014\u2013\u201c-]/.test(before) && /[^\s]/.test(after)) {
			// Elided years and words ('90s, 'em) are apostrophes even at a word start.
			return /\d/.test(after) ? '\u2019' : '\u2018';
		}
		return '\u2019';
	});
	return out;
}

/**
 * The visible text of inlines with the page's punctuation restored: like `inlineText`, but reading each text
 * node's source so that escaped (literal) quotes stay straight and unescaped ones become curly.
 */
export function smartInlineText(inlines: readonly Inline[], source: string): string {
	const parts: string[] = [];
	pushProtected(inlines, source, parts);
	return unprotect(smarten(parts.length === 1 ? parts[0] : parts.join('')));
}

/**
 * Appends the protected text of `inlines` to `parts`, joined once by the caller: appending to a string made a rope of
 * a 32-byte node per inline (a megabyte paragraph of short lines held several times its size until read). A piece
 * that reads the same as its node's value is the value itself, not a copy of it.
 */
function pushProtected(inlines: readonly Inline[], source: string, parts: string[]): void {
	for (const n of inlines) {
		switch (n.kind) {
			case 'text': {
				const raw = source.slice(n.range.start, n.range.end);
				const p = protectEscapes(raw);
				// Trust the source only when it reads back to the parser's value; else keep the value's punctuation literal.
				const piece = unprotect(p) === n.value ? p : protectAll(n.value);
				parts.push(piece === n.value ? n.value : piece);
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
