// With no heading to take, a container named as the title (`topic-title`, `question_title`) that holds one short line gives the title.
import { CHROME_RE, MAX_TITLE_CHARS, SITE_TITLE_RE, TITLE_RE, UI_LABEL_RE } from '../metadataRules';
import { isDialogHeading } from './dialogHeadings';
import type { Candidate, MetadataScan, MNode } from './scan';
import { MIN_SCORE } from './scan';
import { titleText } from './titleText';
import { nodeSingleQuotes } from './titleQuotes';
import { hasWords } from './wordlessHeadings';

/** How far up a container's ancestors a menu, search box or dialog is looked for, as for headings (`title.ts`). */
const CHROME_DEPTH = 4;

/**
 * The title a container named as one gives when no heading could be the title. Forum and Q&A platforms set the
 * subject in a styled `<div>` or `<span>` (NodeBB: `.topic-title` after an empty h1; Quora: `.q-text
 * .puppeteer_test_question_title`), so the page had no heading to read and got no title at all. Only a container
 * whose whole content is one paragraph counts (a title line, not a card or a section), and only as a fallback: the
 * container's name alone says less than a heading does. Scored at the noise floor, so its confidence stays low
 * (`class:title` in `confidence.ts`). Measured on the wcxb-dev tuning part: see `title.ts`.
 */
export function titleContainer(s: MetadataScan): { candidate: Candidate<string>; node: MNode } | undefined {
	for (const n of s.nodes) {
		const b = n.block;
		if (b?.kind !== 'div' && b?.kind !== 'htmlDiv') continue;
		if (b.children.length !== 1 || b.children[0].kind !== 'paragraph') continue;
		if (n.hidden || !s.wordTest(n, TITLE_RE) || s.wordTest(n, SITE_TITLE_RE)) continue;
		if (s.isForeign(n) || s.vocab(n, CHROME_RE, CHROME_DEPTH) > 0) continue;
		const text = titleText(nodeSingleQuotes(s, n, s.textOf(n)));
		if (text.length < 2 || text.length > MAX_TITLE_CHARS || !hasWords(text) || UI_LABEL_RE.test(text) || isDialogHeading(n, text)) continue;
		return { candidate: { value: text, source: n.range, rule: 'class:title-container', score: MIN_SCORE }, node: n };
	}
	return undefined;
}
