// Step 5 of metadata reading: the lead image — the first real web image in the article, never an icon, avatar or beacon.
import { trackingReason } from '../../vocab/tracking';
import { attrValue } from '../inlineText';
import { NEAR_TITLE_CHARS } from '../metadataRules';
import type { Candidate, MetadataScan } from './scan';
import { resolveUrl } from './urls';

export function imageCandidates(s: MetadataScan, origin: string | undefined): Candidate<string>[] {
	const r = s.context.region;
	const a = s.anchor();
	for (const n of s.nodes) {
		if (n.inline?.kind !== 'image' || n.hidden) continue;
		const inArticle = r ? n.range.start >= r.start && n.range.end <= r.end : a !== undefined && n.range.start >= a && s.gap(a, n.range.start) < NEAR_TITLE_CHARS;
		if (!inArticle) continue;
		const src = n.inline.src.trim();
		if (/^data:/i.test(src) || /avatar|icon|logo|sprite|pixel|badge|emoji|spacer|blank\.gif|1x1/i.test(`${src} ${n.words}`)) continue;
		// A beacon is never a lead image (the same test the tracking-pixel rule uses).
		if (trackingReason(src, n.attrs)) continue;
		const width = Number(attrValue(n.attrs, 'width') ?? NaN);
		if (!Number.isNaN(width) && width < 100) continue;
		const abs = resolveUrl(src, origin) ?? src;
		// Only a web image can be a lead image: a `javascript:` or other scheme is hostile or useless.
		if (!/^https?:\/\//i.test(abs)) continue;
		return [{ value: abs, source: n.inline.srcRange, rule: 'first-image-in-article', score: 50 }];
	}
	return [];
}

