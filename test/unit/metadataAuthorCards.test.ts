// Metadata (issue 12): an author card with no author markup — a picture named after the writer and a bio starting with the name (authorCards.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata } from '../../src/core/extract/article';
import { extractMetadata } from '../../src/core/extract/metadata';

function md(lines: readonly string[], pageKind = 'article'): ArticleMetadata {
	return extractMetadata(parseDump(`${lines.join('\n')}\n`), { pageKind });
}

const FILLER = 'A slow morning by the harbour starts with bread from the corner bakery and a walk along the old sea wall.';
const BODY = ['# Ten quiet mornings by the harbour', '', ...Array.from({ length: 10 }, () => [FILLER, '']).flat()];
/** A card after the article: picture, name with a role, then the bio. */
const CARD = (name: string, bio: string): string[] => ['------', '', `![${name}](/img/writer.jpg){.rounded}`, '', `**${name}** *Travel writer*`, '', bio, ''];
const BIO = 'Marta Kowalczyk is a travel writer based in Gdansk. When she is not on a ferry she edits a small magazine about ports.';

suite('Metadata: author cards (authorCards.ts)', () => {
	test('a picture named after the writer and a bio starting with the name give the author', () => {
		const m = md([...BODY, ...CARD('Marta Kowalczyk', BIO)]);
		assert.strictEqual(m.author?.value, 'Marta Kowalczyk');
	});

	test('a bio that starts with the first name counts too', () => {
		const m = md([...BODY, ...CARD('Marta Kowalczyk', 'Marta explores old harbours and their people. Her work appears in several travel magazines.')]);
		assert.strictEqual(m.author?.value, 'Marta Kowalczyk');
	});

	test("a product's picture and description are no card (no person's pronoun)", () => {
		const m = md([...BODY, ...CARD('Harbour Six Kettle', 'Harbour Six Kettle is a stovetop kettle made of steel that boils a litre of water in four minutes.')]);
		assert.strictEqual(m.author, undefined);
	});

	test('two cards are a team page or testimonials: none is read', () => {
		const other = 'Jonas Berg is a photographer from Malmo. He has shot harbours around the Baltic for twenty years and more.';
		const m = md([...BODY, ...CARD('Marta Kowalczyk', BIO), ...CARD('Jonas Berg', other)]);
		assert.strictEqual(m.author, undefined);
	});

	test('a byline under the title wins over a card', () => {
		const m = md([BODY[0], '', 'By Ola Nowak', '', ...BODY.slice(2), ...CARD('Marta Kowalczyk', BIO)]);
		assert.strictEqual(m.author?.value, 'Ola Nowak');
	});
});
