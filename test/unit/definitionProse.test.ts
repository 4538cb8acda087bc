// Definition lists of prose (heuristics/definitionProse.ts): an option list's definitions score as paragraphs, a data list's do not.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { isProseDefinition, proseDefinitionParagraphs } from '../../src/core/extract/heuristics/definitionProse';
import type { Block, List } from '../../src/core/model/dumpDocument';
import { foldingRanges } from '../../src/core/outline/folding';
import { extractDump, formatExtraction } from '../../src/core/render/formats';
import { extractDumpText } from '../util/kindFixtures';

/** The first definition list of a dump. */
function firstDefinitionList(text: string): List {
	const find = (blocks: readonly Block[]): List | undefined => {
		for (const b of blocks) {
			if (b.kind === 'list' && b.definition) return b;
			const inner = b.kind === 'div' ? find(b.children) : undefined;
			if (inner) return inner;
		}
		return undefined;
	};
	const list = find(parseDump(text).blocks);
	assert.ok(list, 'no definition list');
	return list;
}

const NAMES = ['all', 'patch', 'quiet', 'verbose', 'no-verify', 'edit', 'amend', 'signoff', 'dry-run', 'status'];
/** Ten options, each defined in two sentences, as a manual defines them. */
const OPTIONS: [string, string, string][] = NAMES.map((name) => [
	`-${name[0]}${name.length}`,
	`--${name}`,
	`With the ${name} option, the command changes how the commit is recorded, and the change is kept for this commit only. ` +
		`See the configuration section for the setting that makes ${name} the default, and for its interplay with hooks.`,
]);

/** Asciidoctor's option list as pandoc writes it: two anchored names a term, joined by a hard break. */
function optionList(wrapped = false): string {
	return OPTIONS.map(([short, long, text]) => {
		const def = wrapped ? `:   ::: paragraph\n    ${text}\n    :::` : `:   ${text}`;
		return `[](#o${short}){#o${short} .anchor}[\`${short}\`]{.synopsis}\\\n[](#o${long}){#o${long} .anchor}[\`${long}\`]{.synopsis}\n\n${def}\n`;
	}).join('\n');
}

const PROSE =
	'Create a new commit containing the current contents of the index and the given log message describing the changes. ' +
	'The new commit is a direct child of HEAD, usually the tip of the current branch, and the branch is updated to point to it.';

/** A description of a few paragraphs: strong enough to be the top candidate alone. */
const DESCRIPTION = Array.from({ length: 6 }, (_, i) => `::: paragraph\n${PROSE} This is note ${i + 1} of the description.\n:::\n\n`).join('');

/** A man page in Asciidoctor's markup: a description section of paragraphs, then an OPTIONS section holding only its option list. */
function manPage(options: string): string {
	return (
		`::: {#header}\n# git-demo(1) Manual Page\n:::\n\n::: {#content}\n` +
		`::: sect1\n## DESCRIPTION {#_description}\n\n::: sectionbody\n${DESCRIPTION}:::\n:::\n\n` +
		`::: sect1\n## OPTIONS {#_options}\n\n::: sectionbody\n::: dlist\n\n${options}:::\n:::\n:::\n:::\n`
	);
}

/** A shop's custom fields printed as a definition list: names, short values, addresses, a few sentences. */
function fieldList(names: (i: number) => string): string {
	const items: string[] = [];
	for (let i = 0; i < 12; i++) {
		const value = i % 4 === 0 ? 'We ship nationwide, and most orders received by 2pm are processed the same day.' : i % 2 === 0 ? `https://cdn.example.com/images/stencil/160x160/tee_${i}.jpg` : 'Regular';
		items.push(`${names(i)}:\n:   ${value}\n`);
	}
	return items.join('\n');
}

suite('Definition lists of prose', () => {
	test('a definition paragraph is prose when it is long and ends a sentence', () => {
		assert.ok(isProseDefinition('Stage files that have been modified and deleted.'));
		assert.ok(isProseDefinition('Show the diff ("the changes") before the message is written!'));
		assert.ok(!isProseDefinition('Mid weight, 5.3 oz, 28-singles, 100% combed cotton'));
		assert.ok(!isProseDefinition('Regular.'));
		assert.ok(!isProseDefinition('https://cdn.example.com/images/stencil/160x160/tee_2.jpg'));
	});

	test("an option list's definitions are its paragraphs, wrapped or not; a nested list's are not", () => {
		const direct = proseDefinitionParagraphs(firstDefinitionList(optionList()));
		assert.deepEqual(direct.map((p) => p.kind), OPTIONS.map(() => 'paragraph'));
		const wrapped = proseDefinitionParagraphs(firstDefinitionList(optionList(true)));
		assert.equal(wrapped.length, OPTIONS.length);
		const text = optionList();
		assert.deepEqual(direct[0].range, { start: text.indexOf(OPTIONS[0][2]), end: text.indexOf(OPTIONS[0][2]) + OPTIONS[0][2].length });
		// A definition holding a nested list: the list is not a paragraph, the sentence before it is.
		const nested = proseDefinitionParagraphs(firstDefinitionList('Term\n\n:   A sentence that defines the term at some length.\n\n    -   one\n    -   two\n'));
		assert.deepEqual(nested.map((p) => p.kind), ['paragraph']);
	});

	test('a list of values, or of field names, scores nothing', () => {
		// Readable names, mostly values: 3 sentences in 12 items.
		assert.deepEqual(proseDefinitionParagraphs(firstDefinitionList(fieldList((i) => `Field ${i}`))), []);
		// Field names with prose values in most items: still a record.
		const prose = Array.from({ length: 6 }, (_, i) => `shipping_chunk-${i}:\n:   We ship nationwide, and most orders received by 2pm are processed the same day.\n`).join('\n');
		assert.deepEqual(proseDefinitionParagraphs(firstDefinitionList(prose)), []);
		// Not a definition list.
		assert.deepEqual(proseDefinitionParagraphs(parseDump('-   one\n-   two\n').blocks[0] as List), []);
	});

	test("a man page's OPTIONS section joins its description", () => {
		for (const wrapped of [false, true]) {
			const text = extractDumpText(manPage(optionList(wrapped))).text;
			assert.ok(text.includes('Create a new commit containing'), text);
			for (const [short, long, def] of OPTIONS) assert.ok(text.includes(`- ${short}\n  ${long}\n  ${def}`), `${short} (${wrapped}): ${text}`);
			assert.ok(!text.includes('::: paragraph'), text);
		}
	});

	test('every output format and the folding ranges keep a term of two lines as one term', () => {
		const dump = manPage(optionList());
		const extraction = extractDump(dump);
		const md = formatExtraction(extraction, 'md');
		assert.ok(md.includes('- `-a3`\\\n  `--all`\n\n  With the all option, the command'), md);
		assert.ok(!/^: /m.test(md), md);
		const html = formatExtraction(extraction, 'html');
		assert.ok(html.includes('<li>\n<p><code>-a3</code><br>\n<code>--all</code></p>\n<p>With the all option, the command'), html);
		const json = JSON.parse(formatExtraction(extraction, 'json')) as { markdown: string; text: string };
		assert.ok(json.markdown.includes('- `-a3`\\\n  `--all`'), json.markdown);
		assert.ok(json.text.includes('- -a3\n  --all\n  With the all option, the command'), json.text);
		// The list folds from its first term's first line.
		const doc = parseDump(dump);
		const firstTerm = dump.slice(0, dump.indexOf('[](#o-a3)')).split('\n').length - 1;
		assert.ok(foldingRanges(doc).some((r) => r.kind === 'list' && r.startLine === firstTerm), JSON.stringify(foldingRanges(doc)));
	});
});
