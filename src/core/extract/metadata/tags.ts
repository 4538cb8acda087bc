// Step 5 of metadata reading: tags — tag-list vocabulary and profiles, rel="tag" links, encoded labels.
import { attrValue } from '../inlineText';
import { MAX_NAME_CHARS, MAX_TAGS, TAGS_RE, WEIGHT } from '../metadataRules';
import { linkOf, MIN_SCORE, uniq, type Candidate, type MetadataScan, type Witness } from './scan';

export function tagCandidates(s: MetadataScan, labels: readonly Witness[]): Candidate<string[]>[] {
	const out: Candidate<string[]>[] = [];
	// Words and kinds from the scan's column (`nodeKinds.ts`): other nodes are skipped without being read.
	for (let ni = 0; ni < s.nodes.length; ni++) {
		if (!s.hasWordsAt(ni)) continue;
		const kind = s.kindAt(ni);
		if (kind === 'span' || kind === 'link' || kind === 'image') continue;
		const n = s.nodes[ni];
		const profile = s.profileMatch(n, 'tags') && n.words !== '' && s.profile?.tags?.test(n.words);
		if (!profile && !s.wordTest(n, TAGS_RE)) continue;
		const links = s.descendants(n).filter((d) => d.inline?.kind === 'link');
		const tags = uniq(links.map((d) => s.textOf(d)).filter((t) => t !== '' && t.length <= MAX_NAME_CHARS && !/:$/.test(t)));
		if (tags.length === 0 || tags.length > MAX_TAGS) continue;
		const score = (profile ? WEIGHT.profile : WEIGHT.classOwn) + s.positionScore(n) + (s.isForeign(n) ? 0 : 10);
		out.push({ value: tags, source: n.range, rule: profile ? `profile:${s.profile?.name}:tags` : 'class:tags', score });
	}
	// rel="tag" links (microformats) anywhere in the article.
	const relTags = s.links.filter((node) => /(?:^|\s)tag(?:\s|$)/i.test(attrValue(linkOf(node).attrs, 'rel') ?? ''));
	if (relTags.length > 0 && relTags.length <= MAX_TAGS) {
		const tags = uniq(relTags.map((node) => s.textOf(node)).filter((t) => t !== ''));
		const first = relTags[0].range;
		const last = relTags[relTags.length - 1].range;
		if (tags.length > 0) out.push({ value: tags, source: { start: first.start, end: last.end }, rule: 'rel:tag', score: 30 });
	}
	if (labels.length > 0) {
		out.push({ value: uniq(labels.map((l) => l.value)), source: { start: labels[0].source.start, end: labels[labels.length - 1].source.end }, rule: 'encoded-html:lingo-label', score: MIN_SCORE + 5 });
	}
	return out;
}

