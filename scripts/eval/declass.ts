// EVAL_DECLASS: the WCXB pages with their class and id words made opaque, the tuning part's stand-in for sites whose words no rule knows.
/*
 * Why: rules and profiles read class and id words, and the words they know are the tuning sites' words. A page of a
 * site the project has never seen shares its structure with the pages we tuned on, not its vocabulary. Renaming every
 * class and id token to an opaque one (the same name gives the same token within a page, so repeats still line up)
 * keeps the structure and takes the vocabulary away. Measured at 6b002ea (session 38, extraction as at 774efc1): the
 * tuning part falls from 0.903 to 0.857 (product 0.752 -> 0.569, collection 0.835 -> 0.715, listing 0.812 -> 0.748,
 * forum 0.879 -> 0.807; authors right 421 -> 337 of 529), close to what the held-out part scores as it is (0.841;
 * product 0.545, collection 0.527, listing 0.772, forum 0.765; authors 0.706). So the declassed tuning part is the
 * closer proxy for unseen sites, and a change that raises it, without lowering the tuning part as it is, is one that
 * can carry over. (The first version, before 82c1c83 and 6b002ea, left wrapped attribute blocks and a fenced div's
 * bare class word as they were and broke grid tables; it read 0.869.)
 *
 * Modes: `all` renames every token; `rare:N` keeps a token that N or more tuning sites other than the page's own use
 * (the web's common words: nav, footer, comment ...) and renames the rest, a milder stand-in; `unique` renames every
 * occurrence to a token of its own, so that no two containers share a class or id: the harsh stand-in for boards
 * whose post boxes carry per-post utility or hashed classes (session 55, forum55: at 030ec50 forum F1 0.883 -> 0.786
 * with profiles off, 22 of 85 threads still found; `all` leaves repeats lined up and the forums at 0.884). Standard
 * attributes (key=value: itemprop, role, aria-*, data-*) are kept: they are not one site's words.
 *
 * Session 56 closed three leaks (a bare class inside a blockquote or holding a colon; an attribute block with braces in
 * a quoted value). Tuning part at merge56: profiles off + `unique` 0.88466 -> 0.88245 (forum 0.856 -> 0.845, product
 * 0.742 -> 0.728, collection 0.792 -> 0.784, service 0.839 -> 0.841); `all` 0.89410 -> 0.89181 (forum 0.884 -> 0.864,
 * product 0.744 -> 0.728, service 0.842 -> 0.844, collection 0.822 -> 0.823). Nearly all of it is the brace leak.
 */

import { AD_TOKEN_RE, MAYBE_CANDIDATE_RE, NEGATIVE_RE, POSITIVE_RE, STRONG_UNLIKELY_RE, UNLIKELY_RE } from '../../src/core/extract/scoring';

/**
 * A `{...}` attribute block as pandoc writes it after `:::`, `]`, a heading, a link or a code fence; pandoc wraps long ones
 * over lines. A quoted value may hold braces and line ends (`settings="{\"gap\":{\"unit\":\"px\"}}"`, as page builders
 * write them): before session 56 the block stopped at the value's first brace and its class words were kept (261 tuning
 * pages had such a value, one page 469), so the proxy leaked a page builder's widget words. Inside the block a quoted
 * value is read whole (`\"` escapes a quote), capped at 20,000 characters so an unclosed quote cannot run far.
 */
const ATTRIBUTE_BLOCK = /\{((?:[^{}"]|"(?:[^"\\]|\\[^]){0,20000}")+)\}/g;
/** One quoted value (kept as it is: a value is data, not a class), or one id or class token, inside an attribute block. */
const QUOTED_OR_ID_OR_CLASS = /"(?:[^"\\]|\\[^])*"|(^|\s)([#.])([^\s"=}]+)/g;
/** An attribute block starts with an id, a class or a key=value pair (this tells it from braces in prose). */
const LOOKS_LIKE_ATTRIBUTES = /^\s*(?:[#.][\w:-]|[\w-]+=)/;
/**
 * A fenced div opened with one bare class word (`::: note`), as pandoc writes a div whose only attribute is one class;
 * indented too, as pandoc writes it inside a list item (`    ::: accordion-body`), and inside a blockquote (`> ::: quote-body`,
 * `> > ::: x`): before session 56 the blockquote's `> ` kept the word (418 fences on 31 tuning pages, mostly a board's
 * quote boxes, so under `unique` the quotes still shared a token and were read as the posts); and a word holding colons,
 * as utility classes write a breakpoint (`::: lg:hidden`, `::: flex:11`), kept before session 56 too. The fence may also
 * follow a list item's marker on the item's first line (`-   ::: author-pane`, `1.  ::: x`, `:   ::: x` in a definition
 * list, `> -   ::: x`): before session 58 those words were kept (4,182 fences on 243 tuning pages; a board's member
 * cards and post lists drawn as list items kept their shared words under `all` and `unique`). `LIST_MARKER` is a marker
 * followed by a space, which is left to the `[ \t>]` run so no space can be read two ways (no backtracking blow-up).
 */
const LIST_MARKER = String.raw`(?:[-*+:]|\d{1,9}[.)]|\(\d{1,9}\)|#\.|[A-Za-z][.)]|[ivxlcdmIVXLCDM]{2,8}[.)])(?=[ \t])`;
const BARE_DIV_CLASS = new RegExp(String.raw`^((?:[ \t>]|${LIST_MARKER})*:{3,}[ \t]+)([^\s{}:]+(?::+[^\s{}:]+)*)([ \t]*:*[ \t]*)$`, 'gm');
/**
 * A raw HTML class or id attribute: on one line, and not the tail of another attribute's name (`resource-id="…"`,
 * `data-class='…'` are key=value data, kept). Before session 40 the pattern matched those tails and ran over line
 * ends, so inside a grid table it joined cells of several rows and the table fell apart (a book list: 0.979 as is,
 * 0.469 declassed; 17,572 lines became 17,523).
 */
const HTML_CLASS_OR_ID = /(?<![\w-])(class|id)=("([^"\n]*)"|'([^'\n]*)')/g;
/** Classes pandoc itself writes on every dump whatever the site (code blocks, footnotes, small caps): not a site's words. */
const PANDOC_OWN = new Set(['.sourcecode', '.footnotes', '.footnote-ref', '.footnote-back', '.smallcaps', '.underline', '.mark', '.task-list', '.unnumbered', '.unlisted']);
/**
 * Ids a framework writes on every site it renders, whatever the site: React's streaming server rendering puts each late
 * part of the page in `<div hidden id="S:3">` (src/core/extract/inlineText.ts reads them as shown). Renamed, the part
 * read as hidden: one service page fell from 0.959 to 0.032 under the proxy (7 wcxb-dev dumps have such ids), a loss no
 * unseen React site would show.
 */
const FRAMEWORK_ID_RE = /^#S:[0-9a-f]+$/;

/** Which tokens to keep: everything renamed (`all`), or tokens used by N or more other tuning sites (`rare:N`). */
export type DeclassMode = { readonly kind: 'all' } | { readonly kind: 'unique' } | { readonly kind: 'rare'; readonly sites: number };

/** Reads `EVAL_DECLASS` (`all`, `unique`, `rare`, `rare:N`); undefined when unset. */
export function parseDeclassMode(spec: string | undefined): DeclassMode | undefined {
	if (!spec) return undefined;
	if (spec === 'all' || spec === '1') return { kind: 'all' };
	if (spec === 'unique') return { kind: 'unique' };
	const m = /^rare(?::(\d+))?$/.exec(spec);
	if (!m) throw new Error(`EVAL_DECLASS takes all, unique, rare or rare:N, not ${spec}`);
	// Ten sites of the tuning part's 934: about 1,500 of its 144,000 class and id words, the web's common ones.
	return { kind: 'rare', sites: m[1] ? Number(m[1]) : 10 };
}

/**
 * The words the prune and the scorer find inside any class or id token (Readability's lists: `rss`, `and`, `page`,
 * `menu` ... as substrings, scoring.ts). An opaque token drawn at random contains one now and then: before session 43,
 * 219 tuning pages had a token holding `rss` (`cqaelhrss`) and about 200 tokens held `and`, so a container was pruned
 * as "unlikely" or rescued as a "maybe" by chance (one service page fell from 0.996 to 0.214 for that alone), noise no
 * unseen site's words would add in that way. A token that one of them matches is drawn again.
 */
const VOCABULARY: readonly RegExp[] = [POSITIVE_RE, NEGATIVE_RE, UNLIKELY_RE, STRONG_UNLIKELY_RE, MAYBE_CANDIDATE_RE, AD_TOKEN_RE];
/** Draws per name at most: every draw after the first is a fresh hash, and a vocabulary word is rare in one. */
const MAX_DRAWS = 64;

/**
 * The opaque token for a name: as long as the name, so a grid table's fixed-width columns still line up (a longer token
 * breaks the table and its page reads as fragments), a letter first (`i` for an id, `c` for a class), then letters
 * drawn from the name's hash; drawn again while the scorer's vocabulary finds a word in it (`VOCABULARY`).
 */
export const opaque = (prefix: '#' | '.', name: string): string => opaqueToken(prefix, name);

/** `opaque` with a salt that enters the hash only (the occurrence's number in `unique` mode). */
export function opaqueToken(prefix: '#' | '.', name: string, salt = ''): string {
	let token = '';
	for (let draw = 0; draw < MAX_DRAWS; draw++) {
		token = drawToken(prefix, name, draw, salt);
		if (!VOCABULARY.some((re) => re.test(token))) break;
	}
	return token;
}

/**
 * One draw of a name's token: the first (`draw` 0) is the token every session before 43 used. A `salt` (the
 * occurrence's number, `unique` mode) enters the hash only, so the token stays as long as the name.
 */
function drawToken(prefix: '#' | '.', name: string, draw: number, salt = ''): string {
	let h = 2166136261;
	const hashed = salt === '' ? name : `${name}\u0000${salt}`;
	for (let i = 0; i < hashed.length; i++) {
		h ^= hashed.charCodeAt(i);
		h = Math.imul(h, 16777619) >>> 0;
	}
	for (let i = 0; i < draw; i++) h = Math.imul(h ^ (h >>> 15) ^ 0x9e37, 2246822519) >>> 0;
	let out = prefix === '#' ? 'i' : 'c';
	for (let i = 1; i < name.length; i++) {
		out += String.fromCharCode(97 + (h % 26));
		h = Math.imul(h ^ (h >>> 13), 2654435761) >>> 0;
	}
	return out;
}

/** Every class and id token of a dump, lower-cased with its `.` or `#`. */
export function classTokens(dump: string): Set<string> {
	const out = new Set<string>();
	for (const m of dump.matchAll(ATTRIBUTE_BLOCK)) {
		if (!LOOKS_LIKE_ATTRIBUTES.test(m[1])) continue;
		for (const t of m[1].matchAll(QUOTED_OR_ID_OR_CLASS)) if (t[2]) out.add(t[2] + t[3].toLowerCase());
	}
	for (const m of dump.matchAll(BARE_DIV_CLASS)) out.add(`.${m[2].toLowerCase()}`);
	for (const m of dump.matchAll(HTML_CLASS_OR_ID)) {
		const prefix = m[1] === 'id' ? '#' : '.';
		for (const n of (m[3] ?? m[4]).split(/\s+/)) if (n) out.add(prefix + n.toLowerCase());
	}
	return out;
}

/**
 * The dump with each class and id token for which `keep` is false replaced by an opaque token of its own; with
 * `unique`, each occurrence gets a token of its own (no two containers share one).
 */
export function declassDump(dump: string, keep: (token: string) => boolean = () => false, unique = false): string {
	const kept = (prefix: '#' | '.', name: string): boolean => PANDOC_OWN.has(prefix + name.toLowerCase()) || FRAMEWORK_ID_RE.test(prefix + name) || keep(prefix + name.toLowerCase());
	let occurrence = 0;
	const rename = (prefix: '#' | '.', name: string): string => opaqueToken(prefix, name, unique ? String(occurrence++) : '');
	const renamed = dump.replace(ATTRIBUTE_BLOCK, (whole, inner: string) => {
		if (!LOOKS_LIKE_ATTRIBUTES.test(inner)) return whole;
		return `{${inner.replace(QUOTED_OR_ID_OR_CLASS, (t, space: string | undefined, prefix: '#' | '.' | undefined, name: string) => (prefix === undefined || kept(prefix, name) ? t : space + prefix + rename(prefix, name)))}}`;
	});
	const bare = renamed.replace(BARE_DIV_CLASS, (whole, fence: string, name: string, rest: string) => (kept('.', name) ? whole : fence + rename('.', name) + rest));
	return bare.replace(HTML_CLASS_OR_ID, (_whole, attr: string, _quoted, dq?: string, sq?: string) => {
		const prefix = attr === 'id' ? '#' : '.';
		const quote = dq === undefined ? "'" : '"';
		// Each word renamed in place, the spaces between them as they were: the line keeps its length.
		const names = (dq ?? sq ?? '').replace(/\S+/g, (n) => (kept(prefix, n) ? n : rename(prefix, n)));
		return `${attr}=${quote}${names}${quote}`;
	});
}

/**
 * For `rare:N`: which tuning sites use each token. A page keeps a token when N sites other than its own use it, so a
 * site's own words never count for it.
 */
export class TokenSites {
	private readonly sites = new Map<string, Set<string>>();

	add(site: string, dump: string): void {
		for (const t of classTokens(dump)) {
			let s = this.sites.get(t);
			if (!s) this.sites.set(t, (s = new Set()));
			s.add(site);
		}
	}

	/** The keep test for a page of `site`: the token is used by `n` or more other tuning sites. */
	keeper(site: string, n: number): (token: string) => boolean {
		return (token) => {
			const s = this.sites.get(token);
			if (!s) return false;
			return s.size - (s.has(site) ? 1 : 0) >= n;
		};
	}
}
