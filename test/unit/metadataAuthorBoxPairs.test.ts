// Metadata: an author box's picture or empty author-page link followed by the name alone names the author (`authorBoxPairs.ts`).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const PARAGRAPHS =
	'Rhubarb forces early if you cover the crown with a tall pot in late winter: the stalks grow pale, tender and sweet, and they are ready a month before the open ones.\n\n' +
	'Let a forced crown rest the following year, feed it with compost in autumn, and pick only the thickest stalks, twisting them off at the base rather than cutting.\n\n' +
	'Never eat the leaves, which hold oxalic acid; put them on the compost heap, where they rot down quickly with grass cuttings.\n\n';

const BODY = PARAGRAPHS.repeat(8);

function authorOf(dump: string): { value?: string; rule?: string } {
	const a = extractMetadata(parseDump(dump), {}).author;
	return { value: a?.value, rule: a?.rule };
}

suite('Metadata: author boxes of a picture or an empty author link and the name', () => {
	test('a picture named after a person, then the name and a role line, after the article names the author', () => {
		const dump = `# Forcing rhubarb under a pot\n\n${BODY}::: {.b1}\n::: {.b2}\n![Picture of Orla Fennimore](https://example.org/img/orla.jpg)\n:::\n\n::: {.b3}\n<div>\n\n#### Orla Fennimore\n\n</div>\n\n::: {.b4}\nHead Gardener\n:::\n:::\n:::\n`;
		assert.deepStrictEqual(authorOf(dump), { value: 'Orla Fennimore', rule: 'card:picture-name:far' });
	});

	test('an author-page link with no words, then a name sharing a word with its slug, names the author', () => {
		const dump = `# Forcing rhubarb under a pot\n\n${BODY}::: {.b1}\n[](https://example.org/author/orla/)\n\n#### Orla Fennimore\n\n[Author's Profile](https://example.org/author/orla/)\n:::\n`;
		assert.deepStrictEqual(authorOf(dump), { value: 'Orla Fennimore', rule: 'card:author-link-name:far' });
	});

	test('an empty author link before a name its slug does not share is not read', () => {
		const dump = `# Forcing rhubarb under a pot\n\n${BODY}::: {.b1}\n[](https://example.org/author/editor7/)\n\n#### Orla Fennimore\n:::\n`;
		assert.strictEqual(authorOf(dump).value, undefined);
	});

	test('two boxes under different names (a team) name nobody', () => {
		const dump = `# Forcing rhubarb under a pot\n\n${BODY}::: {.t1}\n![Photo of Orla Fennimore](https://example.org/img/orla.jpg)\n\nOrla Fennimore\n:::\n\n::: {.t1}\n![Photo of Tobias Wren](https://example.org/img/tobias.jpg)\n\nTobias Wren\n:::\n`;
		assert.strictEqual(authorOf(dump).value, undefined);
	});

	test('a picture whose alt text is a bare name (a product\'s, an icon\'s) is no author box', () => {
		const dump = `# Forcing rhubarb under a pot\n\n${BODY}::: {.p1}\n![Garden Forks](https://example.org/img/forks.jpg)\n\nGarden Forks\n:::\n`;
		assert.strictEqual(authorOf(dump).value, undefined);
	});
});
