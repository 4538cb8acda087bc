// Step 5 of metadata reading: the description — the encoded teaser or meta description, description vocabulary near the title, else the first paragraph.
import { findDates } from '../dates';
import { collapse } from '../inlineText';
import { DESCRIPTION_RE, MAX_DESCRIPTION_CHARS, MIN_DESCRIPTION_CHARS, NEAR_TITLE_CHARS, WEIGHT } from '../metadataRules';
import { MIN_SCORE, type Candidate, type MetadataScan, type Witness } from './scan';

export function descriptionCandidates(s: MetadataScan, encoded: Witness | undefined, title: string | undefined): Candidate<string>[] {
	const out: Candidate<string>[] = [];
	if (encoded && encoded.value.length >= MIN_DESCRIPTION_CHARS) out.push({ value: collapse(encoded.value), source: encoded.source, rule: encoded.rule, score: 80 });
	const a = s.anchor();
	// Words and kinds from the scan's column (`nodeKinds.ts`): other nodes are skipped without being read.
	for (let i = 0; i < s.nodes.length; i++) {
		if (!s.hasWordsAt(i) || s.kindAt(i) === 'image' || s.kindAt(i) === 'link') continue;
		const n = s.nodes[i];
		const itemprop = s.itemprop(n);
		const isItemprop = itemprop === 'description' || itemprop === 'abstract';
		if (!isItemprop && !s.wordTest(n, DESCRIPTION_RE) && !s.profileMatch(n, 'description')) continue;
		const t = s.textOf(n);
		if (t.length < MIN_DESCRIPTION_CHARS || t.length > MAX_DESCRIPTION_CHARS || (title && t === title)) continue;
		// Only near the title: "summary" and "teaser" classes elsewhere are other stories' blurbs.
		if (!isItemprop && (a === undefined || s.gap(a, n.start) < -NEAR_TITLE_CHARS / 2 || s.gap(a, n.start) > NEAR_TITLE_CHARS)) continue;
		const score = (isItemprop ? WEIGHT.itemprop : WEIGHT.classOwn) + s.positionScore(n);
		out.push({ value: t, source: n.range, rule: isItemprop ? 'itemprop:description' : 'class:description', score });
	}
	// As Readability does without a meta description: the article's first paragraph.
	const r = s.context.region;
	const from = a ?? r?.start;
	if (from !== undefined) {
		for (let i = 0; i < s.nodes.length; i++) {
			// `start` and `end`, not `range`: a block's range object is made at each read, and this loop reads every
			// paragraph of the page until a long one (issue 13).
			if (s.kindAt(i) !== 'paragraph') continue;
			const n = s.nodes[i];
			if (n.start < from || n.hidden) continue;
			if (r && (n.start < r.start || n.end > r.end)) continue;
			if (s.isForeign(n)) continue;
			const t = s.textOf(n);
			if (t.length < MIN_DESCRIPTION_CHARS * 2 || findDates(t).length > 0 && t.length < 100) continue;
			out.push({ value: t, source: n.range, rule: 'first-paragraph', score: MIN_SCORE });
			break;
		}
	}
	return out;
}

