// Forum threads: link preview cards (unfurls, oneboxes) leave the posts, whole or flattened by pandoc; the poster's own link and words stay.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex, type Container } from '../../src/core/extract/blockIndex';
import { flattenedPreviewBlocks, isLinkPreview, MAX_FLATTENED_PREVIEW_BLOCKS } from '../../src/core/extract/heuristics/linkPreviews';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import { extractDumpText } from '../util/kindFixtures';

const QUESTION = 'Our allotment shed roof leaks along the ridge every time it rains hard, and the felt looks fine from the ground. Where should I start?';
const ANSWER = 'Check the ridge capping first: the nails work loose over a few winters and water runs in under the felt. This guide shows how:';
const THANKS = 'Thanks, that was it. Two nails had lifted and the felt under them had split; a strip of new felt fixed it for good.';
const BLURB = 'Everything about garden buildings, from bases and walls to roofs, gutters and the best timber treatments for wet climates.';

/** A thread whose posts are numbered containers (no known forum software); `card` is the second post's preview. */
function thread(card: string[]): string {
	const post = (i: number, body: string[]): string[] => [`::: {#post-${i} .post}`, `[gardener${i}]{.author} [Mar ${i + 3}, 2025]{.date}`, '', ...body, ':::', ''];
	return ['# Shed roof leaking at the ridge', '', ...post(1, [QUESTION, '']), ...post(2, [ANSWER, '', ...card, '']), ...post(3, [THANKS, ''])].join('\n');
}

/** Discourse's onebox once pandoc dropped its `<aside>` and `<article>`: source, title, blurb, metadata. */
const FLATTENED = ['::: source', '[sheds.example](https://sheds.example/roofs)', ':::', '', '### [Garden buildings: roofs](https://sheds.example/roofs)', '', BLURB, '', '::: onebox-metadata', ':::'];
/** XenForo's unfurl, a container of its own. */
const UNFURL = ['::: {.bbCodeBlock .bbCodeBlock--unfurl .js-unfurl}', '::: contentRow-main', '### [Garden buildings: roofs](https://sheds.example/roofs)', '', '::: contentRow-snippet', BLURB, ':::', '', 'sheds.example', ':::', ':::'];

suite('Forum link previews', () => {
	test('a card by its class words is a link preview; a post or a quote is not', () => {
		const containers = new BlockIndex(parseDump(thread(UNFURL))).containers;
		const byClass = (cls: string): Container | undefined => containers.find((c) => c.attrs.classes.includes(cls));
		assert.ok(isLinkPreview(byClass('bbCodeBlock--unfurl')!));
		assert.ok(!isLinkPreview(byClass('post')!));
		assert.ok(!isLinkPreview(new BlockIndex(parseDump('::: {.bbCodeBlock .bbCodeBlock--quote}\nquoted\n:::')).containers[0]));
	});

	test('the blocks between a source header and the onebox metadata are a flattened preview', () => {
		const index = new BlockIndex(parseDump(thread(FLATTENED)));
		const posts = new Set(index.containers.filter((c) => c.attrs.classes.includes('post')));
		const texts = [...flattenedPreviewBlocks(index, posts)].map((b) => collapse(blockText(b)));
		assert.deepStrictEqual(texts, ['Garden buildings: roofs', BLURB]);
		// Outside the posts (a sidebar's card), nothing is taken.
		assert.strictEqual(flattenedPreviewBlocks(index, new Set()).size, 0);
	});

	test('too many blocks between the markers are no card', () => {
		const long = ['::: source', '[sheds.example](https://sheds.example/roofs)', ':::', ''];
		for (let i = 0; i <= MAX_FLATTENED_PREVIEW_BLOCKS; i++) long.push(`Paragraph ${i} of the poster's own long answer about felt, nails and battens.`, '');
		long.push('::: onebox-metadata', ':::');
		const index = new BlockIndex(parseDump(thread(long)));
		assert.strictEqual(flattenedPreviewBlocks(index, new Set(index.containers.filter((c) => c.attrs.classes.includes('post')))).size, 0);
	});

	for (const [name, card] of [
		['flattened onebox', FLATTENED],
		['unfurl container', UNFURL],
	] as const) {
		test(`a thread loses the ${name}'s title and blurb and keeps every post`, () => {
			const { text, kind } = extractDumpText(thread([...card]));
			assert.strictEqual(kind, 'forum');
			for (const p of [QUESTION, ANSWER, THANKS]) assert.ok(text.includes(p), `lost a post: ${p.slice(0, 30)}`);
			assert.ok(!text.includes('timber treatments'), 'kept the blurb');
			assert.ok(!text.includes('Garden buildings: roofs'), 'kept the card title');
		});
	}
});
