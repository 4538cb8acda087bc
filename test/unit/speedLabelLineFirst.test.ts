// Issue 13 (perf34): a date under a label line is found by looking at the label line first; the answers are the plain order's.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import { DATE_DIGIT_RE } from '../../src/core/extract/dates';
import { labelLineBefore, labelLineNode } from '../../src/core/extract/metadata/dateLabelLine';
import { isLabelLineDate, LABEL_WORD_RE, MODIFIED_LINE_RE, PUBLISHED_LINE_RE } from '../../src/core/extract/metadata/labelLineDates';
import { MetadataScan, type MNode } from '../../src/core/extract/metadata/scan';

/** `isLabelLineDate` as it read before the label line was looked at first. */
function plainIsLabelLineDate(s: MetadataScan, n: MNode): boolean {
	if (n.block?.kind !== 'paragraph' || !s.mayHoldChar(n, DATE_DIGIT_RE) || s.textLongerThan(n, 40)) return false;
	if (s.textOf(n).length > 40) return false;
	const label = labelLineBefore(s, n).trim();
	return PUBLISHED_LINE_RE.test(label) || MODIFIED_LINE_RE.test(label);
}

/** Every label line the two regexes accept, in their own spellings and others' case. */
const LABELS = [
	'Date published', 'Date first published', 'Published', 'First published', 'Published on', 'Published date', 'Publish date', 'Publishing date',
	'Publication date', 'Date of publication', 'Posted', 'Posted on', 'Veröffentlicht', 'Veröffentlicht am', 'Erscheinungsdatum', 'Date de publication',
	'Publié le', 'Fecha de publicación', 'Publicado', 'Publicado el', 'Data di pubblicazione', 'Pubblicato', 'Pubblicato il', 'Gepubliceerd',
	'Gepubliceerd op', 'Content current as of:', 'Current as of', 'PUBLISHED:', 'posted ON',
];

suite('speed: label-line dates, label first (issue 13, perf34)', () => {
	test('every label line the label regexes accept holds a word of LABEL_WORD_RE', () => {
		for (const l of LABELS) {
			assert.ok(PUBLISHED_LINE_RE.test(l) || MODIFIED_LINE_RE.test(l), `a label: ${l}`);
			assert.ok(LABEL_WORD_RE.test(l), `pre-test passes: ${l}`);
		}
	});

	test('isLabelLineDate answers as the plain order does on every node', () => {
		const dumps = [
			'# Title\n\n#### Published\n\n15 November 2018\n',
			'# Title\n\n::: facts\n### Publish date {#publish-date}\n:::\n\n::: facts\n15 November 2018\n:::\n',
			'# Title\n\n**Pub**lished\n\n15 November 2018\n\nPub&#108;ished:\n\n3 March 2020\n',
			'# Title\n\n[Posted]{.x} on\n\n12/03/2021\n\nContent current as of:\n\n09/25/2025\n',
			'# Title\n\nA much longer line that says it was published here:\n\n15 November 2018\n\nUpdated\n\n1 May 2019\n',
			'# Title\n\n- Published\n- 15 November 2018\n\n> Veröffentlicht am\n>\n> 4. Mai 2021\n\nPublished\n\nNo date here at all\n',
			'# Title\n\n## Published\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n15 November 2018 and a sentence after it that runs long\n',
		];
		let found = 0;
		for (const dump of dumps) {
			const plain = new MetadataScan(parseDump(dump), {});
			const fast = new MetadataScan(parseDump(dump), {});
			for (let i = 0; i < plain.nodes.length; i++) {
				const want = plainIsLabelLineDate(plain, plain.nodes[i]);
				assert.equal(isLabelLineDate(fast, fast.nodes[i]), want, `${JSON.stringify(dump)} node ${i}`);
				if (want) found++;
			}
		}
		assert.ok(found >= 5, `label-line dates found: ${found}`);
	});

	test('labelLineNode is the line labelLineBefore reads, whatever its length', () => {
		const doc = parseDump('# Title\n\nA label line far longer than thirty characters here\n\n15 November 2018\n');
		const s = new MetadataScan(doc, {});
		const date = s.nodes.find((n) => n.block?.kind === 'paragraph' && s.textOf(n) === '15 November 2018')!;
		assert.equal(s.textOf(labelLineNode(s, date)!), 'A label line far longer than thirty characters here');
		assert.equal(labelLineBefore(s, date), '');
	});
});
