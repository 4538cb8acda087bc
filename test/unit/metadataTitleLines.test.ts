// Metadata (issue 12): an h1 the dump left empty is titled by the line pandoc moved out of it; a subtitle span in the headline is not the title's words.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';
import { isHeadingSubtitle } from '../../src/core/extract/metadata/headingSubtitles';
import { withoutProductVariant } from '../../src/core/extract/metadata/titleProductVariant';
import { titleText } from '../../src/core/extract/metadata/titleText';

const BODY = 'A paragraph of body text long enough to be read as the article, with more words after it so it counts.\n';
const LEAD = 'Once you are settled in your career it is time to build a solid financial future, and here are the nine steps that help most, one after the other, with examples for each of them.\n';

function titleOf(dump: string): string | undefined {
	return extractMetadata(parseDump(dump), {}).title?.value;
}

suite('Metadata: the line of an empty h1', () => {
	test('a fence holding one line right after an empty h1 titles it, over a lesser heading', () => {
		const dump = `::: hero__text\n#  {#section .hero__title}\n\n::: {#wrapper_hero .widget}\nTop Nine Financial Tips for Working Adults\n:::\n\n::: {#wrapper_lead .widget}\n${LEAD}:::\n:::\n\n## Set Goals\n\n${BODY}`;
		assert.strictEqual(titleOf(dump), 'Top Nine Financial Tips for Working Adults');
	});

	test('a raw <div> or a paragraph right after an empty h1 titles it', () => {
		const div = `::: list-title\n# \n\n<div>\n\nDigital Cameras & Camera Kits\n\n</div>\n:::\n\n### Featured {.promo}\n\n${BODY}`;
		assert.strictEqual(titleOf(div), 'Digital Cameras & Camera Kits');
		const para = `::: col\n#  {#section .mb-0}\n\nAuth\n\n##  {#section-1 .text-xl}\n\nUse the service to sign your users in.\n:::\n\n### About authentication and authorization\n\n${BODY}`;
		assert.strictEqual(titleOf(para), 'Auth');
	});

	test('two short lines after the empty h1 (an eyebrow and a name) give it no title', () => {
		const dump = `::: hero\n#  {#section .display-5}\n\n::: eyebrow\nGet that tech stack\n:::\n\n[Klatch Coffee]{.block}\n:::\n\n## How merchants stack up\n\n${BODY}`;
		assert.strictEqual(titleOf(dump), 'How merchants stack up');
	});

	test('a sentence after an empty h1, or an image inside it, gives it no line', () => {
		const sentence = `#  {.hero__title}\n\nLoading Comments...\n\n## The real headline\n\n${BODY}`;
		assert.strictEqual(titleOf(sentence), 'The real headline');
		const image = `# ![Machine Learning at Tech](logo.png)\n\nA short line here\n\n## The real headline\n\n${BODY}`;
		assert.notStrictEqual(titleOf(image), 'A short line here');
	});
});

suite('Metadata: a subtitle span inside the headline', () => {
	test('a span named as the subtitle or tagline is left out of the title', () => {
		const amazon = `# [ Atomic Habits: An Easy Way to Build Good Habits ]{#productTitle .a-size-large} [ Hardcover -- October 16, 2018 ]{#productSubtitle .a-size-medium} {#title .a-size-large}\n\n${BODY}`;
		assert.strictEqual(titleOf(amazon), 'Atomic Habits: An Easy Way to Build Good Habits');
		const tagline = `# Black Edition[Complete high-protein powder meal]{.Header_PdpProductHeader__tagline__IJj5n} {#black-edition .heading}\n\n${BODY}`;
		assert.strictEqual(titleOf(tagline), 'Black Edition');
	});

	test('other spans stay, and a heading that is all subtitle keeps its words', () => {
		assert.strictEqual(titleOf(`# How to [subtitle]{.term} a film {.entry-title}\n\n${BODY}`), 'How to subtitle a film');
		assert.strictEqual(titleOf(`# [The Quiet Year]{.entry-subtitle}\n\n${BODY}`), 'The Quiet Year');
		const span = parseDump('[x]{.page-subtitle}\n').blocks[0];
		assert.ok(span.kind === 'paragraph' && span.content[0].kind === 'span' && isHeadingSubtitle(span.content[0]));
	});
});

suite('Metadata: the line of an empty h1 over a title-named container', () => {
	test('a forum\'s empty h1 then its subject in a title-named fence gives the subject as the h1\'s', () => {
		const dump = `#  {#section itemprop="name"}\n\n::: {.topic-title .d-flex}\n[How do I show a saved route on a phone?]{.fs-3}\n:::\n\n::: posts\n${BODY}:::\n`;
		const field = extractMetadata(parseDump(dump), {}).title;
		assert.strictEqual(field?.value, 'How do I show a saved route on a phone?');
		assert.strictEqual(field?.rule, 'heading-h1:next-line');
	});
});

suite('Metadata: a product\'s variant after a dash', () => {
	const withKind = (dump: string, pageKind: string): string | undefined => extractMetadata(parseDump(dump), { pageKind }).title?.value;

	test('on a product page, a count, size or pack after a dash is left out of the title', () => {
		assert.strictEqual(withKind(`# Moray Driver Kit - 32 Precision Bits {.product-title}\n\n${BODY}`, 'product'), 'Moray Driver Kit');
		assert.strictEqual(withKind(`# CBD Relax Berries - (30ct) 300mg\n\n${BODY}`, 'product'), 'CBD Relax Berries');
		assert.strictEqual(withoutProductVariant('Studio Lights P1 -- 4 Units Roadcase'.replace('--', '–'), 'product'), 'Studio Lights P1');
	});

	test('words after the dash, a short name, or another kind of page keep the whole title', () => {
		assert.strictEqual(withKind(`# Pegasus 41 - Men's Road Running Shoes\n\n${BODY}`, 'product'), "Pegasus 41 - Men's Road Running Shoes");
		assert.strictEqual(withoutProductVariant('P1 - 4 Units', 'product'), undefined);
		assert.strictEqual(withKind(`# Squad 2024 - 2025\n\n${BODY}`, 'forum'), 'Squad 2024 - 2025');
		assert.strictEqual(withKind(`# Machine Learning in Shops – 10 Benefits\n\n${BODY}`, 'article'), 'Machine Learning in Shops – 10 Benefits');
	});
});

suite('Metadata: a mis-decoded permalink mark', () => {
	test('"Â¶" (a pilcrow read as Windows-1252) leaves no "Â" at the title\'s end', () => {
		assert.strictEqual(titleText('itertools â€" Functions creating iterators for efficient loopingÂ¶'), 'itertools — Functions creating iterators for efficient looping');
		assert.strictEqual(titleText('Itertool FunctionsÂ'), 'Itertool Functions');
	});
});
