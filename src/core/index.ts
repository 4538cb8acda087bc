// The public API of the core: what the CLI and the VS Code adapter use. Nothing here imports vscode, DOM or node.
export type * from './model/dumpDocument';
export { parseDump } from './dump/parseDump';
export { LineIndex, type Position, type Range } from './text/lineIndex';
export { decodeDump, looksBinary, type DecodedDump } from './text/decode';
export type { Article, ArticleMetadata, MetadataField, RemovedRegion } from './extract/article';
export { extractArticle } from './extract/extractArticle';
export { extractDump, extractFromDocument, formatExtraction, extractionToJson, OUTPUT_FORMATS, FORMAT_EXTENSIONS, type Extraction, type OutputFormat } from './render/formats';
