// Forum threads: a short quote (a line or two) stays with the reply that answers it; a long repeat, or a long quote of a named poster, goes.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { dropRepeatedQuotes, MIN_REPEATED_QUOTE_WORDS } from '../../src/core/extract/heuristics/repeatedQuotes';
import { blockText, collapse } from '../../src/core/extract/inlineText';

const OPENING = 'My sourdough starter smells of nail varnish after two days in the fridge, and it barely rises once I feed it again at room temperature.';
const REPLY = 'That smell is hunger, not spoilage: feed it twice a day for a few days at room temperature before it goes back in the fridge.';

function kept(dump: string): string {
	return dropRepeatedQuotes(parseDump(dump).blocks, [])
		.map((b) => collapse(blockText(b)))
		.join('\n');
}

suite('Forum short quotes', () => {
	test('a quoted line of the opening post stays with the reply', () => {
		const line = 'smells of nail varnish after two days in the fridge';
		assert.ok(line.split(' ').length < MIN_REPEATED_QUOTE_WORDS);
		const text = kept([OPENING, '', 'baker1 said:', '', `> ${line}`, '', REPLY, ''].join('\n'));
		assert.ok(text.includes('baker1 said:'), 'lost the attribution line');
		assert.strictEqual(text.split(line).length - 1, 2, 'lost the short quote');
	});

	test('the whole opening post quoted again goes, with its attribution line', () => {
		const text = kept([OPENING, '', 'baker1 said:', '', `> ${OPENING}`, '', REPLY, ''].join('\n'));
		assert.ok(!text.includes('baker1 said:'), 'kept the attribution line');
		assert.strictEqual(text.split(OPENING).length - 1, 1, 'kept the long quote');
		assert.ok(text.includes(REPLY));
	});
});

suite('Forum quotes of earlier pages', () => {
	const EARLIER = 'We kept ours on the counter and fed it once a day with rye flour; it doubled in four hours and never smelled of anything but apples.';

	test("a long quote of a poster's post that is not on the page goes, with its attribution line", () => {
		const text = kept([OPENING, '', 'baker7 said:', '', `> ${EARLIER}`, '', REPLY, ''].join('\n'));
		assert.ok(!text.includes('baker7 said:'), 'kept the attribution line');
		assert.ok(!text.includes(EARLIER), 'kept the quote of an earlier page');
		assert.ok(text.includes(REPLY) && text.includes(OPENING));
	});

	test('a quote with no poster named, or a short one, stays', () => {
		const unnamed = kept([OPENING, '', `> ${EARLIER}`, '', REPLY, ''].join('\n'));
		assert.ok(unnamed.includes(EARLIER), 'lost a quote of something else');
		const short = kept([OPENING, '', 'baker7 wrote:', '', '> fed it once a day with rye flour', '', REPLY, ''].join('\n'));
		assert.ok(short.includes('fed it once a day with rye flour') && short.includes('baker7 wrote:'), 'lost a short quote');
	});

	test('an attribution run into the quote\'s first paragraph names a poster too', () => {
		const text = kept([OPENING, '', `> baker7 wrote:${EARLIER}`, '', REPLY, ''].join('\n'));
		assert.ok(!text.includes('rye flour'), 'kept the quote of an earlier page');
		assert.ok(text.includes(REPLY));
	});
});
