// Metadata (issue 12): a web studio credited for making the site ("Site designed and developed by [Studio]") is not the page's author, whatever its markup says (`creditLabels.ts`).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const BODY = 'Private lessons in piano, guitar and voice are open to every age, with teachers who play in the neighbourhood and a recital each spring.\n\n'.repeat(6);

function authorOf(dump: string): string | undefined {
	return extractMetadata(parseDump(dump), {}).author?.value;
}

suite("Metadata: a site's makers credited in its footer", () => {
	test('"designed and developed by", "built by" and "hosted by" a studio name no author', () => {
		for (const label of ['Site designed and developed', 'Website built', 'Proudly hosted', 'Designed']) {
			const dump = `# Private music lessons\n\n${BODY}::: {.f1}\n[[${label}]{itemprop="description"} by [Harbour Ink]{itemprop="creator"}](https://example.org "A studio")\n:::\n`;
			assert.strictEqual(authorOf(dump), undefined, label);
		}
	});

	test('a byline by the same markup under the title still names the author', () => {
		const dump = `# Private music lessons\n\n[By [Harbour Ink]{itemprop="creator"}]\n\n${BODY}`;
		assert.strictEqual(authorOf(dump), 'Harbour Ink');
	});
});
