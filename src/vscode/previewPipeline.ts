// The core steps the preview runs. A stand-in until parseDump / extractArticle / renderMarkdown land in src/core.
import type { Article } from '../core/extract/article';
import type { DumpDocument } from '../core/model/dumpDocument';
import type { OutputBlock, RenderedMarkdown } from '../core/render/renderedMarkdown';
import type { PreviewPipeline } from './previewModel';

// Stand-in: the whole dump is the article, one output block per blank-line separated paragraph.
function standInRender(doc: DumpDocument): RenderedMarkdown {
	const blocks: OutputBlock[] = [];
	const out: string[] = [];
	const re = /[^\n]+(?:\n[^\n]+)*/g;
	for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
		const lines = m[0].split('\n');
		blocks.push({ startLine: out.length, endLine: out.length + lines.length - 1, source: { start: m.index, end: m.index + m[0].length } });
		out.push(...lines, '');
	}
	return { markdown: out.join('\n'), blocks };
}

export const corePipeline: PreviewPipeline = {
	parse: (text) => ({ text, blocks: [], problems: [], definitions: new Map() }),
	extract: (doc): Article => ({ metadata: {}, blocks: [], removed: [], empty: doc.text.trim() === '' }),
	render: (_article, doc) => standInRender(doc),
};
