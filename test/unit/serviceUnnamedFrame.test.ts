// A landing page in an unnamed frame (kinds/coverage.ts `isOneSectionOfCleanedPage`): its headed sections are measured without the menus and footer links no class names.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractDumpText, extractFixture, KIND_FIXTURES } from '../util/kindFixtures';

const FIXTURE = 'landing-unnamed-frame.txt';

suite('Service pages in an unnamed frame', () => {
	test('a course page whose longest section wins the article pipeline keeps all its headed sections', () => {
		const { text, kind } = extractFixture(FIXTURE);
		assert.strictEqual(kind, 'service');
		for (const kept of ['one-year course for people', 'Who teaches the course', 'When the next course starts', 'What former students say', 'three clients of my own']) {
			assert.ok(text.includes(kept), `lost ${kept}`);
		}
		assert.ok(!text.includes('Evening courses for adults'), 'kept the menu above the title');
	});

	test('the same page without headed sections outside its prose stays an article of that prose', () => {
		const dump = fs.readFileSync(path.join(KIND_FIXTURES, FIXTURE), 'utf8');
		// Keep the frame and the prose; drop every headed section.
		const bare = dump.replace(/::: \{\.q3\}\n[\s\S]*?\n:::\n\n/g, '');
		assert.ok(!bare.includes('## '), 'the sections are gone');
		const { text, kind } = extractDumpText(bare);
		assert.strictEqual(kind, 'article');
		assert.ok(text.includes('one-year course for people'));
		assert.ok(!text.includes('Privacy and cookies'));
	});
});
