// Messages between the preview host (src/vscode/dumpPreviewEditor.ts) and its webview (media/preview.ts).
// Types only, no imports: both sides compile it, one for node and one for the browser.

/** One row of the metadata card. A missing field has no `value` and is shown as missing. */
export interface MetadataCardRow {
	readonly key: string;
	readonly label: string;
	readonly value?: string;
	/** The extraction rule that found the value, e.g. `class:byline`. */
	readonly rule?: string;
	/** 0..1. */
	readonly confidence?: number;
	/** The value is a guess to check: the card marks it. */
	readonly uncertain?: boolean;
	/** Zero-based dump line where the value was read, when known. */
	readonly line?: number;
}

/** A heading of the article body; `id` is the id of the heading element in `html`. */
export interface TocItem {
	readonly level: number;
	readonly text: string;
	readonly id: string;
	readonly line?: number;
}

export type ProblemSeverity = 'error' | 'warning' | 'info' | 'hint';

/** A problem found in the dump, shown in the preview's problem list; clicking it reveals its lines. */
export interface PreviewProblem {
	readonly severity: ProblemSeverity;
	readonly message: string;
	/** A rule code such as `PD101`, when the producer has one. */
	readonly code?: string;
	/** Zero-based dump lines, inclusive. */
	readonly startLine: number;
	readonly endLine: number;
}

/** A region of the dump left out of the article, with the reason, shown greyed when the toggle is on. */
export interface RemovedRegionItem {
	readonly startLine: number;
	readonly endLine: number;
	readonly step: string;
	readonly signal: string;
	readonly score?: number;
	/** The start of the region's text, shortened, as plain text. */
	readonly excerpt: string;
}

export interface PreviewStats {
	readonly words: number;
	readonly links: number;
	readonly images: number;
	readonly problems: number;
	readonly removedRegions: number;
	/** Links and images dropped because their URL was unsafe (or images were turned off). */
	readonly blockedUrls: number;
	/** Remote images held back by the image policy; the preview says so in place. */
	readonly heldImages?: number;
}

/**
 * Preview settings the webview needs to know. `images` is the effective policy: `https` only in a trusted workspace
 * (or after the user allowed remote images in this preview), `embedded` holds remote images back, `none` shows none.
 */
export interface PreviewSettings {
	readonly images: 'https' | 'embedded' | 'none';
	/** Whether this preview may offer to load held-back remote images (false in an untrusted workspace). */
	readonly canAllowRemoteImages?: boolean;
}

/** The state the webview keeps across reloads with `setState`. */
export interface PreviewViewState {
	readonly scrollLine?: number;
	readonly showRemoved?: boolean;
	readonly showMetadata?: boolean;
}

/** Initial data, written into the shell's `data-initial` attribute as escaped JSON. */
export interface PreviewInitialData {
	/** The document URI; every message the webview sends names it so a stale webview can be ignored. */
	readonly source: string;
	readonly settings: PreviewSettings;
}

// Host -> webview.
/**
 * A new rendering of the document. `html` has already been sanitized by the host renderer. A large article's html
 * comes in `pieces`: this message holds the first, and `HtmlPiece` messages the others, in order.
 */
export interface UpdateContent {
	readonly type: 'updateContent';
	readonly source: string;
	readonly version: number;
	readonly title: string;
	/** The article's HTML, or its first piece when `pieces` is more than 1. */
	readonly html: string;
	/** How many pieces the article's HTML comes in, this message's `html` the first; absent when it is one. */
	readonly pieces?: number;
	readonly metadata: readonly MetadataCardRow[];
	readonly toc: readonly TocItem[];
	/** The article's headings when `toc` holds only the first of them (the Contents card's cap). */
	readonly tocTotal?: number;
	readonly problems: readonly PreviewProblem[];
	readonly removed: readonly RemovedRegionItem[];
	readonly stats: PreviewStats;
	/** Total length of the dump text (for the test hook and the footer). */
	readonly textLength: number;
	/** Set when the article was reduced (e.g. the size guard), shown above the article. */
	readonly notice?: string;
}

/**
 * A piece of a large article's HTML after its `UpdateContent`: whole top-level blocks (a piece never ends inside a
 * tag or an attribute), sanitized by the host renderer like the first. The webview appends the pieces in `seq` order
 * (1 to `pieces` - 1) and drops a piece of any other version than the content it is building.
 */
export interface HtmlPiece {
	readonly type: 'htmlPiece';
	readonly source: string;
	readonly version: number;
	readonly seq: number;
	readonly html: string;
}

/** The document cannot be previewed (empty, binary, not a dump, too large). */
export interface ShowMessage {
	readonly type: 'showMessage';
	readonly source: string;
	readonly version: number;
	readonly title: string;
	readonly detail: string;
	/** Offer the "Open as Text" button. */
	readonly openAsText: boolean;
}

/** The text editor scrolled: bring this dump line to the top. */
export interface ScrollToLine {
	readonly type: 'scrollToLine';
	readonly source: string;
	readonly line: number;
}

/** The text editor's cursor moved: highlight the block that holds these lines (undefined clears). */
export interface HighlightLines {
	readonly type: 'highlightLines';
	readonly source: string;
	readonly startLine?: number;
	readonly endLine?: number;
}

export type ToWebview = UpdateContent | HtmlPiece | ShowMessage | ScrollToLine | HighlightLines;

// Webview -> host.
interface FromWebviewBase {
	readonly source: string;
}

/** The script has loaded and listens; the host answers with the current content. */
export interface Ready extends FromWebviewBase {
	readonly type: 'ready';
}

/** Reveal dump lines in a text editor beside the preview. */
export interface RevealLine extends FromWebviewBase {
	readonly type: 'revealLine';
	readonly line: number;
	readonly endLine?: number;
}

/** A link was clicked; the host decides whether and how to open it. */
export interface OpenLink extends FromWebviewBase {
	readonly type: 'openLink';
	readonly href: string;
}

/** The preview scrolled; `line` is the dump line of the topmost visible block. */
export interface DidScroll extends FromWebviewBase {
	readonly type: 'didScroll';
	readonly line: number;
}

/** Test hook: the webview has put this version into its DOM. */
export interface Rendered extends FromWebviewBase {
	readonly type: 'rendered';
	readonly version: number;
	readonly title: string;
	/** Length of the article text the webview shows (its textContent), to prove content arrived. */
	readonly textLength: number;
	/** Number of problems listed. */
	readonly problems: number;
	/** How many pieces the article's HTML came in (1 for one message; absent for a message instead of an article). */
	readonly pieces?: number;
}

/** The "Show removed regions" toggle changed. */
export interface ToggleRemoved extends FromWebviewBase {
	readonly type: 'toggleRemoved';
	readonly show: boolean;
}

/** The "Open as Text" button on a message. */
export interface OpenAsText extends FromWebviewBase {
	readonly type: 'openAsText';
}

/** A correction button: "Not main content" on a block (`exclude`) or "Main content" on a removed region (`include`). */
export interface Correct extends FromWebviewBase {
	readonly type: 'correct';
	readonly action: 'include' | 'exclude';
	readonly startLine: number;
	readonly endLine: number;
}

/** The user asked to load the remote images this preview holds back (a trusted workspace only). */
export interface AllowRemoteImages extends FromWebviewBase {
	readonly type: 'allowRemoteImages';
}

export type FromWebview = Ready | RevealLine | OpenLink | DidScroll | Rendered | ToggleRemoved | OpenAsText | AllowRemoteImages | Correct;
