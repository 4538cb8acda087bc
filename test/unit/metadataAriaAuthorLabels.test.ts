// Metadata: an author-page link above the title whose aria-label is "Author: <its text>" is a labelled byline (`ariaAuthorLabels.ts`).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const BODY =
	'My cast iron skillet came out of the oven with a grey film on it after I baked bread in it twice, and scrubbing with salt only moved the film around the pan.\n\n' +
	'Is it the seasoning flaking, or something in the dough? I used plain flour, water, yeast and a spoon of olive oil, at two hundred and thirty degrees for forty minutes.\n';

function authorOf(dump: string): string | undefined {
	return extractMetadata(parseDump(dump), {}).author?.value;
}

suite('Metadata: aria-labelled author links above the title', () => {
	test('a member link labelled "Author: <its name>" above the post title names the author', () => {
		const dump = `::: {.p1}\n[r/castiron]{.p2}\n\n::: {.p3}\n[skillet_wren](/user/skillet_wren/){.p4 aria-label="Author: skillet_wren"}\n:::\n:::\n\n# Grey film on my skillet after baking bread\n\n${BODY}`;
		assert.strictEqual(authorOf(dump), 'skillet_wren');
	});

	test('a label that is not followed by the link\'s own text ("Author profile") is no label', () => {
		const dump = `::: {.p1}\n[r/castiron]{.p2}\n\n::: {.p3}\n[skillet_wren](/user/skillet_wren/){.p4 aria-label="Author profile"}\n:::\n:::\n\n# Grey film on my skillet after baking bread\n\n${BODY}`;
		assert.strictEqual(authorOf(dump), undefined);
	});
});
