import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import type { Block } from '../../src/core/model/dumpDocument';
import { RangedNode } from '../../src/core/model/rangedNode';
import { walkBlocks } from '../../src/core/model/walk';

const DUMP = [
	'# Title {#t .x}',
	'',
	'Some text.',
	'',
	'Setext',
	'======',
	'',
	'- one',
	'- two',
	'',
	'::: {.box data-x="1"}',
	'Inside.',
	':::',
	'',
	'<div class="html">',
	'',
	'Html inside.',
	'',
	'</div>',
	'',
].join('\n');

/** Every parsed node of a RangedNode class (blocks, list items, attribute blocks), by class name. */
function rangedNodes(): Map<string, RangedNode> {
	const out = new Map<string, RangedNode>();
	const add = (x: unknown): void => {
		if (x instanceof RangedNode && !out.has(x.constructor.name)) out.set(x.constructor.name, x);
	};
	walkBlocks(parseDump(DUMP).blocks, (b: Block) => {
		add(b);
		add((b as { attrs?: unknown }).attrs);
		if (b.kind === 'list') for (const it of b.items) add(it);
	});
	return out;
}

suite('speed: RangedNode without class-field initialisers (issue 13)', () => {
	test('the base class defines no fields of its own: its constructor sets start and end', () => {
		// A `start;` / `end;` field would run an initialiser shared by every subclass (megamorphic: 8.8% of the parse).
		assert.doesNotMatch(RangedNode.toString(), /^\s*(?:start|end)\s*[;=]/m);
	});

	test('every node keeps its own keys in the order the fields had (start and end first)', () => {
		const nodes = rangedNodes();
		assert.deepEqual([...nodes.keys()].sort(), ['AttributedHeadingNode', 'AttributesNode', 'FencedDivNode', 'HeadingNode', 'HtmlDivNode', 'ListItemNode', 'ParagraphNode']);
		for (const [name, n] of nodes) {
			const keys = Object.keys(n);
			// A heading's end is derived from its packed field (an accessor on the prototype, session 30: 8 bytes less).
			assert.deepEqual(keys.slice(0, 2), name.endsWith('HeadingNode') ? ['start', 'inlines'] : ['start', 'end'], name);
			assert.equal(typeof n.start, 'number', name);
			assert.ok(n.end >= n.start, name);
			assert.deepEqual(n.range, { start: n.start, end: n.end }, name);
		}
		// A paragraph holds its inlines in one field (`inlines`: an array, one inline, or its source string; `content` is a getter).
		assert.deepEqual(Object.keys(nodes.get('ParagraphNode')!), ['start', 'end', 'inlines']);
		assert.deepEqual(Object.keys(nodes.get('ListItemNode')!), ['start', 'end', 'markerStart', 'markerEnd', 'children']);
	});
});
