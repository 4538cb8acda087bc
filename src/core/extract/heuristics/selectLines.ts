// Select lines: a form's drop-down read as one line, its placeholder prompt ("Select your country...") then its options.
/**
 * Pandoc keeps a `<select>`'s options as plain text, so a drop-down reaches the dump as one line: the placeholder
 * option, which prompts and ends in an ellipsis ("Select your job level...", "Choose one…", with the required mark
 * when there is one), then every option ("C-Level VP Director Manager …", "Afghanistan Aland Islands Albania …").
 * formFields.ts counts it as one of the form's fields, so a demo form's drop-downs after its starred labels go with
 * them (a CDN vendor's service page kept its job-level, job-function and 250-country lists declassed). A sentence
 * that pauses on an ellipsis goes on in lower case or with sentences; options open with a capital or a digit and have
 * no sentence ends.
 * Measured (eval --part tune, session 46, list51): declassed all 0.88775 → 0.88812 (A 0.88713 → 0.88747, B 0.88830 →
 * 0.88871), service 0.83653 → 0.83958 (A +0.0026, B +0.0035): a gym dealer's rental page 0.81 → 0.98 and two pages of a
 * CDN vendor 0.42 → 0.55 and 0.60 → 0.70 (their demo forms' job-level, job-function and country lists), no page down;
 * as is all 0.90542 → 0.90569 (A unchanged, B +0.0005), service 0.85929 → 0.86155 (the CDN vendor's two pages 0.42 → 0.55
 * and 0.76 → 0.92), no page down.
 */

/** The prompt before the ellipsis is short: "I want to buy gym equipment for my...". */
export const MAX_PROMPT_CHARS = 40;
/** A drop-down offers at least this many words of options (two or three choices). */
export const MIN_OPTION_WORDS = 3;
/** Options scanned: a country list is some 2,500 characters. */
const MAX_OPTIONS_CHARS = 8000;

const PROMPT_RE = /^([^*.!?\d]{2,40})(?:\.{3}|…)\s{0,3}\*?\s{0,3}/u;
const SENTENCE_END_RE = /[.!?]["')\]]?\s/u;

/** Whether a line is a drop-down's placeholder prompt (a few words, no digits, an ellipsis) followed by its options. */
export function isSelectLine(text: string): boolean {
	const t = text.trim();
	const m = PROMPT_RE.exec(t);
	if (!m || !/\p{L}/u.test(m[1]) || m[1].trim().length > MAX_PROMPT_CHARS) return false;
	const options = t.slice(m[0].length);
	if (options.length > MAX_OPTIONS_CHARS || SENTENCE_END_RE.test(options)) return false;
	// Options are names or numbers: "C-Level", "Afghanistan", "1-10"; a sentence goes on in lower case ("Read more... about us").
	if (!/^[\p{Lu}\d]/u.test(options)) return false;
	return options.split(/\s+/u, MIN_OPTION_WORDS + 1).filter((w) => w !== '').length >= MIN_OPTION_WORDS;
}
