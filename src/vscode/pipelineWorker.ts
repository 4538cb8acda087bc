// Worker thread entry: runs the core pipeline (parse, extract, outline, diagnose, preview) for one big document at a
// time, off the extension host's main thread. Bundled to dist/pipelineWorker.js; driven by BackgroundPipeline.
import { parentPort } from 'node:worker_threads';
import { diagnose, type DiagnoseOptions } from '../core/diagnose/diagnose';
import type { Finding } from '../core/diagnose/finding';
import { remoteLinkTargets, type RemoteTarget } from '../core/diagnose/remoteLinks';
import { parseDump } from '../core/dump/parseDump';
import { extractArticle } from '../core/extract/extractArticle';
import { buildOutline, type OutlineNode } from '../core/outline/outline';
import { renderMarkdown } from '../core/render/articleMarkdown';
import type { ShowMessage, UpdateContent } from '../protocol/webviewMessages';
import { buildPreviewMessage, type PreviewModelInput } from './previewModel';

/** What to compute for one text. The text is parsed and extracted once for all parts asked for. */
export interface PipelineRequest {
	readonly text: string;
	/** The outline (document symbols); region nodes come without their blocks, which stay in the worker. */
	readonly outline?: boolean;
	/** Diagnose with these options. */
	readonly diagnose?: DiagnoseOptions;
	/** The http(s) links to check remotely, in the scope of `diagnose`'s options. */
	readonly remoteTargets?: boolean;
	/** Build the preview's message with these inputs (all but the text). */
	readonly preview?: Omit<PreviewModelInput, 'text'>;
}

export interface PipelineResult {
	readonly outline?: OutlineNode[];
	readonly findings?: Finding[];
	readonly remoteTargets?: RemoteTarget[];
	readonly preview?: UpdateContent | ShowMessage;
	/** Milliseconds per step in the worker, for logs and the bench. */
	readonly timings: Record<string, number>;
}

export type WorkerRequest = PipelineRequest & { readonly id: number };
export type WorkerResponse = { readonly id: number; readonly ok: true; readonly result: PipelineResult } | { readonly id: number; readonly ok: false; readonly error: string };

/** Runs a request. Exported for tests; never throws for any text (errors become `ok: false` in the worker). */
export function runPipeline(request: PipelineRequest): PipelineResult {
	const timings: Record<string, number> = {};
	const timed = <T>(name: string, f: () => T): T => {
		const t0 = performance.now();
		const r = f();
		timings[name] = performance.now() - t0;
		return r;
	};
	const doc = timed('parse', () => parseDump(request.text));
	const article = timed('extract', () => extractArticle(doc));
	let preview: UpdateContent | ShowMessage | undefined;
	let outline: OutlineNode[] | undefined;
	let findings: Finding[] | undefined;
	let remoteTargets: RemoteTarget[] | undefined;
	// Preview and outline before diagnose: diagnose freezes the document and the article.
	if (request.preview) {
		const input = { ...request.preview, text: request.text };
		preview = timed('preview', () => buildPreviewMessage(input, { parse: () => doc, extract: () => article, render: renderMarkdown }));
	}
	if (request.outline) outline = timed('outline', () => buildOutline(doc, article).map(withoutBlocks));
	if (request.diagnose) findings = timed('diagnose', () => diagnose(doc, article, request.diagnose));
	if (request.remoteTargets) remoteTargets = timed('remoteTargets', () => remoteLinkTargets(doc, article, request.diagnose));
	return { outline, findings, remoteTargets, preview, timings };
}

/** An outline node as it can cross to the main thread: a region's blocks would copy half the document tree. */
function withoutBlocks(node: OutlineNode): OutlineNode {
	const children = node.children.map(withoutBlocks);
	return node.region ? { ...node, children, region: { ...node.region, blocks: [] } } : { ...node, children };
}

parentPort?.on('message', (request: WorkerRequest) => {
	let response: WorkerResponse;
	try {
		response = { id: request.id, ok: true, result: runPipeline(request) };
	} catch (e) {
		response = { id: request.id, ok: false, error: e instanceof Error ? e.message : String(e) };
	}
	parentPort!.postMessage(response);
});
