// Metadata (issue 12): a one- or two-word label before a spaced dash (a forum board, a command's name) is left out of the title.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';
import { withoutLeadLabel } from '../../src/core/extract/metadata/titleLeadLabel';

const BODY = 'A paragraph of body text long enough to be read as the post, with more words after it so that it counts as one.\n';

function titleOf(dump: string, pageKind?: string): string | undefined {
	return extractMetadata(parseDump(dump), { pageKind }).title?.value;
}

suite('Metadata: a label before the title', () => {
	test("a thread's board before a dash is no part of its title", () => {
		const dump = `# Billing help - how do I remove a saved card {#billing-help .topic-title}\n\n${BODY}`;
		assert.strictEqual(titleOf(dump, 'forum'), 'how do I remove a saved card');
	});

	test("a command's name before an em dash (pandoc's ---) gives way to its description", () => {
		assert.strictEqual(withoutLeadLabel('tar(1) --- Linux manual page', 'documentation'), 'Linux manual page');
		assert.strictEqual(withoutLeadLabel('csv — CSV file reading and writing', 'documentation'), 'CSV file reading and writing');
	});

	test('a headline whose lead has three words, a short rest, or a product name is kept whole', () => {
		assert.strictEqual(withoutLeadLabel('How Machine Learning Works - 10 Use Cases', 'article'), undefined);
		assert.strictEqual(withoutLeadLabel('Squad 2024 - 2025', 'forum'), undefined);
		assert.strictEqual(withoutLeadLabel('Acme - Trail Running Shoe Model 4', 'product'), undefined);
		assert.strictEqual(withoutLeadLabel('Content Depth — Write About Your Core Topics', 'article'), undefined);
		assert.strictEqual(withoutLeadLabel('Content Depth — Write About Your Core Topics', undefined), undefined);
		assert.strictEqual(withoutLeadLabel('A headline-with-hyphens and no spaced dash', 'article'), undefined);
		const dump = `# Squad 2024 - 2025\n\n${BODY}`;
		assert.strictEqual(titleOf(dump, 'forum'), 'Squad 2024 - 2025');
	});
});
