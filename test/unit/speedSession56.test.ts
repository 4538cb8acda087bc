// Speed (issue 13, session 51): the largest container's text measure read by slot (BlockIndex.maxContainerChars), not by a hash look-up per container.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';

/** Nested, classed containers of several sizes, one of them hidden inside another. */
const PAGE = [
	'::: {.post-content .entry}',
	'::: {.byline-box}',
	'[By [Jane Roe]{.author-name}]{.byline}',
	'',
	'[Posted [March 6, 2026]{.published}]{.meta}',
	':::',
	'',
	'::: {.wp-block-group}',
	'A paragraph in a **[post]{.entry-date}** body with [a link](/x){.related} and [a span]{.caption} inside.',
	':::',
	':::',
	'',
	'::: {.sidebar}',
	'::: {.widget}',
	'[More by Jane]{.author}',
	':::',
	':::',
	'',
].join('\n');

suite('Speed (session 51): the largest container measure by slot', () => {
	test('BlockIndex.maxContainerChars: the largest charsOf of the containers, on the golden pages and on nested, hidden and empty containers', () => {
		const dir = path.join(__dirname, '../../../test/fixtures/pages');
		const texts = fs.readdirSync(dir).map((d) => fs.readFileSync(path.join(dir, d, 'source.txt'), 'utf8'));
		texts.push(PAGE, 'Only a paragraph, no container.', '::: {.a}\n::: {style="display:none"}\nHidden words here.\n:::\n:::\n', '::: {.empty}\n:::\n');
		for (const text of texts) {
			const index = new BlockIndex(parseDump(text));
			let max = 0;
			for (const c of index.containers) max = Math.max(max, index.charsOf(c));
			assert.equal(index.maxContainerChars, max);
			assert.equal(index.maxContainerChars, max, 'asked again');
		}
	});
});
