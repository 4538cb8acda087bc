// Metadata (issue 12, session 38 meta43): bylines read without class words — the writer's picture and name under the title (`avatarNames.ts`), a link to the writer's `/@handle` page (`handleProfileLinks.ts`).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata } from '../../src/core/extract/article';
import { extractMetadata } from '../../src/core/extract/metadata';
import { isHandlePage } from '../../src/core/extract/metadata/handleProfileLinks';

function md(lines: readonly string[], pageKind?: string): ArticleMetadata {
	return extractMetadata(parseDump(`${lines.join('\n')}\n`), { pageKind });
}

const BODY = 'The harbour town rebuilt its sea wall over two winters, and the fishermen who watched it rise say the new stones already hold the tide better than the old ones did.';

suite('Metadata: bylines without class words (meta43)', () => {
	test("an avatar and the same name under the title, in hashed classes, give the author", () => {
		const a = md([
			'# The sea wall at Port Ellis {#x1 .c9f2 dir="auto"}',
			'',
			'### What two winters of building taught the harbour {.c7a1}',
			'',
			'::: {.c1aa .c2bb}',
			'::: {.c3cc}',
			'[![Maren Solberg\'s avatar](https://cdn.example/maren.jpg){.c4dd}](https://example.com/@maren){aria-label="View Maren Solberg\'s profile"}',
			':::',
			'',
			'::: {.c5ee}',
			'::: {.c6ff}',
			'[Maren Solberg](https://example.com/@maren){.c7gg}',
			':::',
			'',
			'::: {.c8hh}',
			'Mar 3, 2024',
			':::',
			':::',
			':::',
			'',
			BODY,
			'',
			BODY,
		]);
		assert.strictEqual(a.author?.value, 'Maren Solberg');
		assert.strictEqual(a.author?.rule, 'text:avatar-name');
	});

	test('a picture and a name that differ, a lone word, or a masthead heading give no author', () => {
		for (const [pic, text] of [
			['![Maren Solberg](m.jpg)', 'Tomas Reyes'],
			['![Facebook](f.svg)', '[Facebook](https://facebook.com/x)'],
			['![Harbour Weekly](logo.png)', '## Harbour Weekly'],
		]) {
			const a = md(['# The sea wall at Port Ellis', '', '::: {.c1}', pic, '', text, ':::', '', BODY, '', BODY]);
			assert.strictEqual(a.author, undefined, `${pic} / ${text}`);
		}
	});

	test('a grid of item icons, each followed by its name, gives no author', () => {
		const item = (name: string): string[] => ['::: {.c2}', `![${name}](https://img.example/${name.length}.png){.c3}`, '', `[${name}](/products/${name.length}){.c4}`, '', 'A small tool for tidy music libraries.', ':::', ''];
		const a = md(['# Launching today', '', ...item('Song Sweeper'), ...item('Vibe Market'), ...item('Tide Tables'), BODY]);
		assert.strictEqual(a.author, undefined);
	});

	test('a /@handle page is a profile; a post under it is not', () => {
		assert.ok(isHandlePage('https://substack.com/@backofmind'));
		assert.ok(isHandlePage('https://medium.com/@maren?source=post_page'));
		assert.ok(isHandlePage('/@maren/'));
		assert.ok(!isHandlePage('https://medium.com/@maren/the-sea-wall-1a2b'));
		assert.ok(!isHandlePage('https://example.com/author/maren'));
	});

	test('a name linked to its /@handle page under the title gives the author; a follow bar of channels does not', () => {
		const page = (meta: string[]): ArticleMetadata => md(['# The sea wall at Port Ellis {.c1}', '', '::: {.c2}', ...meta, ':::', '', BODY, '', BODY]);
		const a = page(['[Dan Davies](https://substack.com/@backofmind){.c3}', '', 'Dec 12, 2025']);
		assert.strictEqual(a.author?.value, 'Dan Davies');
		assert.strictEqual(a.author?.rule, 'link:handle-page');
		assert.strictEqual(page(['[YouTube](https://www.youtube.com/@harbourweekly){.c3}']).author, undefined);
		assert.strictEqual(page(['[Maren Solberg](https://example.com/@maren){.c3} [Tomas Reyes](https://example.com/@tomas){.c3}']).author, undefined);
	});
});
