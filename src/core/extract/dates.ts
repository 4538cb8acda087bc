// Reading dates and times written for people ("May 10 2021 08:00 AM", "10. Mai 2021", "2021年5月10日") as ISO 8601.

/** A date found in text: ISO 8601 (`2021-05-10`, `2021-05-10T08:00`, with an offset only when the text gives one). */
export interface FoundDate {
	readonly iso: string;
	/** Offsets of the date (and the time, when one was joined to it) in the searched text. */
	readonly start: number;
	readonly end: number;
	readonly hasTime: boolean;
}

export interface DateOptions {
	/** Read `05/10/2021` as 5 October (day first) rather than May 10. Set from the page's language; day first when unknown is wrong for US pages, so the default follows the format's own cues. */
	readonly dayFirst?: boolean;
	/** The order the page's own unambiguous numeric dates show (`numericDateOrder.ts`): it overrides the language and the separator's cue. */
	readonly pageDayFirst?: boolean;
	/** Years outside this range are not publication dates (copyright spans, product names, phone numbers). */
	readonly minYear?: number;
	readonly maxYear?: number;
}

/** Pages older than the web, or far in the future, are misreadings. */
const DEFAULT_MIN_YEAR = 1990;
const DEFAULT_MAX_YEAR = 2100;
/** How far (in characters) a time may sit from its date and still belong to it: "May 10 2021 at 08:00 AM", "10:01 pm PST, Tuesday, November 19, 2019". */
const TIME_JOIN_CHARS = 30;

/** Month names and abbreviations by month number, in the languages dumps are most often written in. Genitive forms (cs, ru, pl) are what dates use. */
const MONTH_NAMES: readonly (readonly string[])[] = [
	/* 1 */ ['january', 'jan', 'januar', 'jänner', 'jän', 'janvier', 'janv', 'enero', 'ene', 'janeiro', 'gennaio', 'gen', 'januari', 'ledna', 'leden', 'января', 'янв', 'stycznia', 'styczeń', 'tammikuuta', 'ocak'],
	/* 2 */ ['february', 'feb', 'februar', 'février', 'fevrier', 'févr', 'fév', 'febrero', 'fevereiro', 'fev', 'febbraio', 'februari', 'února', 'unora', 'únor', 'февраля', 'фев', 'lutego', 'luty', 'helmikuuta', 'şubat'],
	/* 3 */ ['march', 'mar', 'märz', 'maerz', 'mär', 'mrz', 'mars', 'marzo', 'março', 'marco', 'maart', 'mrt', 'března', 'brezna', 'březen', 'марта', 'мар', 'marca', 'marzec', 'maaliskuuta', 'mart'],
	/* 4 */ ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'dubna', 'duben', 'апреля', 'апр', 'kwietnia', 'kwiecień', 'huhtikuuta', 'nisan'],
	/* 5 */ ['may', 'mai', 'mayo', 'maio', 'maggio', 'mag', 'mei', 'května', 'kvetna', 'květen', 'мая', 'maja', 'maj', 'toukokuuta', 'mayıs'],
	/* 6 */ ['june', 'jun', 'juni', 'juin', 'junio', 'junho', 'giugno', 'giu', 'června', 'cervna', 'červen', 'июня', 'июн', 'czerwca', 'czerwiec', 'kesäkuuta', 'haziran'],
	/* 7 */ ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'julho', 'luglio', 'lug', 'července', 'cervence', 'červenec', 'июля', 'июл', 'lipca', 'lipiec', 'heinäkuuta', 'temmuz'],
	/* 8 */ ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus', 'srpna', 'srpen', 'августа', 'авг', 'sierpnia', 'sierpień', 'elokuuta', 'ağustos'],
	/* 9 */ ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'setembro', 'set', 'settembre', 'září', 'zari', 'сентября', 'сен', 'września', 'wrzesień', 'syyskuuta', 'eylül'],
	/* 10 */ ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'outubro', 'out', 'ottobre', 'ott', 'října', 'rijna', 'říjen', 'октября', 'окт', 'października', 'październik', 'lokakuuta', 'ekim'],
	/* 11 */ ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopadu', 'listopad', 'ноября', 'ноя', 'listopada', 'marraskuuta', 'kasım'],
	/* 12 */ ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dezembro', 'dicembre', 'prosince', 'prosinec', 'декабря', 'дек', 'grudnia', 'grudzień', 'joulukuuta', 'aralık'],
];

const MONTH_BY_NAME = new Map<string, number>();
MONTH_NAMES.forEach((names, i) => {
	for (const name of names) MONTH_BY_NAME.set(name, i + 1);
});
const MONTH_ALT = [...MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|');

// Letters may not touch a month name or a number on either side ("Mayday", "2021a").
const NL = '(?<![\\p{L}\\p{N}])';
const NR = '(?![\\p{L}])';

interface DatePattern {
	readonly re: RegExp;
	/** Year, month, day from the match; undefined when the parts are not a date. */
	readonly read: (m: RegExpExecArray, options: DateOptions) => [number, number, number] | undefined;
	/** An ISO date-time: the time and offset come with the match. */
	readonly iso?: boolean;
}

const PATTERNS: readonly DatePattern[] = [
	{
		// 2021-05-10, 2021-05-10T08:00:00.000+01:00
		re: /(?<![\d])(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?(?![\d])/giu,
		read: (m) => [+m[1], +m[2], +m[3]],
		iso: true,
	},
	{
		// May 10 2021, November 19, 2019, Nov. 19th, 2019
		re: new RegExp(`${NL}(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\.?,?\\s+(\\d{4})(?!\\d)`, 'giu'),
		read: (m) => [+m[3], MONTH_BY_NAME.get(m[1].toLowerCase()) ?? 0, +m[2]],
	},
	{
		// 10 May 2021, 10. Mai 2021, 1er mai 2021, 10 de mayo de 2021, 21.dez.2018, 3 ноября 2020 г., and 09-Mar-2024: a
		// day, a month's name and a year joined by hyphens, as report tools and older CMS themes print them. With the
		// hyphens, on the wcxb-dev tuning part: published right half A 203 -> 203 of 265, half B 210 -> 212 of 296;
		// reported where the truth has none unchanged (6 of 233, 4 of 260).
		re: new RegExp(`${NL}(\\d{1,2})(?:st|nd|rd|th|er|º|°)?\\.?(?:\\s*|-)(?:de\\s+)?(${MONTH_ALT})${NR}\\.?(?:,?\\s*|-)(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)`, 'giu'),
		read: (m) => [+m[3], MONTH_BY_NAME.get(m[2].toLowerCase()) ?? 0, +m[1]],
	},
	{
		// 2021年5月10日, 2021년 5월 10일, 2021/05/10, 2021.05.10
		re: /(?<![\d])(\d{4})\s*(?:年|년|\/|\.)\s*(\d{1,2})\s*(?:月|월|\/|\.)\s*(\d{1,2})(?![\d])/gu,
		read: (m) => [+m[1], +m[2], +m[3]],
	},
	{
		// 2025•01•08, 2025·01·08: a theme's dateline with bullets for separators, unspaced (spaced bullets part a meta line's items).
		re: /(?<![\d])(\d{4})([•·])(\d{1,2})\2(\d{1,2})(?![\d])/gu,
		read: (m) => [+m[1], +m[3], +m[4]],
	},
	{
		// 10.05.2021 (day first wherever dots are used), 05/10/2021 and 10-05-2021 (by options or by what fits)
		re: /(?<![\d.\/-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d])/gu,
		read: (m, o) => {
			const a = +m[1];
			const b = +m[3];
			const y = +m[4];
			if (a > 12 && b <= 12) return [y, b, a];
			if (b > 12 && a <= 12) return [y, a, b];
			const dayFirst = o.pageDayFirst ?? (m[2] === '.' || (o.dayFirst ?? false));
			return dayFirst ? [y, b, a] : [y, a, b];
		},
	},
	{
		// 07/03/24 02:57 PM, 03.07.24, 14:30: a forum post's stamp (vBulletin, phpBB themes, old boards). Read only with a
		// time after it: alone, "3/4/24" is as often a score, a fraction or a version. Reason and effect: `TWO_DIGIT_YEAR_PIVOT`.
		re: /(?<![\p{L}\d.\/-])(\d{1,2})([./-])(\d{1,2})\2(\d{2})(?![\d.\/-])(?=,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?!\d))/gu,
		read: readTwoDigitYear,
	},
];

/** Year, month and day of a numeric date with a two-digit year ("07/03/24", "14.11.24"): day first with dots, by options or by what fits. */
function readTwoDigitYear(m: RegExpExecArray, o: DateOptions): [number, number, number] {
	const a = +m[1];
	const b = +m[3];
	const yy = +m[4];
	const y = yy <= TWO_DIGIT_YEAR_PIVOT ? 2000 + yy : 1900 + yy;
	if (a > 12 && b <= 12) return [y, b, a];
	if (b > 12 && a <= 12) return [y, a, b];
	const dayFirst = o.pageDayFirst ?? (m[2] === '.' || (o.dayFirst ?? false));
	return dayFirst ? [y, b, a] : [y, a, b];
}

/** A text that is a numeric date with a two-digit year and nothing else ("14.11.24", " 3/4/24 "). */
const BARE_TWO_DIGIT_YEAR_RE = /^\s*(\d{1,2})([./-])(\d{1,2})\2(\d{2})\s*$/u;

/**
 * The date of a text that is only a numeric date with a two-digit year, for an element that says it holds a date (a
 * `post-date` class): alone in running text "3/4/24" is as often a score or a version, so `findDates` reads such a
 * date only with a time after it, but an element named for the date holding nothing else is its dateline
 * (`[14.11.24]{.post-date}` over a post's title). Measured with the bullet pattern above on the wcxb-dev tuning part
 * (cached regions): published right half A 199 -> 201 of 265, half B 210 -> 210 of 296; reported where the truth has
 * none unchanged (6 of 233, 4 of 260).
 */
export function bareTwoDigitYearDate(text: string, options: DateOptions = {}): string | undefined {
	const m = BARE_TWO_DIGIT_YEAR_RE.exec(text);
	if (!m) return undefined;
	const [y, mo, d] = readTwoDigitYear(m, options);
	return validDate(y, mo, d, options) ? `${y}-${pad2(mo)}-${pad2(d)}` : undefined;
}

/**
 * A two-digit year up to this is 20yy, above it 19yy (POSIX's `%y` pivot is 68): forum stamps of 1970-1999 are as
 * old as the web. Two-digit years with a time were read for issue 12 (helper meta12): on the wcxb-dev tuning part a
 * forum's "Posted by … on 07/03/24 02:57 PM" gave no date at all. Measured (`metaTune.js score`): published right on
 * half A 198 -> 199 of 265, half B unchanged (210 of 296), reported where none unchanged (6 of 233, 4 of 260).
 */
const TWO_DIGIT_YEAR_PIVOT = 68;

/** A time of day: 08:00 AM, 8:00 a.m., 14:30, 14.30 Uhr, 14h30, 8 PM; with an optional zone. */
const TIME_RE =
	/(?<![\d:.])([01]?\d|2[0-3])(?:([:h])([0-5]\d)(?::([0-5]\d))?|\.([0-5]\d)(?=\s*(?:uhr|h\b|a\.?m\.?|p\.?m\.?|utc|gmt|[ecmp][sd]t|cet|cest|bst)(?![\p{L}]))|(?=\s*(?:a\.?m\.?|p\.?m\.?)(?![\p{L}])))\s*(a\.?\s?m\.?|p\.?\s?m\.?|uhr|h(?![\p{L}]))?(?:\s*(utc|gmt|z|[ecmp][sd]t|cet|cest|bst|ist)(?![\p{L}])\s*([+-]\d{1,2}(?::?\d{2})?)?)?(?![\d])/giu;

/** Zone abbreviations a page may name; their fixed offsets are what the page said, not a guess. */
const ZONES: Readonly<Record<string, string>> = {
	utc: 'Z',
	gmt: 'Z',
	z: 'Z',
	est: '-05:00',
	edt: '-04:00',
	cst: '-06:00',
	cdt: '-05:00',
	mst: '-07:00',
	mdt: '-06:00',
	pst: '-08:00',
	pdt: '-07:00',
	cet: '+01:00',
	cest: '+02:00',
	bst: '+01:00',
};

function pad2(n: number): string {
	return n < 10 ? `0${n}` : String(n);
}

function validDate(y: number, m: number, d: number, o: DateOptions): boolean {
	if (y < (o.minYear ?? DEFAULT_MIN_YEAR) || y > (o.maxYear ?? DEFAULT_MAX_YEAR)) return false;
	if (m < 1 || m > 12 || d < 1) return false;
	const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
	return d <= days;
}

function normalizeOffset(off: string): string {
	if (off === 'Z' || off === 'z') return 'Z';
	const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(off);
	if (!m) return '';
	return `${m[1]}${pad2(+m[2])}:${m[3] ?? '00'}`;
}

interface FoundTime {
	readonly text: string;
	readonly start: number;
	readonly end: number;
}

/** Times in text, as `HH:MM[:SS][offset]`. */
function findTimes(text: string): FoundTime[] {
	const out: FoundTime[] = [];
	TIME_RE.lastIndex = 0;
	for (let m = TIME_RE.exec(text); m; m = TIME_RE.exec(text)) {
		let h = +m[1];
		const minutes = m[3] ?? m[5] ?? '00';
		const seconds = m[4];
		const suffix = (m[6] ?? '').toLowerCase().replace(/[\s.]/g, '');
		// A bare number is a time only with am/pm; "14h" alone is a time only with minutes.
		if (m[2] === undefined && m[5] === undefined && suffix !== 'am' && suffix !== 'pm') continue;
		if (suffix === 'pm' && h < 12) h += 12;
		if (suffix === 'am' && h === 12) h = 0;
		if ((suffix === 'am' || suffix === 'pm') && +m[1] > 12) continue;
		let zone = '';
		if (m[7]) {
			zone = m[8] ? normalizeOffset(m[8]) : (ZONES[m[7].toLowerCase()] ?? '');
		}
		out.push({ text: `${pad2(h)}:${minutes}${seconds ? `:${seconds}` : ''}${zone}`, start: m.index, end: m.index + m[0].length });
	}
	return out;
}

/**
 * What every date `findDates` reads holds (each pattern has a four-digit year or digit day): a text without it has no
 * date, and metadata rules skip a node whose source lacks it before building its text (`MetadataScan.mayHoldChar`).
 */
export const DATE_DIGIT_RE = /\d/;

/**
 * What every pattern of `PATTERNS` holds: a four-digit year, or a numeric date with a two-digit year ("07/03/24"). A
 * text without either has no date, and is not searched: the month names' long alternation was most of `findDates`'s
 * cost, itself 6% of the pipeline on a small news dump (samples/harbor-times-ferry.txt), where most texts that reach it
 * hold a digit ("5 min read", "2 comments") and no year. A superset test: each pattern's own expression decides.
 */
const YEAR_DIGITS_RE = /\d{4}|\d[./-]\d{1,2}[./-]\d{2}/;

/** Every date in text, in order, each joined with the nearest time written next to it. Overlapping readings keep the earliest pattern's. */
export function findDates(text: string, options: DateOptions = {}): FoundDate[] {
	// Without a year there is no date, and a time is only ever joined to a date.
	if (!YEAR_DIGITS_RE.test(text)) return [];
	const found: { y: number; mo: number; d: number; start: number; end: number; time?: string }[] = [];
	const taken = (s: number, e: number): boolean => found.some((f) => s < f.end && e > f.start);
	for (const p of PATTERNS) {
		p.re.lastIndex = 0;
		for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
			const start = m.index;
			const end = start + m[0].length;
			if (taken(start, end)) continue;
			const ymd = p.read(m, options);
			if (!ymd || !validDate(ymd[0], ymd[1], ymd[2], options)) continue;
			let time: string | undefined;
			if (p.iso && m[4] !== undefined) {
				time = `${pad2(+m[4])}:${m[5]}${m[6] ? `:${m[6]}` : ''}${m[7] ? normalizeOffset(m[7]) : ''}`;
			}
			found.push({ y: ymd[0], mo: ymd[1], d: ymd[2], start, end, time });
		}
	}
	found.sort((a, b) => a.start - b.start);
	// Join each date with a time written just after it (or just before it, for "10:01 pm PST, Tuesday, November 19, 2019").
	const times = findTimes(text).filter((t) => !taken(t.start, t.end));
	const used = new Set<FoundTime>();
	for (let i = 0; i < found.length; i++) {
		const f = found[i];
		if (f.time !== undefined) continue;
		const nextStart = i + 1 < found.length ? found[i + 1].start : Infinity;
		const prevEnd = i > 0 ? found[i - 1].end : -Infinity;
		const after = times.find((t) => !used.has(t) && t.start >= f.end && t.start - f.end <= TIME_JOIN_CHARS && t.start < nextStart && /^[\s,|·•@\-–—(]*(?:at|um|à|a las|às|alle|om|v|в|kl\.?|,)?[\s,|·•@\-–—(]*$/iu.test(text.slice(f.end, t.start)));
		const before = after ?? times.find((t) => !used.has(t) && t.end <= f.start && f.start - t.end <= TIME_JOIN_CHARS && t.end > prevEnd && /^[\s,|·•\-–—]*(?:[\p{L}]+,?)?[\s,|·•\-–—]*$/u.test(text.slice(t.end, f.start)));
		const t = after ?? before;
		if (t) {
			used.add(t);
			f.time = t.text;
			f.start = Math.min(f.start, t.start);
			f.end = Math.max(f.end, t.end);
		}
	}
	return found.map((f) => {
		const date = `${f.y}-${pad2(f.mo)}-${pad2(f.d)}`;
		return { iso: f.time ? `${date}T${f.time}` : date, start: f.start, end: f.end, hasTime: f.time !== undefined };
	});
}

/** The first date in text, or undefined. */
export function findDate(text: string, options: DateOptions = {}): FoundDate | undefined {
	return findDates(text, options)[0];
}

/** Reads a machine date (`datetime`, `content` attributes): ISO forms, RFC 2822, or a Unix time in seconds or milliseconds. */
export function parseMachineDate(value: string, options: DateOptions = {}): string | undefined {
	const v = value.trim();
	if (/^\d{10}(\d{3})?$/.test(v)) {
		const ms = v.length === 13 ? +v : +v * 1000;
		const d = new Date(ms);
		if (Number.isNaN(d.getTime())) return undefined;
		return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
	}
	return findDate(v, options)?.iso;
}

/** Languages whose pages write numeric dates month first. */
const MONTH_FIRST_LANGUAGES = /^(?:en-us|en-ph|en-ca|fil)$/i;

/** Whether numeric dates are day first for a page language (BCP 47); unknown languages give undefined. */
export function dayFirstFor(language: string | undefined): boolean | undefined {
	if (!language) return undefined;
	if (MONTH_FIRST_LANGUAGES.test(language)) return false;
	if (/^en$/i.test(language)) return undefined;
	return true;
}
