// Heading-slug ids (heuristics/headingSlugIds.ts): a section whose id is its heading's slug is not pruned by the words of that id.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex, type Container } from '../../src/core/extract/blockIndex';
import { isHeadingSlugId, roleId } from '../../src/core/extract/heuristics/headingSlugIds';
import { isUnlikely } from '../../src/core/extract/prune';
import { extractDumpText } from '../util/kindFixtures';

const PROSE =
	'A maintainer reads every change before it is merged, and the notes you write with it are what they read first, ' +
	'so write them for someone who has not seen the problem, with the reason for the change and what it costs.';

/** A section as Sphinx prints it: an id made from its heading, a permalink after the heading's text. */
function section(id: string, heading: string, body: string): string {
	return `::: {#${id} .section}\n## ${heading}[¶](#${id} "Permalink to this heading"){.headerlink}\n\n${body}\n:::\n`;
}

/** A guide of a Sphinx site: a sidebar, the body of three sections, a footer. */
function guide(middle: string): string {
	return (
		`::: {.sphinxsidebar role="navigation"}\n-   [Index](/index.html)\n-   [Search](/search.html)\n:::\n\n` +
		`::: body\n# Sending a change\n\n${section('describe-your-change', 'Describe your change', `${PROSE} Keep it short.`)}\n` +
		`${middle}\n${section('sign-your-work', 'Sign your work', `${PROSE} Add your name.`)}\n:::\n\n` +
		`::: footer\nCopyright the project.\n:::\n`
	);
}

function containerWithId(dump: string, id: string): { index: BlockIndex; c: Container } {
	const index = new BlockIndex(parseDump(dump));
	const c = index.containers.find((k) => k.attrs.id === id);
	assert.ok(c, id);
	return { index, c };
}

suite('Heading-slug ids', () => {
	test('an id made from its own heading of three words or more is a heading slug', () => {
		const dump = guide(section('respond-to-review-comments', 'Respond to review comments', PROSE));
		const { index, c } = containerWithId(dump, 'respond-to-review-comments');
		assert.ok(isHeadingSlugId(c, 'respond-to-review-comments'));
		assert.strictEqual(roleId(c, 'respond-to-review-comments'), undefined);
		assert.strictEqual(isUnlikely(index, c), undefined);
	});

	test('a short id, or one that is not its heading, still names the container', () => {
		const comments = containerWithId(section('comments', 'Comments', PROSE), 'comments');
		assert.ok(!isHeadingSlugId(comments.c, 'comments'));
		assert.strictEqual(roleId(comments.c, 'comments'), 'comments');
		assert.ok(isUnlikely(comments.index, comments.c));
		const other = containerWithId(section('reader-comments-list', 'What readers said', PROSE), 'reader-comments-list');
		assert.ok(!isHeadingSlugId(other.c, 'reader-comments-list'));
		assert.ok(isUnlikely(other.index, other.c));
	});

	test('a guide keeps its section whose heading names comments', () => {
		const { text } = extractDumpText(guide(section('respond-to-review-comments', 'Respond to review comments', `Answer each reviewer by mail. ${PROSE}`)));
		for (const kept of ['Describe your change', 'Respond to review comments', 'Answer each reviewer by mail', 'Sign your work']) assert.ok(text.includes(kept), `lost ${kept}`);
		assert.ok(!text.includes('Copyright the project'));
	});
});
