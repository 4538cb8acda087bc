// Admonitions (heuristics/admonitions.ts): a documentation note box is kept even when its sentence is mostly a link.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { isAdmonition, sparesAdmonition } from '../../src/core/extract/heuristics/admonitions';
import { divAttrParts } from '../../src/core/model/divNodes';
import { extractDumpText } from '../util/kindFixtures';

const PROSE =
	'The agent reads its settings once at start, so a change to the file takes effect the next time it starts, ' +
	'and a setting it does not know is reported in the log with the line it was found on, then ignored.';

/** A guide of a documentation site: a sidebar, a body with a link-dense note in a tab's zone, a footer. */
function guide(noteClass: string): string {
	return (
		`::: {.sidebar role="navigation"}\n-   [Install](/install)\n-   [Configure](/configure)\n:::\n\n` +
		`::: {.content role="main"}\n# Configure the agent\n\n${PROSE}\n\n${PROSE} Keep one file per machine.\n\n` +
		`::: zone\n::: ${noteClass}\nNote\n\nOn Windows, follow [the steps on the Windows tab](/configure?tab=windows) instead.\n:::\n:::\n\n` +
		`${PROSE} Restart it after a change.\n\n\`\`\`\nagent --config /etc/agent.toml\n\`\`\`\n:::\n\n` +
		`::: footer\nCopyright the agent project.\n:::\n`
	);
}

suite('Admonitions', () => {
	test('note, tip and warning classes of documentation generators name an admonition', () => {
		for (const cls of ['admonition', 'note', 'TIP', 'IMPORTANT', 'warning', 'callout', 'alert', 'alert--info', 'theme-admonition', 'hint']) {
			assert.ok(isAdmonition({ classes: [cls], keyValues: [] } as never), cls);
		}
		for (const cls of ['content', 'notebook', 'tooltip', 'sidebar']) assert.ok(!isAdmonition({ classes: [cls], keyValues: [] } as never), cls);
	});

	test('only a link-density verdict on a note with some prose is spared', () => {
		const index = new BlockIndex(parseDump(guide('NOTE')));
		const zone = index.containers.find((c) => divAttrParts(c).classes[0] === 'zone');
		assert.ok(zone);
		const stats = index.statsOf(zone);
		assert.ok(sparesAdmonition(zone, stats, 'link density 0.39'));
		assert.ok(!sparesAdmonition(zone, stats, 'short 40'));
		assert.ok(!sparesAdmonition(zone, { ...stats, linkChars: stats.chars }, 'link density 1.00'));
	});

	test('a guide keeps its link-dense note, not a link-dense box of another name', () => {
		const kept = extractDumpText(guide('NOTE')).text;
		assert.ok(kept.includes('follow the steps on the Windows tab'), kept);
		assert.ok(kept.includes('Restart it after a change'));
		const other = extractDumpText(guide('promo')).text;
		assert.ok(!other.includes('follow the steps on the Windows tab'), other);
	});
});
