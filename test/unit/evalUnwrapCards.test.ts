// EVAL_PERTURB=unwrap-cards: the boxes of a feed's repeated cards unwrapped, their parts left as siblings.
import * as assert from 'node:assert/strict';
import { parsePerturbModes, perturbDump } from '../../scripts/eval/perturb';
import { unwrapCardsDump } from '../../scripts/eval/unwrapCards';

/** A feed of five teaser cards, each a box with a linked title, a date and a short teaser; a menu and a footer around it. */
function feed(): string {
	const cards = ['Harbour lights return', 'A quiet week in the valley', 'New ferry timetable', 'Library opens late', 'Market moves indoors'].map((t, i) =>
		[`::: {.teaser}`, `## [${t}](/news/${i + 1})`, '', `March ${i + 3}, 2031`, '', `What changes for the town of Fenwick after story ${i + 1}, in brief.`, ':::', ''].join('\n'),
	);
	return ['[Home](/) [News](/news) [About](/about)', '', '# Latest news', '', ':::: {.feed}', ...cards, '::::', '', 'Example Town Paper, 2031'].join('\n');
}

suite('Eval unwrap-cards', () => {
	test('each card box loses its fence lines; the feed box, the cards\' text and the rest stay', () => {
		const dump = feed();
		const out = unwrapCardsDump(dump);
		assert.ok(!out.includes('::: {.teaser}'), 'no card fence left');
		assert.equal(out.split('\n').filter((l) => l === ':::').length, 0);
		assert.ok(out.includes(':::: {.feed}') && out.includes('\n::::\n'), 'the feed box stays');
		for (let i = 1; i <= 5; i++) assert.ok(out.includes(`](/news/${i})`));
		assert.equal(out.split('\n').length, dump.split('\n').length - 5, 'the opening fence lines go; each closing one is left an empty line');
		assert.ok(out.startsWith('[Home](/)') && out.endsWith('Example Town Paper, 2031'));
	});

	test('flatten-cards removes every fence line inside each card, the feed box stays', () => {
		const boxed = feed().replace(/^## (.*)$/gm, '::: {.head}\n## $1\n:::');
		const out = perturbDump(boxed, ['flatten-cards']);
		assert.deepEqual(out.split('\n').filter((l) => l.startsWith(':::')), [':::: {.feed}', '::::']);
		for (let i = 1; i <= 5; i++) assert.ok(out.includes(`](/news/${i})`));
	});

	test('a dump with no card group stays as it is', () => {
		const dump = '# A page\n\n::: {.note}\nOne box of prose, long enough to be a paragraph of its own.\n:::\n';
		assert.equal(unwrapCardsDump(dump), dump);
	});

	test('EVAL_PERTURB takes unwrap-cards, alone or with the product modes', () => {
		assert.deepEqual(parsePerturbModes('unwrap-cards'), ['unwrap-cards']);
		assert.deepEqual(parsePerturbModes('gap,unwrap-cards'), ['gap', 'unwrap-cards']);
		assert.equal(perturbDump(feed(), ['unwrap-cards']), unwrapCardsDump(feed()));
	});
});
