// Double-encoded UTF-8 ("donâ€™t", "cafÃ©") is read back as the page wrote it in the Markdown and text outputs, and only in a dump that shows it (text/mojibake.ts).
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { renderMarkdown } from '../../src/core/render/articleMarkdown';
import { renderText } from '../../src/core/render/articleText';
import { hasMojibake, repairMojibake } from '../../src/core/text/mojibake';
import { titleText } from '../../src/core/extract/metadata/titleText';
import { repairMetadataMojibake } from '../../src/core/extract/metadata/mojibakeFields';

/** "don’t", "“Fresh”", "café", "€12", "Привет", each encoded as UTF-8 and decoded as Windows-1252. */
const GARBLED = 'The bakerâ€™s â€œFreshâ€\u009d loaf at the cafÃ© costs â‚¬12. ÐŸÑ€Ð¸Ð²ÐµÑ‚ from the owner â€” come early.';
const CLEAN = 'The baker’s “Fresh” loaf at the café costs €12. Привет from the owner — come early.';

/** A short article of four paragraphs: each opens with `paragraph`, or only the first when `again` is false. */
function dump(paragraph: string, again = true): string {
	const body = Array.from({ length: 4 }, (_, i) => `${i === 0 || again ? paragraph : 'The street has changed.'} Paragraph ${i + 1} tells more of the story of the bakery and the street it stands on, in words enough to be read.`);
	return ['# The bakery on Mill Street', '', ...body.flatMap((p) => [p, ''])].join('\n');
}

suite('Mojibake', () => {
	test('each double-encoded sequence is read back: quotes, dashes, accents, the euro, Cyrillic', () => {
		assert.equal(repairMojibake(GARBLED), CLEAN);
	});

	test('ordinary text stays as written: accents alone, German quotes after ß, a capital Ã before a letter, C1 pairs', () => {
		for (const s of ['café crème', '„Straße“ und „Maß“', 'SÃO PAULO', 'Ã', 'Â€ stays', 'plain ascii']) assert.equal(repairMojibake(s), s);
	});

	test('a dump is double-encoded only with two strong sequences or more', () => {
		assert.equal(hasMojibake('one quoted example: cafÃ© and nothing else'), false);
		assert.equal(hasMojibake('cafÃ© and donâ€™t'), true);
	});

	test('the Markdown and text outputs of a double-encoded dump read as the page wrote them; its source ranges are unchanged', () => {
		const text = dump(GARBLED);
		const doc = parseDump(text);
		const article = extractArticle(doc);
		const md = renderMarkdown(article, doc).markdown;
		const plain = renderText(article, doc);
		for (const out of [md, plain]) {
			assert.ok(out.includes('The baker’s “Fresh” loaf at the café costs €12. Привет'), out.slice(0, 300));
			assert.ok(!out.includes('â€'), out.slice(0, 300));
		}
		const first = article.blocks.find((b) => b.kind === 'paragraph');
		assert.ok(first && text.slice(first.range.start, first.range.end).startsWith('The bakerâ€™s'));
	});

	test('a dump with one sequence only keeps it (a page quoting mojibake as an example)', () => {
		const text = dump('The sign said cafÃ© by mistake, and the owner kept it as a joke for the regulars.', false);
		const doc = parseDump(text);
		const article = extractArticle(doc);
		assert.ok(renderText(article, doc).includes('cafÃ©'));
		assert.ok(renderMarkdown(article, doc).markdown.includes('cafÃ©'));
	});

	test('a title is read back through the same repair, accents included, and an em dash whose last quote pandoc wrote straight', () => {
		assert.equal(titleText('Investorâ€™s guide to the cafÃ© trade'), 'Investor’s guide to the café trade');
		assert.equal(titleText('itertools â€" Functions creating iterators'), 'itertools — Functions creating iterators');
		assert.equal(titleText('„Straße“ and café'), '„Straße“ and café');
	});

	test('the author of a double-encoded dump reads back as the page showed it; a dump with one sequence keeps its own', () => {

		const text = ["::: {.byline}", "By [JosÃ© GarcÃ­a]{.author}", ":::", "", dump(GARBLED)].join("\n");
		const article = extractArticle(parseDump(text));
		assert.equal(article.metadata.author?.value, 'José García');
		// One sequence in the whole dump: kept as written, and still a name (its "©" is no rights line).
		const once = ['::: {.byline}', 'By [JosÃ© Garcia]{.author}', ':::', '', dump('The street has changed.', false)].join('\n');
		assert.equal(extractArticle(parseDump(once)).metadata.author?.value, 'JosÃ© Garcia');
	});

	test('repairMetadataMojibake touches only text fields, and returns the same object when nothing changes', () => {
		const meta = { author: { value: 'JosÃ©', rule: 'r', confidence: 1 }, tags: { value: ['cafÃ©', 'bread'], rule: 't', confidence: 1 }, published: { value: '2024-01-02', rule: 'd', confidence: 1 } };
		const out = repairMetadataMojibake(meta, GARBLED);
		assert.equal(out.author?.value, 'José');
		assert.deepEqual(out.tags?.value, ['café', 'bread']);
		assert.equal(out.published, meta.published);
		const clean = { author: { value: 'Ann Lee', rule: 'r', confidence: 1 } };
		assert.equal(repairMetadataMojibake(clean, GARBLED), clean);
		assert.equal(repairMetadataMojibake(meta, 'plain text'), meta);
	});
});
