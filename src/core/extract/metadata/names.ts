// Person names in bylines: splitting "By Jane Doe and John Roe, Staff Writers" into names, and telling a name from other text.
import { hasGluedWords } from './gluedWords';
import { startsWithNavigationVerb } from './navigationLabels';
import { withoutGluedBy } from './gluedByPrefix';
import { findDates } from '../dates';
import { ON_BEHALF_RE, withoutDate } from './datedBylines';
import { collapse } from '../inlineText';
import { repairMojibake } from '../../text/mojibake';
import { isByPhrase } from './byPhrases';
import { withoutAddress } from './nameAddresses';
import { isFieldLabel } from './fieldLabels';
import { isDeskName } from './deskNames';
import { isBylineNonName, isCredentialsOnly } from './bylineNonNames';
import { AUTHOR_SPLIT_RE, BYLINE_PREFIX_RE, MAX_BYLINE_CHARS, MAX_NAME_CHARS, MAX_NAME_WORDS, NOT_A_NAME_RE, ROLE_RE } from '../metadataRules';

/**
 * Bylines of someone other than the author: the reviewer, fact checker, editor or illustrator; and a source's credit
 * ("Source: Harbor Wire", "/ Source: HARBOR" after a byline box's timestamp), which names where a text, a figure or a
 * picture comes from, never who wrote the page (on the wcxb-dev tuning part, 14 pages credit a source so, none an
 * author). Session 50 (meta55): declassed author right 407 -> 408 of 529 (a news site's byline box, half B: the writer's
 * name card is read instead of the network's "/ Source: …" credit); as is unchanged; none added where the truth has none.
 */
const NOT_AUTHOR_BYLINE_RE = /^(?:medically\s+|expert\s+)?(?:reviewed|fact[-\s]?checked|edited|illustrated|photographed|translated|sponsored)\s+by\b|^[/|•·]?\s*(?:image\s+|photo\s+|data\s+)?source\s*:/iu;
/** A date's label where a name would be ("Last Updated: January 7, 2025" in a byline box): no name follows. */
const DATE_LABEL_START_RE = /^(?:last\s+)?(?:updated|modified|published|posted\s+on|date)\b/iu;
/** A label glued to the name by a missing space ("Rebecca NorrisPublished"), or written after it ("BeauHD on Friday", "Supermove Last update"). */
const TRAILING_LABEL_RE = /(?:(?<=\p{Ll})(?:Published|Updated|Posted|Modified|Reviewed)|\s+(?:last\s+updated?|published|updated|posted)(?![\p{L}])).*$|\s+(?:on|at)(?:\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))?$/iu;
/** An affiliation or footnote mark glued to a name of several words ("Jennifer Huberty1", "Chong Lee2,3"); a handle's digits ("user77") are its own. */
const AFFILIATION_MARK_RE = /(?<=\s\S*)(\p{L})\d+(?:,\d+)*\*?$/u;
/** A forum handle: one token of letters, digits and `._-`, which may be all lower case ("hayley.p", "sorairolake"). */
const HANDLE_RE = /^[\p{L}\p{N}][\p{L}\p{N}._-]{1,39}$/u;

/**
 * A lone function word where a byline's name would be: what is left when a theme's author slot holds the word before
 * the date ("on", a WordPress `author` span read as a handle). A weekday before a date ("Sat, 20 Dec, 2025" alone in
 * a `byline` box) goes with the date (`datedBylines.ts`), and the box's date is read as a dateline near the title.
 */
const NOT_A_NAME_WORD_RE = /^(?:on|at|by|in|of|the|and|or|to|for|from)\.?$/iu;

/** "<Name> Staff", "<Name> Team", "<Name> Editors": a newsroom's collective byline. */
const COLLECTIVE_RE = /^(?:The\s+)?(\p{Lu}[^\s]*(?:\s+\S+){0,3}?)\s+(?:Staff|Team|Editors|Editorial(?:\s+(?:Team|Staff|Board))?|Newsroom|Desk)$/u;

export interface NameOptions {
	/** The text is an author element's own (a name link, `itemprop=author`): a lower-case handle is a name there. */
	readonly handles?: boolean;
}

/** A byline's names: "By Jane Doe and John Roe, Staff Writers | May 1" gives ["Jane Doe", "John Roe"]. */
export function splitNames(text: string, options: NameOptions = {}): string[] {
	if (NOT_AUTHOR_BYLINE_RE.test(collapse(text)) || DATE_LABEL_START_RE.test(collapse(text)) || isByPhrase(text)) return [];
	// A lone label ("By", a span of its own before the name link) is no name: the prefix is matched with a space after it.
	// "ByJane Doe": the label glued to the name link (`gluedByPrefix.ts`).
	let t = `${withoutGluedBy(collapse(text))} `.replace(BYLINE_PREFIX_RE, '').trim();
	// A date, a separator or a role ends the names; a date before them ("Dec. 19, 2025 · Jane Doe") is dropped (`datedBylines.ts`).
	t = withoutDate(t, findDates(t)).replace(ON_BEHALF_RE, '');
	// "Jane Doe <jane@example.org>": the name without its mail address (`nameAddresses.ts`).
	t = withoutAddress(t);
	// An em dash ends the names even unspaced ("by Jacob Trussell—10 min read"): names hold hyphens, never em dashes.
	t = t.split(/\s+[|•·—–»]\s+|\s*[—»]\s*|\s+-\s+|\s*\n/)[0];
	t = t.replace(/[\s,;:|•·\-–—]+$/u, '').replace(BYLINE_PREFIX_RE, '').replace(TRAILING_LABEL_RE, '').replace(/[\s,;:|•·\-–—]+$/u, '');
	if (t === '' || t.length > MAX_BYLINE_CHARS) return [];
	const parts = t.split(AUTHOR_SPLIT_RE).map((p) => p.trim().replace(AFFILIATION_MARK_RE, '$1')).filter((p) => p !== '');
	const names: string[] = [];
	for (const p of parts) {
		// A desk named alone in an author element ("Staff", "Newsdesk": `deskNames.ts`) is the byline itself.
		if (options.handles === true && parts.length === 1 && isDeskName(p)) {
			names.push(p);
			break;
		}
		if (ROLE_RE.test(p) && !COLLECTIVE_RE.test(p)) break; // "Jane Doe, Senior Editor": the role after the name.
		// A weekday, credentials, a job title or a section label in the name's place (`bylineNonNames.ts`).
		// Credentials after a name ("Jane Doe, MD") are kept as the page writes them.
		if (isBylineNonName(p)) {
			if (names.length > 0 && isCredentialsOnly(p)) {
				names.push(p);
				continue;
			}
			if (names.length > 0) break;
			return [];
		}
		if (NOT_A_NAME_WORD_RE.test(p)) return [];
		// A double-encoded name ("JosÃ© GarcÃ­a", read back at the end, metadata/mojibakeFields.ts) is judged as the page showed it.
		if (looksLikeName(repairMojibake(p)) || (options.handles === true && parts.length === 1 && HANDLE_RE.test(p) && !NOT_A_NAME_RE.test(p) && !isFieldLabel(p))) names.push(p);
		else if (names.length > 0) break; // "Jane Doe, Senior Editor": the role after the name.
		else return [];
	}
	return names;
}

/** Whether text reads as a person's (or an organisation's) name. */
export function looksLikeName(s: string): boolean {
	if (s.length < 2 || s.length > MAX_NAME_CHARS) return false;
	// Prices, exclamations and markup are offers and headings, not names ("Coming Soon! Food Colors $9.99").
	if (!/\p{L}/u.test(s) || /[@<>{}[\]=!$€£¥]|https?:/.test(s)) return false;
	const words = s.split(/\s+/);
	if (words.length > MAX_NAME_WORDS) return false;
	// A collective byline ("Resy Staff", "The Meetingnotes Team") names the publisher's writers: the word is not noise there.
	const collective = COLLECTIVE_RE.exec(s);
	if (collective) return looksLikeName(collective[1]);
	if (NOT_A_NAME_RE.test(s)) return false;
	// Words run together (`gluedWords.ts`) and menu labels (`navigationLabels.ts`) are no names.
	if (hasGluedWords(s) || startsWithNavigationVerb(s)) return false;
	// A field's caption or placeholder ("作者：", "Username") stands where the name would (`fieldLabels.ts`).
	if (isFieldLabel(s)) return false;
	// A weekday, credentials, a job title or a section label where a name would be (`bylineNonNames.ts`).
	if (isBylineNonName(s)) return false;
	// A name starts with a capital in scripts that have case; all-lower-case words are prose ("posted in news").
	if (/^\p{Ll}/u.test(s) && !/^(?:de|van|von|da|di|le|la)\s/.test(s)) return false;
	return true;
}

/** What may stand between two names of one byline: a comma, "and" in a few languages, an ampersand. */
const NAME_GAP_RE = /^\s*(?:,\s*)?(?:(?:and|und|et|y|e|en|og|och|i|&)\s+)?$/iu;

/**
 * Several names as the page wrote them ("Moses Kim and Kate Shokurova", "Rui Ma, Heba Ledwon & Suparn Patra") when
 * they stand together in the byline's text, else joined by commas.
 */
export function joinNames(text: string, names: readonly string[]): string {
	if (names.length < 2) return names.join(', ');
	let at = text.indexOf(names[0]);
	const start = at;
	for (let i = 1; at >= 0 && i < names.length; i++) {
		const end = at + names[i - 1].length;
		at = text.indexOf(names[i], end);
		if (at < 0 || !NAME_GAP_RE.test(text.slice(end, at))) return names.join(', ');
	}
	return at < 0 ? names.join(', ') : text.slice(start, at + names[names.length - 1].length);
}
