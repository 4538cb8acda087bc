// Worker thread for pathological.test.ts: builds one hostile input in code and runs the whole core pipeline on it.
// A worker, so the test can stop a case that never finishes (a liveness guard) without hanging mocha.
import { parentPort, workerData } from 'node:worker_threads';
import { diagnose } from '../../src/core/diagnose/diagnose';
import { complexityRefusal } from '../../src/core/dump/complexity';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { buildOutline } from '../../src/core/outline/outline';
import { renderArticleHtml } from '../../src/core/render/articleHtml';
import { renderMarkdown } from '../../src/core/render/articleMarkdown';
import { decodeDump } from '../../src/core/text/decode';
import { LineIndex } from '../../src/core/text/lineIndex';
import { KIND_CASES } from './pathologicalKindCases';
import { OUTLINE_CASES } from './pathologicalOutlineCases';
import { PARSER_CASES } from './pathologicalParserCases';

export interface CaseResult {
	readonly ok: boolean;
	readonly error?: string;
	/** Wall milliseconds per step, for the report only: tests never assert speed. */
	readonly steps: Record<string, number>;
	readonly textLength: number;
	readonly blocks: number;
	readonly problems: number;
	/** Set when the bytes were refused before parsing (binary), with the reason. */
	readonly refused?: string;
	/** The parser refused the text as too complex (`complexityRefusal`). */
	readonly tooComplex?: boolean;
}

const MB = 1024 * 1024;

/** The bytes or text of each case. Built here, never committed as files. */
export function input(name: string): string | Uint8Array {
	switch (name) {
		case 'nested fences':
			return '::: {.a}\n'.repeat(100_000) + 'deep text\n' + ':::\n'.repeat(100_000);
		case 'unclosed nested fences':
			return '::: {.a}\npara [link](x\n'.repeat(100_000);
		case '10 MB line':
			return 'word [a](b) *c* {d} '.repeat((10 * MB) / 20);
		case 'a million [':
			return '['.repeat(1_000_000);
		case 'a million ![':
			return '!['.repeat(1_000_000);
		case 'a million {':
			return '{'.repeat(1_000_000);
		case 'a million ] ( pairs':
			return '['.repeat(500_000) + '](x)'.repeat(500_000);
		case 'unclosed everything':
			return ['::: {.a', '```', '~~~~', '<div>', '[x](', '![y](', '*a', '**b', '`c', '<!--', '[d]{.e', '{#f', '+---+---+', '| g | h', '> q', '-   item [', '%3Cp%3E'.repeat(40)]
				.join('\n')
				.repeat(20_000);
		case 'many unclosed code fences in divs':
			return ('::: {.a}\n~~~ x\n' + 'line\n'.repeat(5) + ':::\n').repeat(20_000);
		case 'NUL bytes':
			return Uint8Array.from({ length: 1 * MB }, (_, k) => (k % 7 === 0 ? 0 : 0x61));
		case 'NUL characters in text':
			return 'text\u0000with [NUL](x\u0000y) {#a\u0000b}\n'.repeat(20_000);
		case 'invalid UTF-8':
			return Uint8Array.from({ length: 1 * MB }, (_, k) => [0x61, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0x0a][k % 13]);
		case 'BOM':
			return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('# Title\n\nBody [a](https://a.example).\n')]);
		case 'CRLF and lone CR':
			return '::: {#a}\r\n# Title\r\rText\r\n[x](y)\r:::\r\n'.repeat(50_000);
		case 'UTF-16':
			return utf16le('::: {#a}\n# Titre\n\nTexte été\n:::\n'.repeat(10_000));
		case 'empty':
			return new Uint8Array(0);
		case '200 MB':
			// Paragraphs of prose: big, but as the pipeline meets it (the editor's size guard refuses it first).
			return ('Lorem ipsum dolor sit amet, [consectetur](https://a.example/x) adipiscing elit, sed do eiusmod.\n'.repeat(9) + '\n').repeat(Math.ceil((200 * MB) / 910));
		default:
			if (name in PARSER_CASES) return PARSER_CASES[name].text();
			if (name in OUTLINE_CASES) return OUTLINE_CASES[name].text();
			if (name in KIND_CASES) return KIND_CASES[name].text();
			throw new Error(`unknown case ${name}`);
	}
}

function run(name: string): CaseResult {
	const steps: Record<string, number> = {};
	const timed = <T>(step: string, f: () => T): T => {
		const t0 = performance.now();
		const r = f();
		steps[step] = Math.round(performance.now() - t0);
		return r;
	};
	try {
		const raw = input(name);
		let text: string;
		if (typeof raw === 'string') text = raw;
		else {
			const decoded = timed('decode', () => decodeDump(raw));
			if (!decoded.ok) return { ok: true, steps, textLength: 0, blocks: 0, problems: 0, refused: decoded.reason };
			text = decoded.text;
		}
		const doc = timed('parse', () => parseDump(text));
		// A shape the guard refuses is parsed once more without it: the parser itself must stay linear on it too.
		if (complexityRefusal(doc)) timed('parse unguarded', () => parseDump(text, { guard: false }));
		timed('line index', () => new LineIndex(text));
		// The 200 MB case stops at parsing: above the size guards (50 MB) nothing else runs on it in the product.
		if (name !== '200 MB' && !PARSER_CASES[name]?.parseOnly) {
			const article = timed('extract', () => extractArticle(doc));
			timed('outline', () => buildOutline(doc, article));
			const rendered = timed('render md', () => renderMarkdown(article, doc));
			timed('render html', () => renderArticleHtml(rendered, { dump: text }));
			timed('diagnose', () => diagnose(doc, article, {}));
		}
		return { ok: true, steps, textLength: text.length, blocks: doc.blocks.length, problems: doc.problems.length, tooComplex: complexityRefusal(doc) !== undefined || undefined };
	} catch (e) {
		return { ok: false, error: e instanceof Error ? `${e.message}\n${e.stack}` : String(e), steps, textLength: 0, blocks: 0, problems: 0 };
	}
}

if (parentPort) parentPort.postMessage(run(workerData as string));

/**
 * `text` as a UTF-16LE file with its BOM, written into one byte array. Spread into an array literal, its 660,000 bytes
 * were a JS array of numbers (8 bytes each, and its copies as it grew): the memory table measured that build, not the
 * pipeline ('UTF-16' peaked at 74 MB RSS for a 0.34 MB dump).
 */
function utf16le(text: string): Uint8Array {
	const bytes = new Uint8Array(2 + 2 * text.length);
	bytes[0] = 0xff;
	bytes[1] = 0xfe;
	for (let k = 0; k < text.length; k++) {
		const c = text.charCodeAt(k);
		bytes[2 + 2 * k] = c & 0xff;
		bytes[3 + 2 * k] = c >> 8;
	}
	return bytes;
}
