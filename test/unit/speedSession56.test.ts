// Speed (issue 13, session 51): the metadata scan's ancestor vocabulary tests (`profileMatch`, `vocab`) answered from a column filled once per node (metadata/nearestMatches.ts).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { type ChainNode, MAX_KEPT_DISTANCE, NearestMatches, NONE_WITHIN } from '../../src/core/extract/metadata/nearestMatches';
import { ANCESTOR_DEPTH, MetadataScan, type MNode } from '../../src/core/extract/metadata/scan';

/** A node of an invented tree: its number, its parent and whether its words match. */
interface TreeNode extends ChainNode {
	readonly parent: TreeNode | undefined;
	readonly match: boolean;
}

/** A tree from a list of (parent index among the earlier nodes or -1, match) pairs: node i's parent comes before it. */
function tree(spec: readonly (readonly [number, boolean])[]): TreeNode[] {
	const nodes: TreeNode[] = [];
	spec.forEach(([p, match], order) => nodes.push({ order, parent: p >= 0 && p < order ? nodes[p] : undefined, match }));
	return nodes;
}

/** The distance as the old walk read it: each ancestor asked in turn. */
function walked(n: TreeNode): number {
	let d = 0;
	for (let p: TreeNode | undefined = n; p !== undefined; p = p.parent, d++) if (p.match) return Math.min(d, NONE_WITHIN);
	return NONE_WITHIN;
}

/** A chain of `depth + 1` nodes, the top one matching when `topMatches`. */
function chain(depth: number, topMatches: boolean): TreeNode[] {
	return tree(Array.from({ length: depth + 1 }, (_, i) => [i - 1, i === 0 && topMatches] as const));
}

/** Words of two platforms' markup and of plain containers, over several levels, so that `vocab` and `profileMatch` have ancestors to read. */
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

suite('Speed (session 51): ancestor vocabulary tests from a column filled once per node', () => {
	test('NearestMatches: the distance of the old ancestor walk in any asking order; each node tested once when parents are asked first', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.integer({ min: -1, max: 60 }), fc.boolean()), { minLength: 1, maxLength: 80 }),
				fc.array(fc.nat(), { maxLength: 120 }),
				(spec, asks) => {
					const nodes = tree(spec);
					const re = /x/;
					let tests = 0;
					const matches = (n: ChainNode): boolean => {
						tests++;
						return (n as TreeNode).match;
					};
					// Asked in a random order: the old walk's answer, at most MAX_KEPT_DISTANCE + 1 tests a call.
					const near = new NearestMatches();
					for (const a of asks) {
						const n = nodes[a % nodes.length];
						const before = tests;
						assert.equal(near.distance(n, re, nodes.length, matches), walked(n));
						assert.ok(tests - before <= MAX_KEPT_DISTANCE + 1);
					}
					for (const n of nodes) assert.equal(near.distance(n, re, nodes.length, matches), walked(n));
					// Every node asked, parents first (a node's parent comes before it): one test a node.
					const fresh = new NearestMatches();
					tests = 0;
					for (const n of nodes) assert.equal(fresh.distance(n, re, nodes.length, matches), walked(n));
					assert.equal(tests, nodes.length);
				},
			),
			{ numRuns: 300 },
		);
	});

	test('NearestMatches: a column per regex; distances beyond the kept range read as none', () => {
		const near = new NearestMatches();
		const deep = chain(MAX_KEPT_DISTANCE + 5, true);
		const bottom = deep[deep.length - 1];
		assert.equal(near.distance(bottom, /a/, deep.length, (n) => (n as TreeNode).match), NONE_WITHIN);
		assert.equal(near.distance(deep[MAX_KEPT_DISTANCE], /a/, deep.length, (n) => (n as TreeNode).match), MAX_KEPT_DISTANCE);
		// Another regex: its own column, tested again.
		let tests = 0;
		assert.equal(
			near.distance(deep[3], /b/, deep.length, () => {
				tests++;
				return false;
			}),
			NONE_WITHIN,
		);
		assert.equal(tests, 4);
	});

	test('vocab and profileMatch answer as the ancestor walk, for every node, depth and key, in a scan and in one made from it', () => {
		const doc = parseDump(PAGE);
		const s = new MetadataScan(doc, {});
		const other = new MetadataScan(doc, { region: { start: 0, end: 40 } }, s);
		assert.ok(s.nodes.length > 10);
		const walk = (scan: MetadataScan, n: MNode, re: RegExp, depth: number): 0 | 1 | 2 => {
			if (scan.wordTest(n, re)) return 2;
			let p = n.parent;
			for (let i = 0; i < depth && p; i++, p = p.parent) if (scan.wordTest(p, re)) return 1;
			return 0;
		};
		for (const scan of [s, other]) {
			for (const re of [/author|byline/, /published|date/, /related|sidebar|widget/, /caption/, /nothing-here/]) {
				for (const depth of [0, 1, 2, ANCESTOR_DEPTH, 6, MAX_KEPT_DISTANCE + 1]) {
					for (const n of scan.nodes) assert.equal(scan.vocab(n, re, depth), walk(scan, n, re, depth), `${re} depth ${depth} node ${n.order}`);
				}
				for (const n of scan.nodes) assert.equal(scan.vocab(n, re), walk(scan, n, re, ANCESTOR_DEPTH));
			}
		}
		// The page's platform words (`wp-block-group`) give it a profile: profileMatch is its regex over the node and ANCESTOR_DEPTH ancestors.
		assert.equal(s.profile?.name, 'wordpress');
		const keys = ['title', 'author', 'published', 'modified', 'tags', 'description'] as const;
		let found = 0;
		for (const scan of [other, s]) {
			for (const key of keys) {
				const re = scan.profile?.[key];
				for (const n of scan.nodes) {
					const yes = re !== undefined && walk(scan, n, re, ANCESTOR_DEPTH) > 0;
					if (yes) found++;
					assert.equal(scan.profileMatch(n, key), yes, `${key} node ${n.order}`);
				}
			}
		}
		assert.ok(found > 0, 'the profile names some nodes');
		// Without a profile, profileMatch is false for every node.
		const plain = new MetadataScan(parseDump(PAGE.replace('wp-block-group', 'group')), {});
		assert.equal(plain.profile, undefined);
		for (const n of plain.nodes) assert.equal(plain.profileMatch(n, 'author'), false);
	});

	test('vocab and profileMatch ask each node once per regex, however many descendants ask after it', () => {
		const s = new MetadataScan(parseDump(PAGE), {});
		let asked = 0;
		const wordTest = s.wordTest.bind(s);
		s.wordTest = (n: MNode, re: RegExp): boolean => {
			asked++;
			return wordTest(n, re);
		};
		const re = /nothing-here/;
		for (let k = 0; k < 3; k++) for (const n of s.nodes) assert.equal(s.vocab(n, re), 0);
		assert.equal(asked, s.nodes.length, 'one test a node for the regex, over three rounds of every node');
		for (let k = 0; k < 3; k++) for (const n of s.nodes) s.profileMatch(n, 'published');
		assert.equal(asked, 2 * s.nodes.length, 'and one a node for the profile\'s regex');
	});

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
