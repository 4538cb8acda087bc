// The core steps the preview runs: parse the dump, extract the article, render its Markdown.
import { parseDump } from '../core/dump/parseDump';
import { extractArticle } from '../core/extract/extractArticle';
import { renderMarkdown } from '../core/render/articleMarkdown';
import type { PreviewPipeline } from './previewModel';

export const corePipeline: PreviewPipeline = {
	parse: parseDump,
	extract: extractArticle,
	render: renderMarkdown,
};
