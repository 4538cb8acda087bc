// Person names in bylines: splitting "By Jane Doe and John Roe, Staff Writers" into names, and telling a name from other text.
import { findDates } from '../dates';
import { collapse } from '../inlineText';
import { AUTHOR_SPLIT_RE, BYLINE_PREFIX_RE, MAX_BYLINE_CHARS, MAX_NAME_CHARS, MAX_NAME_WORDS, NOT_A_NAME_RE, ROLE_RE } from '../metadataRules';

/** A byline's names: "By Jane Doe and John Roe, Staff Writers | May 1" gives ["Jane Doe", "John Roe"]. */
export function splitNames(text: string): string[] {
	let t = collapse(text).replace(BYLINE_PREFIX_RE, '');
	// A date, a separator or a role ends the names.
	const date = findDates(t)[0];
	if (date) t = t.slice(0, date.start);
	t = t.split(/\s+[|•·—–]\s+|\s+-\s+|\s*\n/)[0];
	t = t.replace(/[\s,;:|•·\-–—]+$/u, '').replace(BYLINE_PREFIX_RE, '');
	if (t === '' || t.length > MAX_BYLINE_CHARS) return [];
	const parts = t.split(AUTHOR_SPLIT_RE).map((p) => p.trim()).filter((p) => p !== '');
	const names: string[] = [];
	for (const p of parts) {
		if (ROLE_RE.test(p)) break; // "Jane Doe, Senior Editor": the role after the name.
		if (looksLikeName(p)) names.push(p);
		else if (names.length > 0) break; // "Jane Doe, Senior Editor": the role after the name.
		else return [];
	}
	return names;
}

/** Whether text reads as a person's (or an organisation's) name. */
export function looksLikeName(s: string): boolean {
	if (s.length < 2 || s.length > MAX_NAME_CHARS) return false;
	if (!/\p{L}/u.test(s) || /[@<>{}[\]=]|https?:/.test(s)) return false;
	const words = s.split(/\s+/);
	if (words.length > MAX_NAME_WORDS) return false;
	if (NOT_A_NAME_RE.test(s)) return false;
	// A name starts with a capital in scripts that have case; all-lower-case words are prose ("posted in news").
	if (/^\p{Ll}/u.test(s) && !/^(?:de|van|von|da|di|le|la)\s/.test(s)) return false;
	return true;
}
