// Metadata (issue 12): an author box's name element after the article, in a theme's own class names, is the author.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const BODY = 'Remember this truth: effective digital marketing does not cost money, it makes money, and every dollar spent well returns several more.';

function md(lines: readonly string[]): ReturnType<typeof extractMetadata> {
	return extractMetadata(parseDump(`${lines.join('\n')}\n`), {});
}

/** An article, then an author box after its text whose name element is `nameClass` inside a `boxClass` container. */
function page(boxClass: string, nameClass: string, name: string): string[] {
	return ['# Digital marketing costs demystified', '', BODY, '', BODY, '', `::: ${boxClass}`, '![](/headshot.jpg)', '', `::: ${nameClass}`, name, ':::', '', 'Scott has run a web agency for thirty years.', ':::', ''];
}

suite('Metadata: author box names in a theme\'s own words', () => {
	test('a name element inside a `…__author-box` container is the author, its "By" left out', () => {
		assert.strictEqual(md(page('single-post__author-box', 'single-post__name', 'By Scott Kasun')).author?.value, 'Scott Kasun');
	});

	test('an `auth-box-name` element is the author', () => {
		assert.strictEqual(md(page('entry-extra', 'auth-box-name', 'Kashmir Brummel')).author?.value, 'Kashmir Brummel');
	});

	test('a name element in a box that is no author box is not', () => {
		assert.strictEqual(md(page('single-post__testimonial', 'single-post__name', 'Scott Kasun')).author, undefined);
		assert.strictEqual(md(page('team-card', 'team-card_title', 'Scott Kasun')).author, undefined);
	});
});
