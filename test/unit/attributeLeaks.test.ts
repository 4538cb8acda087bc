// Attribute blocks the parser must read as attributes, not print as text: shapes pandoc's writer makes from odd HTML.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import type { CodeSpan, Heading, Inline, Link, List, Paragraph, Span } from '../../src/core/model/dumpDocument';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { renderText } from '../../src/core/render/articleText';
import { joinLines, rangeOf } from '../util/joinLines';

function paragraphs(text: string): Paragraph[] {
	return parseDump(text).blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
}

/** The text nodes of `nodes`, at any depth, joined: what a reader would see printed of the syntax. */
function texts(nodes: readonly Inline[]): string {
	return nodes.map((n) => (n.kind === 'text' ? n.value : 'children' in n ? texts(n.children) : '')).join('');
}

/** Prose long enough to be an article around the shapes under test. */
const PROSE = [
	'The walking trail follows the old railway bed for nine miles, past the mill ponds and the brick kilns that gave the valley its trade, and every bridge on it has been rebuilt by volunteers.',
	'',
	'Most walkers start at the station car park and turn back at the viaduct, though the path goes on to the coast for anyone with a spare afternoon and a flask of tea.',
];

suite('attribute blocks read whole (issue 12)', () => {
	test('a quoted value holding a blank line keeps the paragraph going to the line that closes it', () => {
		const text = joinLines('[Oak desk chair](/p/oak-chair){aria-label="Oak desk chair, $403.00', '', '" \\"=""}', '', 'Next paragraph.');
		const paras = paragraphs(text);
		assert.equal(paras.length, 2);
		const link = paras[0].content[0] as Link;
		assert.equal(link.kind, 'link');
		assert.equal(link.href, '/p/oak-chair');
		assert.equal(link.attrs?.pairs[0][0], 'aria-label');
		assert.equal(texts(paras[0].content), 'Oak desk chair');
		assert.deepEqual(paras[0].range, { start: 0, end: rangeOf(text, '=""}').end });
		assert.equal(texts(paras[1].content), 'Next paragraph.');
	});

	test('a span whose style value runs over blank lines, in a list item', () => {
		const text = joinLines('-   [ 2. Is this an entry-level program? ]{.accordion-item__title', '    style="', '', '      padding-right: 14px;', '    "}', '', '-   Next item');
		const list = parseDump(text).blocks[0] as List;
		assert.equal(list.kind, 'list');
		const first = list.items[0].children;
		assert.equal(first.length, 1);
		const span = (first[0] as Paragraph).content[0] as Span;
		assert.equal(span.kind, 'span');
		assert.deepEqual(span.attrs.classes, ['accordion-item__title']);
		assert.equal(list.items.length, 2);
	});

	test('a value that never closes leaves the paragraph where it was', () => {
		const text = joinLines('An opening [quote]{title="never closed', '', 'Second paragraph.');
		assert.equal(paragraphs(text).length, 2);
	});

	test('a key holding `}` and escaped quotes (a broken HTML attribute) stays inside the block', () => {
		const text = joinLines('[x]{ccp-props="{"', '134233117\\":false,\\"335559740\\":279}\\"=""} after');
		const content = paragraphs(text)[0].content;
		assert.equal(content[0].kind, 'span');
		assert.equal((content[0] as Span).attrs.pairs.length, 2);
		assert.equal(texts(content), 'x after');
	});

	test('an ATX heading whose attribute values hold line breaks reads them all', () => {
		const text = joinLines('## [Messaging that lands]{style=" color: white;', '"} {#messaging style=" text-align: center;', '"}', '', 'Body.');
		const blocks = parseDump(text).blocks;
		assert.equal(blocks.length, 2);
		const heading = blocks[0] as Heading;
		assert.equal(heading.kind, 'heading');
		assert.equal(heading.attrs?.id, 'messaging');
		assert.equal(texts(heading.content), 'Messaging that lands');
		assert.deepEqual(heading.range, { start: 0, end: rangeOf(text, '"}', rangeOf(text, 'center;').end).end });
	});

	test('two backticks before an attribute block are an empty code element', () => {
		const content = paragraphs('Before ``{#isGuest style="display: none"} ``{#memberUrn style="display: none"} after')[0].content;
		const codes = content.filter((n): n is CodeSpan => n.kind === 'code');
		assert.deepEqual(codes.map((c) => [c.value, c.attrs?.id]), [['', 'isGuest'], ['', 'memberUrn']]);
		assert.equal(texts(content), 'Before   after');
	});

	test('`[^…]` followed by attributes or a target is a span or a link, not a note', () => {
		const content = paragraphs('Reward [^\\$^9]{.num} and goals[^\\[1\\]^](#footnote-1){#ref-1} but a note[^2] stays.')[0].content;
		assert.deepEqual(content.map((n) => n.kind), ['text', 'span', 'text', 'link', 'text', 'note', 'text']);
		assert.equal((content[3] as Link).href, '#footnote-1');
	});

	test('`![text]{…}` with no target is a `!` and a span', () => {
		const content = paragraphs('what works for you![As a bonus, the summary:]{style="font-weight: 400;"}')[0].content;
		assert.deepEqual(content.map((n) => n.kind), ['text', 'span']);
		assert.equal(texts(content), 'what works for you!As a bonus, the summary:');
	});

	test('the extracted text carries none of these attribute blocks', () => {
		const dump = joinLines(
			'# Along the old railway',
			'',
			...PROSE,
			'',
			'[Trail map](/map){aria-label="Trail map, 9 miles', '', '" \\"=""} ``{#isGuest style="display: none"} [^\\$^9]{.num} for you![Bonus]{style="font-weight: 400;"}',
			'',
			'## [Getting there]{style=" color: white;', '"} {#getting-there}',
			'',
			...PROSE,
			'',
		);
		const doc = parseDump(dump);
		const text = renderText(extractArticle(doc), doc);
		assert.ok(text.includes('Getting there') && text.includes('Trail map'), text);
		for (const leak of ['{', '}', '=""', 'aria-label', '#isGuest', '``']) assert.ok(!text.includes(leak), `${leak} in ${text}`);
	});
});
