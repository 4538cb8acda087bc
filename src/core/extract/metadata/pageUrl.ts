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
		const link = linkOf(node);
		const p = parseUrl(link.href.trim());
		if (!p?.host || !/^https?$/.test(p.scheme) || SHARE_HOST_RE.test(p.host)) continue;
		const o = `${p.scheme}://${p.host}`;
		counts.set(o, (counts.get(o) ?? 0) + 1);
	}
	let top: string | undefined;
	let topCount = 2;
	for (const [o, c] of counts) if (c > topCount) [top, topCount] = [o, c];
	linkOrigins.set(s.links, top ?? null);
	return top;
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

