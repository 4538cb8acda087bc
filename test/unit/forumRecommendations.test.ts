// Recommendation cards among a thread's posts ("Related questions", "Related", "Similar threads") and posters' statistics spans: no post, on fixtures written for this project.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { FirstLines, isRecommendationCard, THREAD_RECOMMENDATION_RE } from '../../src/core/extract/heuristics/threadRecommendations';
import { STAT_SPAN_RE } from '../../src/core/extract/heuristics/postChromeSpans';
import { extractDumpText as extract } from '../util/kindFixtures';

const ANSWERS = [
	'Check the ridge capping first: the nails work loose over a few winters and water runs in under the felt along the top, where you cannot see it from below.',
	'Look at the flashing where the roof meets the water butt gutter as well; ours had a gap you could post a letter through and it only leaked in a westerly.',
	'Thanks, that was it. Two nails had lifted and the felt under them had split; a strip of new felt and some clout nails fixed it before the weekend.',
];

/** A Q&A page whose answers and recommendation cards share one wrapper class, as Quora writes them. */
function questionWithCards(): string {
	const lines = ['# Why does my shed roof leak at the ridge?', ''];
	const answer = (i: number): void => {
		lines.push(`::: {.box .answer_item_${i}}`, '::: {.box .author}', `[gardener${i}](/profile/gardener${i})`, ':::', '', '::: box', ANSWERS[i], ':::', ':::', '');
	};
	answer(0);
	lines.push('::: {.box .card}', '::: box', 'Related questions', ':::', '', '::: box', '[How do I re-felt a shed roof in a day?](/q/1)', '', '[Which clout nails for shed felt?](/q/2)', ':::', ':::', '');
	answer(1);
	lines.push('::: {.box .answer_item_9}', '::: box', 'Related', ':::', '', '::: {.box .author}', '[roofer](/profile/roofer)', ':::', '', '::: box');
	lines.push('Is shed felt worth the money? A good torch-on felt lasts twenty years against five for the cheap sanded kind, so yes, in the end it is.', ':::', ':::', '');
	answer(2);
	return lines.join('\n');
}

suite('Thread recommendations', () => {
	test('a "Related questions" card and an answer to another question among the answers are no posts', () => {
		const { text, kind } = extract(questionWithCards());
		assert.strictEqual(kind, 'forum');
		for (const a of ANSWERS) assert.ok(text.includes(a), `lost ${a.slice(0, 30)}`);
		assert.ok(!text.includes('Related questions') && !text.includes('clout nails for shed felt'), 'kept the related questions');
		assert.ok(!text.includes('torch-on felt'), 'kept the answer to another question');
	});

	test('the labels are whole lines: a message that opens on a related thought stays', () => {
		for (const label of ['Related questions', 'Similar threads', 'Suggested topics', 'More answers below', 'Related']) assert.ok(THREAD_RECOMMENDATION_RE.test(label), label);
		for (const line of ['Related to your question, check the felt', 'Similar threads have come up before', 'Related:']) assert.ok(!THREAD_RECOMMENDATION_RE.test(line), line);
	});

	test('first lines are read however deep the wrappers nest (a liveness bound, not a speed test)', function () {
		this.timeout(120_000);
		const depth = 3000;
		const dump = [...Array.from({ length: depth }, (_, i) => `::: w${i}`), 'Related questions', '', '[Another thread](/t/2)', ...Array.from({ length: depth }, () => ':::')].join('\n');
		const doc = parseDump(dump);
		const index = new BlockIndex(doc);
		const lines = new FirstLines();
		let cards = 0;
		for (const c of index.containers) if (isRecommendationCard(lines, c, index)) cards++;
		// The parser caps how deep containers nest: every container it keeps opens with the label.
		assert.ok(index.containers.length > 100);
		assert.strictEqual(cards, index.containers.length);
	});
});

suite('Poster statistics spans', () => {
	test('a span of answer and view counts goes from the credential line; the credential stays', () => {
		const md = [
			'::: {.post .answer_item_0}',
			'[gardener](/profile/gardener)',
			'',
			'[Allotment holder since 1998]{.c1} [ · ]{.c2}[Author has [9.6K]{.b} answers and [47.1M]{.b} answer views]{.c3}',
			'',
			ANSWERS[0],
			':::',
			'',
			'::: {.post .answer_item_1}',
			'[roofer](/profile/roofer)',
			'',
			'[Roofer]{.c1} [ · ]{.c2}[Author has [120]{.b} answers and [2.9K]{.b} answer views]{.c3}',
			'',
			ANSWERS[1],
			':::',
			'',
		].join('\n');
		const { text, kind } = extract(md);
		assert.strictEqual(kind, 'forum');
		assert.ok(text.includes('Allotment holder since 1998'), 'lost the credential');
		assert.ok(!text.includes('answer views'), 'kept the statistics');
		assert.ok(!STAT_SPAN_RE.test('1,234 posts') && !STAT_SPAN_RE.test('12 answers and 40 answer views later the felt was still dry'));
	});
});
