// Step 5 of metadata reading: the site's name — share-title suffixes, publisher markup, logo links and copyright lines, voted together.
import { attrValue, blockText, collapse, inlineText } from '../inlineText';
import { MAX_NAME_CHARS, PUBLISHER_RE, TITLE_SITE_SEPARATORS } from '../metadataRules';
import { linkOf, type Candidate, type MetadataScan } from './scan';
import { bareHost, isHomeLink, parseUrl } from './urls';
import type { ShareLink } from './witnesses';

/** Words around a site's logo link. */
const LOGO_RE = /logo|brand|masthead|home|site-?name|site-?title|wordmark/i;
/** "© 2014 BuzzFeed, Inc." / "Copyright 2003-2021 Example Ltd. All rights reserved": the name between the years and the legal suffix. */
const COPYRIGHT_RE = /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:by\s+)?([\p{L}\p{N}][^|,;©]*?)(?:,?\s+(?:inc|llc|ltd|gmbh|plc|limited|corp|corporation|s\.a|ag|co)\.?)?\s*(?:[.|,;]|\s-\s|all rights|tous droits|alle rechte|$)/iu;
/** What COPYRIGHT_RE needs to match at all: a cheap test that skips the costly one for most paragraphs. */
const COPYRIGHT_MARK_RE = /©|\(c\)|copyright/iu;
/** What a logo's title, text or alt says besides the site's name. */
const LOGO_NOISE_RE = /\b(?:logo|homepage|home page|home|go to|back to|return to|click to visit|visit|the homepage|link)\b|[.,]\s*$/gi;

function cleanLogoAlt(alt: string): string {
	return collapse(alt.replace(LOGO_NOISE_RE, ' ').replace(/^[\s\-–|:.]+|[\s\-–|:.]+$/g, '').replace(/\s+(?:the|of|to)$/i, ''));
}

/** Whether text can be a site's name: short, not the title, not a generic label. */
function isSiteNameLike(v: string, title: string | undefined): boolean {
	if (v.length < 2 || v.length > 50 || v.split(/\s+/).length > 6) return false;
	if (title && v.toLowerCase() === title.toLowerCase()) return false;
	if (/^(?:home|menu|skip|search|sign|log|subscribe|close|open|main|top|back|news|all|\d+)\b/i.test(v)) return false;
	return /\p{L}/u.test(v);
}

export function siteNameCandidates(s: MetadataScan, shares: readonly ShareLink[], title: string | undefined, origin: string | undefined, authors: readonly string[] | undefined): Candidate<string>[] {
	const out: Candidate<string>[] = [];
	// Share subjects repeat the page's <title>: "Article - Site".
	if (title) {
		const t = title.toLowerCase();
		for (const s of shares) {
			for (const st of s.titles) {
				const at = st.toLowerCase().lastIndexOf(t);
				if (at < 0) continue;
				const rest = st.slice(at + title.length);
				const sep = TITLE_SITE_SEPARATORS.find((x) => rest.startsWith(x));
				if (!sep) continue;
				const name = collapse(rest.slice(sep.length));
				// Opinion pages end their <title> with the columnist's name, not the site's.
				if (authors?.some((x) => x.toLowerCase() === name.toLowerCase())) continue;
				if (name && name.length <= MAX_NAME_CHARS) out.push({ value: name, source: s.range, rule: 'share-title-suffix', score: 55 });
			}
		}
	}
	// Words and kinds from the scan's column (`nodeKinds.ts`): other nodes are skipped without being read.
	for (let ni = 0; ni < s.nodes.length; ni++) {
		if (!s.hasWordsAt(ni)) continue;
		const n = s.nodes[ni];
		const itemprop = s.itemprop(n);
		if (itemprop === 'publisher' || itemprop === 'sourceorganization') {
			// schema.org Organization: its name element, else its logo's alt text.
			const inner = s.descendants(n);
			const name = inner.find((d) => s.itemprop(d) === 'name' && s.textOf(d) !== '');
			const alt = inner.find((d) => d.inline?.kind === 'image' && s.textOf(d) !== '');
			const nameAttr = inner.map((d) => (s.itemprop(d) === 'name' ? attrValue(d.attrs, 'content') : undefined)).find((v) => v);
			const v = name ? s.textOf(name) : (nameAttr ?? (alt ? cleanLogoAlt(s.textOf(alt)) : ''));
			if (v && v.length <= MAX_NAME_CHARS) out.push({ value: v, source: (name ?? alt ?? n).range, rule: 'itemprop:publisher', score: 45 });
		} else if (s.wordTest(n, PUBLISHER_RE) && !n.hidden) {
			const v = s.textOf(n);
			if (v && v.length <= MAX_NAME_CHARS && !/\n/.test(v)) out.push({ value: v, source: n.range, rule: 'class:site-name', score: 25 });
		}
	}
	// Links to the home page: the logo's title, text or alt text names the site.
	const a = s.anchor();
	for (const node of s.links) {
		const link = linkOf(node);
		if (!isHomeLink(link.href.trim(), origin)) continue;
		const inner = s.descendants(node);
		const img = inner.find((d) => d.inline?.kind === 'image');
		const logoish = LOGO_RE.test(`${node.words} ${img?.words ?? ''} ${link.title ?? ''} ${img ? s.textOf(img) : ''}`);
		const before = a !== undefined && node.range.start < a;
		// Home links in the page header are the logo; after the title they are references to other sites' pages.
		if (!logoish && !before) continue;
		const score = 18 + (logoish ? 12 : 0) + (before ? 5 : 0) + (s.isForeign(node) ? -10 : 0);
		for (const [raw, how] of [[link.title, 'title'], [s.textOf(node), 'text'], [img ? s.textOf(img) : undefined, 'alt']] as const) {
			const v = raw ? cleanLogoAlt(raw) : '';
			if (isSiteNameLike(v, title)) out.push({ value: v, source: node.range, rule: `home-link:${how}`, score });
		}
	}
	// "© 2014 BuzzFeed, Inc. All rights reserved."
	for (let ni = 0; ni < s.nodes.length; ni++) {
		const kind = s.kindAt(ni);
		if (kind !== 'paragraph' && kind !== 'span') continue;
		const n = s.nodes[ni];
		// Smart punctuation and collapsing never make or break a mark, so the plain text tells which nodes need their text.
		// A paragraph's plain text is `blockText`'s, the block index's during an extraction (`inlineText` of every
		// paragraph again was 1% of the extraction's CPU over every fourth wcxb-dev dump).
		if (!s.hasText(n) && !COPYRIGHT_MARK_RE.test(n.block?.kind === 'paragraph' ? blockText(n.block) : n.inline?.kind === 'span' ? inlineText(n.inline.children) : '')) continue;
		const t = s.textOf(n);
		if (t.length > 300 || !COPYRIGHT_MARK_RE.test(t)) continue;
		const m = COPYRIGHT_RE.exec(t);
		const v = m ? collapse(m[1]) : '';
		if (isSiteNameLike(v, title)) out.push({ value: v, source: n.range, rule: 'copyright', score: 15 });
	}
	// Site names echo the domain (BuzzFeed, buzzfeed.com); a copyright holder that does not is usually the owning company.
	const host = origin ? bareHost(parseUrl(origin)?.host ?? '') : '';
	const squash = (v: string): string => v.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
	const domain = host.split('.').slice(0, -1).join('');
	for (const c of out) {
		const v = squash(c.value);
		const echoes = domain !== '' && v.length >= 3 && (domain.includes(v) || v.includes(domain));
		if (echoes) c.score += 10;
		else if (c.rule === 'copyright') c.score -= 8;
	}
	// Sources that agree make each other likelier.
	const votes = new Map<string, Set<string>>();
	for (const c of out) {
		const k = c.value.toLowerCase();
		const rules = votes.get(k) ?? new Set<string>();
		rules.add(c.rule.split(':')[0]);
		votes.set(k, rules);
	}
	for (const c of out) c.score += 12 * ((votes.get(c.value.toLowerCase())?.size ?? 1) - 1);
	return out;
}

