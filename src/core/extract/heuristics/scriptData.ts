// Script data printed as text: a fragment of a page script's object literal (`"filters": [{ "label": …`) is markup, not content.
import { matchCount } from '../../text/wordCount';
/**
 * Shops render their grid with a script and keep its state in an object literal; when the HTML puts that literal
 * outside a `<script>`, pandoc writes it as text, a paragraph or (indented) a code block full of `\"key\":` pairs.
 * The reader never sees it. Measured with `eval --only wcxb --part tune` (word F1): collection 0.702 → 0.714, all
 * 0.836 → 0.837; one page changes (0.08 → 0.87: ten thousand characters of filter state were its output). The other
 * JSON in the tuning pages' output starts with `{`/`[` or has plain quotes (API docs, tutorials) and stays.
 * Readability corpus 0.946 → 0.946, seeds 53/53.
 */

/** A key of an object literal: a short quoted name and a colon. */
const KEY_RE = /"[^"\n]{1,80}"\s*:/g;
/** What JSON is made of once its keys are gone: strings, numbers, literals, brackets, commas, colons and spaces. */
const JSON_SYNTAX_RE = /"(?:[^"\\\n]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\b(?:true|false|null)\b|[{}[\]:,\s]/g;
/** A fragment needs this many keys: one quoted word and a colon can be a sentence ("Note": …). */
export const MIN_KEYS = 1;
/** At most this share of the text may be something other than JSON syntax (a trailing `…` or a template tag). */
export const MAX_OTHER_SHARE = 0.1;
/** Shorter text is left alone: a quoted label and a colon in a sentence is not a script. */
export const MIN_SCRIPT_DATA_CHARS = 20;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Pandoc escapes the quotes of text it writes (`\"`); verbatim code never has them. */
function unescaped(text: string): string {
	return text.replace(/\\(["\\[\]{}])/g, '$1');
}

/** Whether text is mostly JSON syntax with at least `MIN_KEYS` keys. */
function isMostlyJson(text: string): boolean {
	KEY_RE.lastIndex = 0;
	if (matchCount(KEY_RE, text) < MIN_KEYS) return false;
	const other = text.replace(JSON_SYNTAX_RE, '').length;
	return other <= text.length * MAX_OTHER_SHARE;
}

/**
 * Whether a paragraph's text is a fragment of script data: it starts with a key (`"name": …`), not with `{` or `[`
 * as a JSON example in an article does, and is nothing but JSON.
 */
export function isScriptDataText(text: string): boolean {
	// Unescaped text starts with a quote only when the text starts with one or with an escaped one (`\"`): other
	// text is not unescaped at all. The block index asks this of every paragraph (`isMarkupLeftover`), and unescaping
	// each whole text first was 0.9% of the extraction's CPU over every fourth wcxb-dev dump.
	const first = text.trimStart().charCodeAt(0);
	if (first !== QUOTE && first !== BACKSLASH) return false;
	const t = unescaped(text.trim());
	if (t.length < MIN_SCRIPT_DATA_CHARS || !/^"[^"\n]{1,80}"\s*:/.test(t)) return false;
	return isMostlyJson(t);
}

/**
 * Whether a code block is script data printed as text: its quotes carry pandoc's escapes (`\"key\":`), which a
 * `<pre>` never has, and it is nothing but JSON. A documentation page's JSON example has plain quotes and stays.
 */
export function isScriptDataCode(text: string): boolean {
	const t = text.trim();
	if (t.length < MIN_SCRIPT_DATA_CHARS || !/\\"[^"\n]{1,80}\\"\s*:/.test(t)) return false;
	return isMostlyJson(unescaped(t));
}
