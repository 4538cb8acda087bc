// YAML front matter and the json format's metadata object: exact text, escaping, and a round trip through a tiny YAML reader.
import * as assert from 'node:assert';
import type { ArticleMetadata, MetadataField } from '../../src/core/extract/article';
import { metadataToJson, renderFrontMatter, yamlString } from '../../src/core/render/frontMatter';

function f<T>(value: T): MetadataField<T> {
	return { value, rule: 'test', confidence: 1 };
}

/**
 * Reads back the subset of YAML that renderFrontMatter writes: `key: scalar` lines and `key:` followed by `  - item`
 * lines; scalars plain or double-quoted with YAML's escapes. Numbers are read as numbers.
 */
function readFrontMatter(text: string): Record<string, unknown> {
	const lines = text.split('\n');
	assert.strictEqual(lines[0], '---');
	const end = lines.indexOf('---', 1);
	assert.ok(end > 0, 'closing ---');
	assert.strictEqual(lines.slice(end + 1).join('\n'), '', 'nothing after the closing ---');
	const out: Record<string, unknown> = {};
	let list: string[] | undefined;
	for (const line of lines.slice(1, end)) {
		const item = /^ {2}- (.*)$/.exec(line);
		if (item) {
			assert.ok(list, 'list item without a key');
			list.push(scalar(item[1]) as string);
			continue;
		}
		const m = /^([A-Za-z]+):(?: (.*))?$/.exec(line);
		assert.ok(m, `not a key line: ${JSON.stringify(line)}`);
		if (m[2] === undefined) {
			list = [];
			out[m[1]] = list;
		} else {
			list = undefined;
			out[m[1]] = scalar(m[2]);
		}
	}
	return out;
}

function scalar(s: string): unknown {
	if (s.startsWith('"')) {
		assert.ok(s.endsWith('"') && s.length >= 2, `unterminated: ${s}`);
		return s.slice(1, -1).replace(/\\(u[0-9a-f]{4}|.)/gi, (_m, e: string) => {
			if (e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
			return ({ n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' } as Record<string, string>)[e] ?? assert.fail(`unknown escape \\${e}`);
		});
	}
	// A plain scalar must not hold anything YAML would read as syntax.
	assert.ok(!/^[-?:,[\]{}#&*!|>'"%@`]|: | #/.test(s), `unsafe plain scalar: ${s}`);
	if (/^\d+$/.test(s)) return Number(s);
	return s;
}

const FULL: ArticleMetadata = {
	title: f('Behind the scenes: "Viva" #1'),
	author: f('Seth Patton'),
	published: f('2021-05-10T08:00'),
	modified: f('2021-06-03'),
	url: f('https://example.com/a?b=1#c'),
	siteName: f('Microsoft Tech Community'),
	language: f('en-US'),
	description: f('Line one\nline two — with ünïcödé and a \\ backslash'),
	tags: f(['- leading dash', 'yes', 'C#', 'plain tag']),
	leadImage: f('https://example.com/i.png'),
	wordCount: f(1234),
	pageType: f('forum' as const),
};

suite('Front matter', () => {
	test('exact text: order, quoting only where needed, tags as a block list', () => {
		assert.strictEqual(
			renderFrontMatter(FULL),
			[
				'---',
				'title: "Behind the scenes: \\"Viva\\" #1"',
				'author: Seth Patton',
				'published: 2021-05-10T08:00',
				'modified: 2021-06-03',
				'url: "https://example.com/a?b=1#c"',
				'siteName: Microsoft Tech Community',
				'language: en-US',
				'description: "Line one\\nline two — with ünïcödé and a \\\\ backslash"',
				'tags:',
				'  - "- leading dash"',
				'  - "yes"',
				'  - "C#"',
				'  - plain tag',
				'image: "https://example.com/i.png"',
				'wordCount: 1234',
				'pageType: forum',
				'---',
				'',
			].join('\n'),
		);
	});

	test('round trip: every value reads back unchanged', () => {
		const back = readFrontMatter(renderFrontMatter(FULL));
		const json = metadataToJson(FULL);
		assert.deepStrictEqual(back, {
			title: json.title,
			author: json.author,
			published: json.published,
			modified: json.modified,
			url: json.url,
			siteName: json.siteName,
			language: json.language,
			description: json.description,
			tags: json.tags,
			image: json.image,
			wordCount: json.wordCount,
			pageType: json.pageType,
		});
	});

	test('absent fields are omitted; no fields gives no front matter', () => {
		assert.strictEqual(renderFrontMatter({ title: f('Only a title') }), '---\ntitle: Only a title\n---\n');
		assert.strictEqual(renderFrontMatter({}), '');
		assert.strictEqual(renderFrontMatter({ tags: f([]) }), '');
	});

	test('strings YAML would misread are quoted, and controls are escaped', () => {
		for (const s of ['true', 'No', 'null', '~', '123', '1.5', '0x1F', '-x', '? q', 'a: b', 'a #b', '#x', "'q'", '[x]', '{x}', '*a', '&a', '!t', '|', '>', '%p', '@x', '`x', ' lead', 'trail ', '12:30']) {
			assert.ok(yamlString(s).startsWith('"'), `${s} should be quoted`);
		}
		assert.strictEqual(yamlString('tab\there\u0007\u2028'), '"tab\\there\\u0007\\u2028"');
		assert.strictEqual(yamlString('Ünïcödé title'), 'Ünïcödé title');
		assert.strictEqual(yamlString('東京の記事'), '東京の記事');
	});

	test('round trip of awkward strings', () => {
		for (const s of ['a: b', '"quoted"', 'back\\slash', 'multi\nline\r\nend', '- dash', '#hash', 'emoji 😀', 'nbsp\u00a0here', 'true']) {
			const back = readFrontMatter(renderFrontMatter({ title: f(s) }));
			assert.strictEqual(back.title, s);
		}
	});
});

suite('Metadata JSON', () => {
	test('every key present, null or [] for what was not found', () => {
		assert.deepStrictEqual(metadataToJson({}), {
			title: null,
			author: null,
			published: null,
			modified: null,
			url: null,
			siteName: null,
			language: null,
			description: null,
			tags: [],
			image: null,
			wordCount: null,
			pageType: null,
		});
	});

	test('values without provenance', () => {
		const j = metadataToJson(FULL);
		assert.strictEqual(j.title, 'Behind the scenes: "Viva" #1');
		assert.deepStrictEqual(j.tags, ['- leading dash', 'yes', 'C#', 'plain tag']);
		assert.strictEqual(j.image, 'https://example.com/i.png');
		assert.strictEqual(j.wordCount, 1234);
	});
});
