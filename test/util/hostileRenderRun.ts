// Runs the whole core pipeline on one renderer-hostile input (see hostileRender.ts) and reports time and peak memory.
// A child process entry point (`node hostileRenderRun.js NAME BYTES`) for the liveness test and the bench.
import { diagnose } from '../../src/core/diagnose/diagnose';
import { complexityRefusal } from '../../src/core/dump/complexity';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { buildOutline } from '../../src/core/outline/outline';
import { renderArticleHtml } from '../../src/core/render/articleHtml';
import { MAX_TOC_ITEMS } from '../../src/vscode/previewModel';
import { renderMarkdown } from '../../src/core/render/articleMarkdown';
import { formatExtraction } from '../../src/core/render/formats';
import { RENDER_HOSTILE_GENERATORS } from './hostileRender';

export interface PipelineReport {
	readonly name: string;
	readonly bytes: number;
	/** Wall milliseconds per step, reported, never asserted. */
	readonly steps: Record<string, number>;
	/** Resident set before the input was built, and the process's peak resident set at the end. */
	readonly baseRss: number;
	readonly peakRss: number;
	readonly markdownLength: number;
	readonly html: string;
	/** The parser's "too complex" message when it refused the input (no blocks, one problem), else undefined. */
	readonly refused?: string;
}

/** The steps the editor and the CLI run on a dump, in order, timed; `html` is the preview's fragment (first 200 KB). */
export function runPipeline(name: string, text: string, baseRss: number): PipelineReport {
	const steps: Record<string, number> = {};
	const timed = <T>(step: string, f: () => T): T => {
		const t0 = performance.now();
		const r = f();
		steps[step] = Math.round(performance.now() - t0);
		return r;
	};
	const doc = timed('parse', () => parseDump(text));
	const article = timed('extract', () => extractArticle(doc));
	timed('outline', () => buildOutline(doc, article));
	const rendered = timed('render md', () => renderMarkdown(article, doc));
	const html = timed('render html', () => renderArticleHtml(rendered, { dump: text, images: 'https', maxToc: MAX_TOC_ITEMS }).html);
	timed('diagnose', () => diagnose(doc, article, {}));
	timed('format json', () => formatExtraction({ doc, article, rendered }, 'json'));
	const peakRss = process.resourceUsage().maxRSS * 1024;
	return { name, bytes: Buffer.byteLength(text), steps, baseRss, peakRss, markdownLength: rendered.markdown.length, html: html.slice(0, 200_000), refused: complexityRefusal(doc)?.message };
}

function main(): void {
	const [name, bytesArg] = process.argv.slice(2);
	const gen = RENDER_HOSTILE_GENERATORS[name];
	if (!gen) throw new Error(`unknown hostile input ${name}`);
	// Warm the modules on a small input so their code is not counted against the big one.
	runPipeline(name, gen(10_000), 0);
	(globalThis as { gc?: () => void }).gc?.();
	const baseRss = process.memoryUsage().rss;
	const report = runPipeline(name, gen(Number(bytesArg)), baseRss);
	process.stdout.write(JSON.stringify(report) + '\n');
}

if (require.main === module) main();
