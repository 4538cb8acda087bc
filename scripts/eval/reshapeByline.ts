// EVAL_RESHAPE_BYLINE: the true author's byline rewritten into another shape seen on the web, a proxy of bylines on unseen sites.
import { annotatedNames, datesIn, nameRe } from './dropByline';
import { authorMatches, dateMatches, siteHalf, siteOf, type WcxbMeta, type WcxbPage } from './wcxb';

/**
 * The shapes: `after-date` the name after the post's date on one line ("Jan 5, 2026 · Jane Roe"); `under-h1` the name
 * alone on a line under the headline, no "By"; `label` the name after a writer label in one of several languages under
 * the headline ("Verfasst von Jane Roe"); `far-box` an author box far below: a heading with the name and a bio line after
 * the article's text; `plain` each link whose text is the name made plain text; `link` each plain name made a link to an
 * author page. The first four remove every written form of the name first (as EVAL_DROP_BYLINE does) and leave the
 * page's own byline labels with no name, so that only the new shape credits the writer. `mixed` gives each site one of
 * the other shapes, chosen by a hash of its address (session 60): one number to track across sessions.
 */
export const RESHAPE_MODES = ['after-date', 'under-h1', 'label', 'far-box', 'plain', 'link', 'mixed', 'under-h1-box'] as const;
export type ReshapeMode = (typeof RESHAPE_MODES)[number];

export function parseReshapeMode(spec: string | undefined): ReshapeMode | undefined {
	if (!spec) return undefined;
	const m = RESHAPE_MODES.find((x) => x === spec.trim());
	if (!m) throw new Error(`EVAL_RESHAPE_BYLINE=${spec}: one of ${RESHAPE_MODES.join(', ')}`);
	return m;
}

/** Writer labels in several languages, one chosen per site (by its address), as a site would print it. */
const WRITER_LABELS = ['Written by', 'Author:', 'Auteur :', 'Écrit par', 'Verfasst von', 'Autor:', 'Escrito por', 'Scritto da', 'Autore:', 'Door', 'Skrevet av', 'Forfatter:', 'Tekst:', 'Автор:'];

/** What a removed name's characters become until the cleanup (newlines stay, so offsets and wraps do not move). */
const GONE = '\u0001';

/** A byline label before a removed name ("By", "Written by", "Author:"), with the markup between them. */
const ORPHAN_LABEL_RE = /\b(?:(?:written|posted|published|authored)\s+)?(?:by|author)[ \t]*:?(?=[\s*_[]{0,6}\u0001)/gi;

/** A link or span whose text was only a removed name: `[](/author/x){.a}`, `[]{.author-name}`. Bounded runs keep it linear. */
const EMPTY_LINK_RE = /\[[\s*_\u0001]{1,200}\](?:\([^()\s]{0,400}(?:\s+"[^"\n]{0,200}")?\))?(?:\{[^{}]{0,400}\})?/g;

/** The first ATX headline (`# Title {#id}`): the shapes placed under the headline go after it. */
const H1_RE = /^# [^\n]*\S[^\n]*$/m;

function blankNames(dump: string, re: RegExp): string {
	return dump
		.replace(re, (m) => m.replace(/[^\n]/g, GONE))
		.replace(ORPHAN_LABEL_RE, '')
		.replace(EMPTY_LINK_RE, (m) => (m.includes(GONE) ? m.replace(/[^\n]/g, '') : m))
		.split(GONE)
		.join('');
}

/** The name as the annotation writes it, first one of a list ("A, B" -> "A"). */
function shownName(author: string): string | undefined {
	const first = annotatedNames(author)[0];
	return first && first.length > 0 ? first.join(' ') : undefined;
}

/** The shapes `mixed` chooses from, one per site. */
const MIXED_MODES: readonly ReshapeMode[] = RESHAPE_MODES.filter((m) => m !== 'mixed' && m !== 'under-h1-box');

/** The shape a site gets: the mode itself, or under `mixed` one of the others by a hash of the site's address. */
export function siteReshapeMode(mode: ReshapeMode, url: string): ReshapeMode {
	return mode === 'mixed' ? MIXED_MODES[hash(`byline:${siteOf(url)}`) % MIXED_MODES.length] : mode;
}

function hash(s: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
	return h;
}

function escapeRe(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** How much of a `with` snippet is looked for (its start, spaces matching line wraps). */
const SNIPPET_CHARS = 40;

/** The end of the article's text: the end of the paragraph holding the last `with` snippet found in the dump. */
function bodyEnd(dump: string, snippets: readonly string[] | null): number | undefined {
	let end: number | undefined;
	for (const s of snippets ?? []) {
		const words = s.slice(0, SNIPPET_CHARS).trim().split(/\s+/).filter(Boolean);
		if (words.length < 3) continue;
		const m = new RegExp(words.map(escapeRe).join('\\s+'), 'i').exec(dump);
		if (!m) continue;
		const para = dump.indexOf('\n\n', m.index);
		const e = para < 0 ? dump.length : para;
		if (end === undefined || e > end) end = e;
	}
	return end;
}

/** How far back an attribute block's opening brace is looked for. */
const ATTR_LOOKBACK_CHARS = 4000;

/** Whether an offset sits inside a `{...}` attribute block or a link target (a date there is no visible text). */
function inAttributes(flat: string, at: number): boolean {
	const before = flat.slice(Math.max(0, at - ATTR_LOOKBACK_CHARS), at);
	if (/[/\p{L}\p{N}]$/u.test(before) || flat.charAt(at) === '/') return true;
	return before.lastIndexOf('{') > before.lastIndexOf('}') || before.lastIndexOf('](') > before.lastIndexOf(')');
}

function insertAt(dump: string, at: number, text: string): string {
	return dump.slice(0, at) + text + dump.slice(at);
}

function linkSlug(name: string): string {
	return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
}

/**
 * The dump with its byline reshaped, or undefined when the page gives no place for the shape (no annotated author, the
 * name is not written, no headline, no written form of the true date, no `with` snippet found, no link to unwrap).
 */
export function reshapeBylineDump(dump: string, meta: Pick<WcxbMeta, 'author' | 'publish_date' | 'url' | 'with'>, shape: ReshapeMode): string | undefined {
	if (!meta.author) return undefined;
	const mode = siteReshapeMode(shape, meta.url);
	const re = nameRe(annotatedNames(meta.author));
	const name = shownName(meta.author);
	if (!re || !name) return undefined;
	re.lastIndex = 0;
	if (!re.test(dump)) return undefined;
	re.lastIndex = 0;
	if (mode === 'plain' || mode === 'link') {
		let changed = false;
		const linkRe = /\[([^[\]\n]{1,80}|[^[\]]{1,80}\n[^[\]\n]{1,80})\]\(([^()\s]{0,400})(?:\s+"[^"\n]{0,200}")?\)(?:\{[^{}]{0,400}\})?/g;
		if (mode === 'plain') {
			const out = dump.replace(linkRe, (whole, text: string, _target: string, offset: number) => {
				re.lastIndex = 0;
				// A picture (`![alt](src)`) is no link: its alt text stays.
				if (dump.charAt(offset - 1) === '!' || !re.test(text) || text.replace(re, '').replace(/[\s,.]/g, '').length > 3) return whole;
				changed = true;
				return text;
			});
			return changed ? out : undefined;
		}
		// `link`: every name outside a link's text made one (a `](` right after the name's bracket run marks a link).
		const out = dump.replace(re, (m: string, offset: number) => {
			const before = dump.slice(Math.max(0, offset - 2), offset);
			const after = dump.slice(offset + m.length, offset + m.length + 3);
			if (before.endsWith('[') || /^[\]]/.test(after) || /[/"=-]$/.test(before)) return m;
			changed = true;
			return `[${m}](/author/${linkSlug(name)}/)`;
		});
		return changed ? out : undefined;
	}
	const blanked = blankNames(dump, re);
	if (mode === 'after-date') {
		if (!meta.publish_date) return undefined;
		const flat = blanked.replace(/\n/g, ' ');
		const first = datesIn(flat)
			.filter((f) => dateMatches(meta.publish_date ?? '', f.iso) && !inAttributes(flat, f.start) && flat.charAt(f.end) !== '/')
			.sort((a, b) => a.start - b.start)[0];
		return first ? insertAt(blanked, first.end, ` · ${name}`) : undefined;
	}
	if (mode === 'under-h1-box') {
		// `under-h1-box` (session 61, meta61b): the name under the headline and again as an author box's heading after
		// the text, whose bio does not open with the name (a second witness for a name without a listed given name).
		const h = H1_RE.exec(blanked);
		const end = bodyEnd(blanked, meta.with);
		if (!h || end === undefined || end <= h.index + h[0].length) return undefined;
		const boxed = insertAt(blanked, end, `\n\n### ${name}\n\nWrites about these subjects for the site and has done so for some years.\n`);
		return insertAt(boxed, h.index + h[0].length, `\n\n${name}\n`);
	}
	if (mode === 'under-h1' || mode === 'label') {
		const h = H1_RE.exec(blanked);
		if (!h) return undefined;
		const label = WRITER_LABELS[hash(siteOf(meta.url)) % WRITER_LABELS.length];
		return insertAt(blanked, h.index + h[0].length, mode === 'label' ? `\n\n${label} ${name}\n` : `\n\n${name}\n`);
	}
	const end = bodyEnd(blanked, meta.with);
	if (end === undefined) return undefined;
	return insertAt(blanked, end, `\n\n### ${name}\n\n${name} writes about these subjects for the site and has done so for some years.\n`);
}

/** The pages the transform reshaped, by site and annotated author (the page record keeps both). */
const reshaped = new Map<string, ReshapeMode>();

/** The transform of `EVAL_RESHAPE_BYLINE`: the reshaped dump, or the dump as it is when the page gives no place for the shape. */
export function reshapeTransform(mode: ReshapeMode): (dump: string, meta: WcxbMeta) => string {
	return (dump, meta) => {
		const out = reshapeBylineDump(dump, meta, mode);
		if (out === undefined) return dump;
		reshaped.set(`${siteOf(meta.url)}\t${meta.author ?? ''}`, siteReshapeMode(mode, meta.url));
		return out;
	};
}

/** The proxy's table: of the reshaped pages, how many get the author right, nothing, or another value, per half and kind. */
export function formatReshapeByline(mode: ReshapeMode, pages: readonly WcxbPage[]): string {
	const mine = pages.filter((p) => reshaped.has(`${p.site}\t${p.author.expected ?? ''}`));
	const row = (ps: readonly WcxbPage[]): string => {
		const right = ps.filter((p) => p.author.actual && authorMatches(p.author.expected ?? '', p.author.actual)).length;
		const none = ps.filter((p) => !p.author.actual || !p.author.actual.trim()).length;
		return `right ${right}/${ps.length} none ${none} wrong ${ps.length - right - none}`;
	};
	const lines = [`EVAL_RESHAPE_BYLINE=${mode}: pages whose byline was reshaped (${mine.length})`];
	lines.push(`  all ${row(mine)}; A ${row(mine.filter((p) => siteHalf(p.site) === 'A'))}; B ${row(mine.filter((p) => siteHalf(p.site) === 'B'))}`);
	const kinds = [...new Set(mine.map((p) => p.kind))];
	lines.push(`  per kind: ${kinds.map((k) => `${k} ${row(mine.filter((p) => p.kind === k))}`).join('; ')}`);
	if (mode === 'mixed') {
		for (const m of MIXED_MODES) {
			const ps = mine.filter((p) => reshaped.get(`${p.site}\t${p.author.expected ?? ''}`) === m);
			if (ps.length) lines.push(`  ${m.padEnd(10)} ${row(ps)}`);
		}
	}
	return lines.join('\n');
}
