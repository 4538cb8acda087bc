// Step 5 of metadata reading: the page's own URL and the site origin — share links that agree, and the title's own link.
import { SHARE_HOST_RE, WEIGHT } from '../metadataRules';
import { linkOf, type Candidate, type MetadataScan, type MNode } from './scan';
import { canonicalUrl, parseUrl, resolveUrl } from './urls';
import type { ShareLink } from './witnesses';

export function siteOrigin(s: MetadataScan, shares: readonly ShareLink[], titleNode: MNode | undefined): string | undefined {
	for (const s of shares) {
		const p = s.url ? parseUrl(s.url) : undefined;
		if (p?.host && /^https?$/.test(p.scheme)) return `${p.scheme}://${p.host}`;
	}
	const titleHref = titleNode ? s.firstLinkIn(titleNode)?.href : undefined;
	const tp = titleHref ? parseUrl(titleHref) : undefined;
	if (tp?.host && /^https?$/.test(tp.scheme)) return `${tp.scheme}://${tp.host}`;
	return linksOrigin(s);
}

/**
 * `linksOrigin` by the scan's link list (shared by the scans of one extraction, `MetadataScan`): the host-name heading
 * rule asks it too, and parsing every link's URL twice an extraction was about 1% of its CPU (issue 13).
 */
const linkOrigins = new WeakMap<readonly MNode[], string | null>();

/** The origin most links point to, among links that are not share buttons: more than two of them. */
function linksOrigin(s: MetadataScan): string | undefined {
	const known = linkOrigins.get(s.links);
	if (known !== undefined) return known ?? undefined;
	const counts = new Map<string, number>();
	for (const node of s.links) {
		const o = webOrigin(linkOf(node).href.trim());
		if (o !== undefined) counts.set(o, (counts.get(o) ?? 0) + 1);
	}
	let top: string | undefined;
	let topCount = 2;
	for (const [o, c] of counts) if (c > topCount) [top, topCount] = [o, c];
	linkOrigins.set(s.links, top ?? null);
	return top;
}

/** An http(s) URL's scheme and what follows its `//` up to the path, query or fragment. */
const WEB_ORIGIN_RE = /^(https?):\/\/([^/?#]*)/i;

/**
 * The scheme and host of an http(s) URL with a host, as `parseUrl` reads them (`${scheme}://${host}`, both lower-cased,
 * user and port cut), undefined for other links and share buttons' hosts. Only the part `linksOrigin` needs is read:
 * `parseUrl`'s scheme is the letters before the first colon, so it is `http` or `https` exactly when the link starts
 * with `http:` or `https:`, and its host is what follows `//` there. Why: `parseUrl` of every link (path and query
 * captured, an object made) was 0.5% of the extraction's CPU over every 5th tuning dump (issue 13, session 44).
 */
export function webOrigin(href: string): string | undefined {
	const m = WEB_ORIGIN_RE.exec(href);
	if (!m) return undefined;
	const host = m[2].replace(/^[^@]*@/, '').replace(/:\d+$/, '').toLowerCase();
	return host === '' || SHARE_HOST_RE.test(host) ? undefined : `${m[1].toLowerCase()}://${host}`;
}

export function urlCandidates(s: MetadataScan, shares: readonly ShareLink[], titleNode: MNode | undefined, origin: string | undefined): Candidate<string>[] {
	const out: Candidate<string>[] = [];
	const votes = new Map<string, number>();
	for (const s of shares) if (s.url) votes.set(canonicalUrl(s.url), (votes.get(canonicalUrl(s.url)) ?? 0) + 1);
	for (const s of shares) {
		if (!s.url) continue;
		const u = canonicalUrl(s.url);
		out.push({ value: u, source: s.range, rule: 'share-link', score: 40 + 10 * Math.min(3, (votes.get(u) ?? 1) - 1) });
	}
	const link = titleNode ? s.firstLinkIn(titleNode) : undefined;
	if (link) {
		const abs = resolveUrl(link.href.trim(), origin);
		if (abs) {
			const u = canonicalUrl(abs);
			out.push({ value: u, source: link.hrefRange, rule: 'title-link', score: 45 + (votes.has(u) ? WEIGHT.witness : 0) });
			// The title's own link confirms the share links that carry the same URL.
			for (const c of out) if (c.rule === 'share-link' && c.value === u) c.score += WEIGHT.witness;
		}
	}
	return out;
}

