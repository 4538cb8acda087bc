// Text and attribute readers of the extractor: the fast paths answer as the general ones do.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import { childBlocks } from '../../src/core/model/blockTree';
import type { Attributes, Block } from '../../src/core/model/dumpDocument';
import { attrValue, attrWords, blockText, collapse, collapsedText, hasBlockText, inlineText, rememberText, withTextCache } from '../../src/core/extract/inlineText';

/** Every block of a parsed dump, depth-first. */
function allBlocks(blocks: readonly Block[], out: Block[] = []): Block[] {
	for (const b of blocks) {
		out.push(b);
		allBlocks(childBlocks(b), out);
	}
	return out;
}

function attrs(id: string | undefined, classes: string[], pairs: [string, string][]): Attributes {
	return { id, classes, pairs, range: { start: 0, end: 0 } };
}

const DUMP = [
	'::: {.wrap}',
	'Some [visible]{.a} text.',
	'',
	'[hidden words]{style="display:none"}',
	'',
	'![alt only](x.png)',
	'',
	'::: {aria-hidden="true"}',
	'Inside a hidden div.',
	':::',
	'',
	'- item one',
	'- \u00a0',
	'',
	'  | a | b |',
	'  |---|---|',
	'  | c | d |',
	':::',
	'',
	'```',
	'   ',
	'```',
	'',
	'# Heading',
].join('\n');

/** The visible text of a one-paragraph dump. */
function lineText(dump: string): string {
	const b = parseDump(dump).blocks[0];
	return b.kind === 'paragraph' ? inlineText(b.content) : '';
}

suite('inlineText', () => {
	test('side-by-side spans whose words would glue get a space: a word, then a capital', () => {
		// A hidden span between two adds nothing, and they still touch.
		const cases: [string, string][] = [
			['[[Thousand]{.brand}[Heritage 2.0 Helmet]{.name}](/p/1)', 'Thousand Heritage 2.0 Helmet'],
			['[Red]{.a}[Blue]{.b}[Green]{.c}', 'Red Blue Green'],
			['[Size 10]{.a}[Black]{.b}', 'Size 10 Black'],
			['[Red]{.a}[sr]{.sr-only}[Blue]{.b}', 'Red Blue'],
		];
		for (const [dump, text] of cases) assert.equal(lineText(dump), text, dump);
	});

	test('spans that continue a word, or that text separates, are left as written', () => {
		const asWritten = ['[T]{.dropcap}[HE STORY]{.rest}', '[un]{.a}[believable]{.b}', '[Colour:]{.a}[Red]{.b}', '[19]{.a}[99]{.b}', '[Red]{.a} and [Blue]{.b}', '[Red]{.a}Blue'];
		const texts = ['THE STORY', 'unbelievable', 'Colour:Red', '1999', 'Red and Blue', 'RedBlue'];
		assert.deepEqual(asWritten.map(lineText), texts);
	});

	test('short side-by-side spans of the same classes are items of a row and get a space', () => {
		const cases: [string, string][] = [
			['[2026]{.meta-item}[1h 54m]{.meta-item}[R]{.meta-item}', '2026 1h 54m R'],
			['[12]{.cell}[34]{.cell}', '12 34'],
		];
		for (const [dump, text] of cases) assert.equal(lineText(dump), text, dump);
		// Letters split one by one, a word cut by a word processor's export, long runs and other classes stay as written.
		const asWritten = ['[H]{.ch}[i]{.ch}', '[The Co]{.s1}[rnell]{.s1}', '[19]{.a}[99]{.b}', '[An item caption longer than thirty-two]{.c}[(3)]{.c}'];
		assert.deepEqual(asWritten.map(lineText), ['Hi', 'The Cornell', '1999', 'An item caption longer than thirty-two(3)']);
	});

	test('short side-by-side spans of classes of their own are items of a row too, unless the join splits a word for styling', () => {
		const cases: [string, string][] = [
			['[2026]{.x1}[1h 54m]{.x2}[R]{.x3}', '2026 1h 54m R'],
			['[2026]{.x}[1h]{.y}', '2026 1h'],
			['[Mar 7]{#a}[9]{#b}', 'Mar 7 9'],
		];
		for (const [dump, text] of cases) assert.equal(lineText(dump), text, dump);
		// A drop cap, a price's parts, a word or an ordinal split for styling, a unit, punctuation at the join, long runs.
		const asWritten = ['[T]{.x1}[HE STORY]{.x2}', '[\\$]{.x1}[19]{.x2}[.99]{.x3}', '[19]{.x1}[99]{.x2}', '[4.5]{.x1}[0]{.x2}', '[un]{.x1}[believable]{.x2}', '[1]{.x1}[st]{.x2}', '[5]{.x1}[km]{.x2}', '[Colour:]{.x1}[Red]{.x2}', '[An item caption longer than thirty-two, 2026]{.x1}[100]{.x2}'];
		const texts = ['THE STORY', '$19.99', '1999', '4.50', 'unbelievable', '1st', '5km', 'Colour:Red', 'An item caption longer than thirty-two, 2026100'];
		assert.deepEqual(asWritten.map(lineText), texts);
	});

	test('a word then a number in side-by-side elements, and a footnote mark after its word, get a space', () => {
		const cases: [string, string][] = [
			['[4.5 out of 5 stars]{.icon-alt}[1,204]{.count}', '4.5 out of 5 stars 1,204'],
			['*[Rated]{.a}*[4.5]{.b}', 'Rated 4.5'],
			['[Weight]{.label}[12 kg]{.value}', 'Weight 12 kg'],
			['Up to 20 hours of battery life^[3](#footnote-3)^.', 'Up to 20 hours of battery life 3.'],
			['**Bold**[Next]{.b}', 'Bold Next'],
		];
		for (const [dump, text] of cases) assert.equal(lineText(dump), text, dump);
	});

	test('numbers side by side, a superscript without a link and a number in running text are left as written', () => {
		const asWritten = ['[19]{.whole}[99]{.fraction}', 'area in m^2^', 'Model X[2]{.a}', '[Size 10]{.a}[b]{.b}'];
		const texts = ['1999', 'area in m2', 'Model X2', 'Size 10b'];
		assert.deepEqual(asWritten.map(lineText), texts);
	});

	test('hasBlockText agrees with the collapsed block text, with and without image alt text', () => {
		const blocks = allBlocks(parseDump(DUMP).blocks);
		assert.ok(blocks.length > 8, 'the fixture parses into many blocks');
		let withText = 0;
		for (const b of blocks) {
			for (const options of [{}, { images: true }]) {
				const expected = collapse(blockText(b, options)) !== '';
				assert.equal(hasBlockText(b, options), expected, `${b.kind} at ${b.range.start} ${JSON.stringify(options)}`);
				if (expected) withText++;
			}
		}
		assert.ok(withText > 0 && withText < blocks.length * 2, 'the fixture has blocks with and without text');
	});

	test('collapsedText is the collapsed block text, kept only during a withTextCache run', () => {
		const blocks = allBlocks(parseDump(DUMP).blocks);
		for (const b of blocks) assert.equal(collapsedText(b), collapse(blockText(b)), `${b.kind} at ${b.range.start}`);
		const paragraph = blocks.find((b) => b.kind === 'paragraph');
		assert.ok(paragraph);
		withTextCache(() => {
			for (const b of blocks) assert.equal(collapsedText(b), collapse(blockText(b)), `${b.kind} at ${b.range.start} in a run`);
			rememberText(paragraph, 'kept');
			assert.equal(collapsedText(paragraph), 'kept', 'a text remembered in the run is the one read');
			assert.equal(withTextCache(() => collapsedText(paragraph)), 'kept', 'a nested run shares the outer one');
		});
		assert.equal(collapsedText(paragraph), collapse(blockText(paragraph)), 'nothing is kept after the run');
		rememberText(paragraph, 'outside');
		assert.equal(collapsedText(paragraph), collapse(blockText(paragraph)), 'nothing is remembered outside a run');
	});

	test('attrValue finds the first pair of a key whatever its case, in short and long attribute lists', () => {
		const short = attrs(undefined, [], [['Role', 'main'], ['role', 'nav']]);
		assert.equal(attrValue(short, 'role'), 'main');
		assert.equal(attrValue(short, 'ROLE'), 'main');
		assert.equal(attrValue(short, 'itemprop'), undefined);
		const longPairs: [string, string][] = Array.from({ length: 10 }, (_, i) => [`data-k${i}`, `v${i}`]);
		longPairs.push(['Role', 'first'], ['role', 'second']);
		const long = attrs(undefined, [], longPairs);
		assert.equal(attrValue(long, 'role'), 'first');
		assert.equal(attrValue(long, 'data-k9'), 'v9');
		assert.equal(attrValue(long, 'missing'), undefined);
	});

	test('attrValue folds keys as toLowerCase does, non-ASCII keys included', () => {
		const keys = ['role', 'ROLE', 'rOlE', 'roles', 'rol', 'r\u00d6le', '\u212aey', 'key', '\u0130d', 'id', 'i\u0307d', 'data-X', '\u017fort', 'sort'];
		for (const name of keys) {
			const a = attrs(undefined, [], [[name, 'v']]);
			for (const key of keys) assert.equal(attrValue(a, key), name.toLowerCase() === key.toLowerCase() ? 'v' : undefined, `${name} / ${key}`);
		}
	});

	test('attrWords joins the id, the classes and the describing pairs', () => {
		assert.equal(attrWords(attrs(undefined, [], [])), '');
		assert.equal(attrWords(attrs('main', [], [])), 'main');
		assert.equal(attrWords(attrs(undefined, ['post'], [])), 'post');
		assert.equal(attrWords(attrs('main', ['post'], [])), 'main post');
		assert.equal(attrWords(attrs(undefined, ['a', 'b'], [])), 'a b');
		assert.equal(attrWords(attrs('x', ['a'], [['role', 'article'], ['title', 'no']])), 'x a article');
	});

	test('collapse keeps a collapsed text as it is and rebuilds any other, for every kind of white space', () => {
		for (const t of ['', 'a', 'a b c', 'one, two.']) assert.equal(collapse(t), t);
		const cases: [string, string][] = [[' a', 'a'], ['a ', 'a'], ['a  b', 'a b'], ['a\tb', 'a b'], ['a\nb', 'a b'], ['a\u00a0b', 'a b'], ['a\u3000b', 'a b'], ['\ufeffa', 'a'], ['a\u2028 b', 'a b'], [' \n ', '']];
		for (const [t, expected] of cases) assert.equal(collapse(t), expected, JSON.stringify(t));
	});
});
