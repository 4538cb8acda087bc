// Worker thread entry: runs the core pipeline (parse, extract, outline, diagnose, preview) for one big document at a
// time, off the extension host's main thread. Bundled to dist/pipelineWorker.js; driven by BackgroundPipeline.
import { parentPort } from 'node:worker_threads';
import { analyzeDump, plainOutlineNode, type CheckOptions, type DumpAnalysis, type Finding, type OutlineNode, type RemoteTarget, type SiteRuleTable } from '../core/index';
import type { ShowMessage } from '../protocol/webviewMessages';
import { buildPreviewMessage, pipelineOf, type PreviewContent, type PreviewModelInput } from './previewModel';

/** What to compute for one text. The text is parsed and extracted once for all parts asked for. */
export interface PipelineRequest {
	readonly text: string;
	/**
	 * The document and version the text is: the worker keeps the analysis of the last one, so a later request for the
	 * same version (the preview after the diagnostics) reuses its parse.
	 */
	readonly key?: string;
	readonly version?: number;
	/** The outline (document symbols); region nodes come without their blocks, which stay in the worker. */
	readonly outline?: boolean;
	/** The config's site rules for the outline: it is the outline of the article they leave, as `pagedump outline`'s. */
	readonly outlineSites?: SiteRuleTable;
	/** Diagnose with these options (site rules included). */
	readonly diagnose?: CheckOptions;
	/** The http(s) links to check remotely, in the scope of `diagnose`'s options. */
	readonly remoteTargets?: boolean;
	/** Build the preview's message with these inputs (all but the text), and the config's site rules. */
	readonly preview?: Omit<PreviewModelInput, 'text'> & { readonly sites?: SiteRuleTable };
}

export interface PipelineResult {
	readonly outline?: OutlineNode[];
	readonly findings?: Finding[];
	readonly remoteTargets?: RemoteTarget[];
	readonly preview?: PreviewContent | ShowMessage;
	/** Milliseconds per step in the worker, for logs and the bench. */
	readonly timings: Record<string, number>;
	/** Whether this request parsed the text (false: it reused the analysis of an earlier request for the version). */
	readonly parsed?: boolean;
}

export type WorkerRequest = PipelineRequest & { readonly id: number };
export type WorkerResponse = { readonly id: number; readonly ok: true; readonly result: PipelineResult } | { readonly id: number; readonly ok: false; readonly error: string };

// The analysis of the last request's document version: one entry, since a big dump's model is many times its size.
let kept: { readonly key: string; readonly version: number; readonly analysis: DumpAnalysis } | undefined;

/** Runs a request; never throws for any text (errors become `ok: false` in the worker). */
export function runPipeline(request: PipelineRequest): PipelineResult {
	const timings: Record<string, number> = {};
	let parsed = false;
	const onCompute = (part: string, ms: number): void => {
		timings[part === 'document' ? 'parse' : part === 'article' ? 'extract' : part] = (timings[part] ?? 0) + ms;
		if (part === 'document') parsed = true;
	};
	const reuse = kept && request.key !== undefined && kept.key === request.key && kept.version === request.version && kept.analysis.text === request.text;
	const analysis = reuse ? kept!.analysis : analyzeDump(request.text, { onCompute });
	if (!reuse) kept = request.key !== undefined && request.version !== undefined ? { key: request.key, version: request.version, analysis } : undefined;
	const timed = <T>(name: string, f: () => T): T => {
		const t0 = performance.now();
		const r = f();
		timings[name] = performance.now() - t0;
		return r;
	};
	let preview: PreviewContent | ShowMessage | undefined;
	if (request.preview) {
		const { sites, ...rest } = request.preview;
		const input = { ...rest, text: request.text };
		preview = timed('preview', () => buildPreviewMessage(input, pipelineOf(analysis, sites)));
	}
	const outline = request.outline ? timed('outline', () => analysis.outlineWith(request.outlineSites).map(withoutBlocks)) : undefined;
	const findings = request.diagnose ? timed('diagnose', () => [...analysis.findings(request.diagnose)]) : undefined;
	const remoteTargets = request.remoteTargets ? timed('remoteTargets', () => [...analysis.remoteTargets(request.diagnose)]) : undefined;
	return { outline, findings, remoteTargets, preview, timings, parsed };
}

/**
 * An outline node as it can cross to the main thread: a region's blocks would copy half the document tree, and a
 * heading node's getters would be dropped (`plainOutlineNode` makes its literal).
 */
function withoutBlocks(outlineNode: OutlineNode): OutlineNode {
	const node = plainOutlineNode(outlineNode);
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
