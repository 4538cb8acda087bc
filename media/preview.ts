// The preview webview: shows the host-rendered article with its metadata card, TOC, problems and removed regions,
// and talks to the host only through the messages in src/protocol/webviewMessages.ts.
import type {
	FromWebview, HighlightLines, MetadataCardRow, PreviewInitialData, PreviewProblem, PreviewViewState,
	RemovedRegionItem, ShowMessage, TocItem, ToWebview, UpdateContent,
} from '../src/protocol/webviewMessages';
import { classifyUrl, decodeFragment, isSafeLinkUrl } from '../src/core/url/urlPolicy';
import { PieceAssembly } from '../src/protocol/pieceAssembly';

interface VsCodeApi {
	postMessage(message: FromWebview): void;
	getState(): PreviewViewState | undefined;
	setState(state: PreviewViewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

// Scrolling one side scrolls the other, which fires its own scroll event; ignore that echo for this long.
const SCROLL_ECHO_MS = 300;

const vscode = acquireVsCodeApi();
const initial = JSON.parse(document.body.dataset.initial ?? '{}') as PreviewInitialData;
const source = initial.source;

function byId<T extends HTMLElement>(id: string): T {
	const el = document.getElementById(id);
	if (!el) throw new Error(`preview shell lacks #${id}`);
	return el as T;
}

const ui = {
	message: byId('pd-message'),
	messageTitle: byId('pd-message-title'),
	messageDetail: byId('pd-message-detail'),
	openAsText: byId<HTMLButtonElement>('pd-open-as-text'),
	layout: byId('pd-layout'),
	title: byId('pd-title'),
	notice: byId('pd-notice'),
	toggleRemoved: byId<HTMLInputElement>('pd-toggle-removed'),
	article: byId('pd-article'),
	meta: byId('pd-meta'),
	summary: byId('pd-summary'),
	problems: byId('pd-problems'),
	toc: byId('pd-toc'),
};

let state: PreviewViewState = vscode.getState() ?? {};
let current: UpdateContent | undefined;
let blocks: HTMLElement[] = [];
let firstRender = true;
let ignoreScrollUntil = 0;
let highlighted: HTMLElement[] = [];

function post(message: FromWebview): void {
	vscode.postMessage(message);
}

function saveState(patch: PreviewViewState): void {
	state = { ...state, ...patch };
	vscode.setState(state);
}

// ---- Sanitizing the host's HTML a second time ------------------------------------------------------------------
// The host renderer already escapes raw HTML and drops unsafe URLs. This pass is defence in depth: it parses the
// fragment in an inert document and keeps only the elements and attributes that renderer can produce.

const ALLOWED_TAGS = new Set([
	'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'A', 'IMG', 'EM', 'STRONG', 'S', 'DEL', 'CODE', 'PRE', 'UL', 'OL', 'LI',
	'BLOCKQUOTE', 'HR', 'BR', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'SPAN',
]);
const ALLOWED_ATTRS = new Set(['href', 'src', 'alt', 'title', 'id', 'class', 'data-line-start', 'data-line-end', 'start', 'rel', 'loading', 'referrerpolicy']);
// Elements whose content must not survive even as text.
const DROP_WITH_CONTENT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'NOSCRIPT', 'SVG', 'MATH']);

// Links follow the shared URL policy; images load only over https or embedded, whatever the host sent.
function safeHref(value: string): boolean {
	return isSafeLinkUrl(value);
}

function safeSrc(value: string): boolean {
	const v = classifyUrl(value, 'image');
	return v.safe && (v.scheme === 'https' || v.kind === 'data-image');
}

function cleanTree(root: ParentNode): void {
	for (const el of Array.from(root.children)) {
		if (DROP_WITH_CONTENT.has(el.tagName.toUpperCase())) {
			el.remove();
			continue;
		}
		cleanTree(el);
		if (!ALLOWED_TAGS.has(el.tagName)) {
			// Unknown element: keep its (already cleaned) children, lose the element.
			el.replaceWith(...Array.from(el.childNodes));
			continue;
		}
		for (const attr of Array.from(el.attributes)) {
			const name = attr.name.toLowerCase();
			const keep = ALLOWED_ATTRS.has(name)
				&& !(name === 'href' && !safeHref(attr.value))
				&& !(name === 'src' && !safeSrc(attr.value));
			if (!keep) el.removeAttribute(attr.name);
		}
	}
}

/**
 * Parses the host's HTML inertly (no scripts run, nothing loads), cleans it and appends the cleaned nodes to
 * `target`. A large article's HTML comes in pieces of whole top-level blocks: each piece is parsed and cleaned on
 * its own, exactly as the whole would be.
 */
function appendSanitized(target: DocumentFragment, html: string): void {
	const doc = new DOMParser().parseFromString(`<!DOCTYPE html><body>${html}`, 'text/html');
	cleanTree(doc.body);
	target.append(...Array.from(doc.body.childNodes).map((n) => document.adoptNode(n)));
}

// ---- A large article's HTML in pieces ---------------------------------------------------------------------------
// The host posts the `updateContent` with the first piece, then the others as `htmlPiece` messages of its version.
// The article is built aside, a piece at a time, and shown whole when the last piece is in, as one message shows.

const pieces = new PieceAssembly<DocumentFragment>(appendSanitized, updateContent);

// ---- Building the page ------------------------------------------------------------------------------------------

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

function lineLabel(start: number, end?: number): string {
	return end !== undefined && end !== start ? `lines ${start + 1}–${end + 1}` : `line ${start + 1}`;
}

/** A button that reveals dump lines in the text editor. */
function revealButton(text: string, line: number, endLine: number | undefined, className: string): HTMLButtonElement {
	const button = el('button', className, text);
	button.type = 'button';
	button.title = `Show ${lineLabel(line, endLine)} of the dump`;
	button.addEventListener('click', () => post({ type: 'revealLine', source, line, endLine }));
	return button;
}

function renderMetadata(rows: readonly MetadataCardRow[]): void {
	const items: HTMLElement[] = [];
	for (const row of rows) {
		const dt = el('dt', undefined, row.label);
		const dd = el('dd');
		dd.dataset.key = row.key;
		if (row.value === undefined) {
			dd.className = 'pd-missing';
			dd.textContent = 'missing';
		} else if (row.line !== undefined) {
			dd.append(revealButton(row.value, row.line, undefined, 'pd-meta-value'));
		} else {
			dd.append(el('span', 'pd-meta-value', row.value));
		}
		// A guess is shown, but marked, so a reviewer checks it rather than trusts it.
		if (row.value !== undefined && row.uncertain) {
			dd.classList.add('pd-uncertain');
			dd.append(el('span', 'pd-uncertain-mark', ' (uncertain)'));
		}
		// The full value (long URLs are cut in the card) and how it was found.
		if (row.value !== undefined) {
			const how = row.rule ? `\nfound by ${row.rule}${row.confidence !== undefined ? `, confidence ${Math.round(row.confidence * 100)}%` : ''}` : '';
			const where = row.line !== undefined ? `\nclick to show line ${row.line + 1} of the dump` : '';
			dd.title = row.value + how + where;
		}
		items.push(dt, dd);
	}
	ui.meta.replaceChildren(...items);
}

function renderSummary(m: UpdateContent): void {
	const s = m.stats;
	const rows: [string, number][] = [['words', s.words], ['links', s.links], ['images', s.images], ['problems', s.problems], ['removed regions', s.removedRegions]];
	if (s.blockedUrls > 0) rows.push(['blocked URLs', s.blockedUrls]);
	ui.summary.replaceChildren(...rows.map(([label, n]) => {
		const li = el('li');
		li.append(el('strong', undefined, n.toLocaleString()), ` ${label}`);
		return li;
	}));
}

function renderProblems(problems: readonly PreviewProblem[]): void {
	if (problems.length === 0) {
		ui.problems.replaceChildren(el('li', 'pd-empty', 'No problems'));
		return;
	}
	ui.problems.replaceChildren(...problems.map((p) => {
		const li = el('li', `pd-problem pd-${p.severity}`);
		const body = el('div');
		const text = `${p.code ? p.code + ': ' : ''}${p.message}`;
		const button = revealButton(text, p.startLine, p.endLine, 'pd-link-button pd-problem-message');
		// Long messages are cut to a few lines in the card; the tooltip has all of it.
		button.title = `${text}\n${button.title}`;
		body.append(button);
		body.append(el('span', 'pd-line', lineLabel(p.startLine, p.endLine)));
		li.append(el('span', 'pd-severity', p.severity), body);
		return li;
	}));
}

function renderToc(toc: readonly TocItem[], total: number | undefined): void {
	if (toc.length === 0) {
		ui.toc.replaceChildren(el('li', 'pd-empty', 'No headings'));
		return;
	}
	let minLevel = Infinity;
	for (const t of toc) minLevel = Math.min(minLevel, t.level);
	const items = toc.map((t) => {
		const li = el('li', `pd-toc-level-${Math.min(6, t.level - minLevel + 1)}`);
		const button = el('button', 'pd-link-button', t.text || '(untitled)');
		button.type = 'button';
		button.addEventListener('click', () => {
			const target = document.getElementById(t.id);
			if (target && ui.article.contains(target)) target.scrollIntoView({ block: 'start' });
		});
		li.append(button);
		return li;
	});
	// The host lists the first headings only (a cap for huge dumps); say so where the list ends.
	if (total !== undefined && total > toc.length) items.push(el('li', 'pd-empty', `${total - toc.length} more headings: the Outline view lists them all`));
	ui.toc.replaceChildren(...items);
}

/** Inserts the removed regions, greyed, between the article blocks at their place in the dump. */
function renderRemoved(regions: readonly RemovedRegionItem[]): void {
	ui.article.querySelectorAll('.pd-removed').forEach((n) => n.remove());
	if (!ui.toggleRemoved.checked) return;
	const ordered = [...regions].sort((a, b) => a.startLine - b.startLine);
	let next = 0;
	for (const region of ordered) {
		while (next < blocks.length && blockStart(blocks[next]) < region.startLine) next++;
		const box = el('div', 'pd-removed');
		box.dataset.lineStart = String(region.startLine);
		box.dataset.lineEnd = String(region.endLine);
		const reason = `Removed (${region.step}: ${region.signal}${region.score !== undefined ? `, score ${region.score.toFixed(2)}` : ''}) · ${lineLabel(region.startLine, region.endLine)}`;
		box.append(el('div', 'pd-removed-reason', reason), el('div', 'pd-removed-text', region.excerpt));
		setCorrectionContext(box);
		ui.article.insertBefore(box, blocks[next] ?? null);
	}
}

// ---- Correction buttons: "Not main content" on a block, "Main content" on a removed region --------------------------
// One floating button follows the pointer from block to block (buttons inside the blocks would change the article's
// text); the same choices are in the context menu through data-vscode-context (package.json, webview/context).

const correctButton = el('button', 'pd-correct');
correctButton.type = 'button';
correctButton.hidden = true;
document.body.append(correctButton);
let correctTarget: HTMLElement | undefined;

function isRemovedBox(e: HTMLElement): boolean {
	return e.classList.contains('pd-removed');
}

/** Marks an article element for the webview context menu: which section it is and which dump lines it holds. */
function setCorrectionContext(e: HTMLElement): void {
	const removed = isRemovedBox(e);
	e.dataset.vscodeContext = JSON.stringify({ webviewSection: removed ? 'pdRemoved' : 'pdBlock', pdSource: source, pdStart: blockStart(e), pdEnd: blockEnd(e) });
}

function showCorrectButton(target: HTMLElement): void {
	correctTarget = target;
	const removed = isRemovedBox(target);
	correctButton.textContent = removed ? 'Main content' : 'Not main content';
	correctButton.title = removed
		? `Keep this region in the article on every page of this site (a site rule for ${lineLabel(blockStart(target), blockEnd(target))})`
		: `Drop this block from the article on every page of this site (a site rule for ${lineLabel(blockStart(target), blockEnd(target))})`;
	const rect = target.getBoundingClientRect();
	correctButton.hidden = false;
	// Just above the block's top right corner, in the gap between blocks, so it covers none of the block's text.
	correctButton.style.top = `${Math.max(0, window.scrollY + rect.top - correctButton.offsetHeight + 2)}px`;
	correctButton.style.left = `${Math.max(0, window.scrollX + rect.right - correctButton.offsetWidth)}px`;
}

ui.article.addEventListener('mouseover', (event) => {
	const target = event.target instanceof Element ? event.target.closest<HTMLElement>('#pd-article > [data-line-start]') : null;
	if (target && target !== correctTarget) showCorrectButton(target);
});
ui.article.addEventListener('mouseleave', (event) => {
	if (event.relatedTarget !== correctButton) correctButton.hidden = true;
});
correctButton.addEventListener('mouseleave', (event) => {
	if (!(event.relatedTarget instanceof Node && ui.article.contains(event.relatedTarget))) correctButton.hidden = true;
});
correctButton.addEventListener('click', () => {
	if (!correctTarget) return;
	post({ type: 'correct', source, action: isRemovedBox(correctTarget) ? 'include' : 'exclude', startLine: blockStart(correctTarget), endLine: blockEnd(correctTarget) });
	correctButton.hidden = true;
});

function blockStart(block: HTMLElement): number {
	return Number(block.dataset.lineStart);
}

function blockEnd(block: HTMLElement): number {
	return Number(block.dataset.lineEnd ?? block.dataset.lineStart);
}

function showMessage(m: ShowMessage): void {
	pieces.cancel();
	current = undefined;
	blocks = [];
	ui.layout.hidden = true;
	ui.message.hidden = false;
	ui.messageTitle.textContent = m.title;
	ui.messageDetail.textContent = m.detail;
	ui.openAsText.hidden = !m.openAsText;
	post({ type: 'rendered', source, version: m.version, title: m.title, textLength: 0, problems: 0 });
}

/**
 * Each remote image the host held back says so in place; in a trusted workspace it carries one button that loads the
 * remote images of this preview (the host rewrites the shell with a CSP that allows https images).
 */
function offerHeldImages(): void {
	const held = ui.article.querySelectorAll<HTMLElement>('.pd-image-held');
	for (const span of Array.from(held)) {
		span.title = initial.settings.canAllowRemoteImages
			? 'Remote images are not loaded until you allow them: a remote image tells its server that you opened this page.'
			: 'Remote images load only in a trusted workspace.';
		if (!initial.settings.canAllowRemoteImages) continue;
		const button = el('button', 'pd-link-button pd-load-images', 'Load remote images');
		button.type = 'button';
		button.addEventListener('click', (e) => {
			e.stopPropagation();
			post({ type: 'allowRemoteImages', source });
		});
		span.append(' ', button);
	}
}

/** Shows a rendering: `article` is its HTML sanitized, made from `count` messages. */
function updateContent(m: UpdateContent, article: DocumentFragment, count: number): void {
	current = m;
	ui.message.hidden = true;
	ui.layout.hidden = false;
	ui.title.textContent = m.title;
	ui.notice.hidden = !m.notice;
	ui.notice.textContent = m.notice ?? '';
	const scrollBefore = window.scrollY;
	ui.article.replaceChildren(article);
	offerHeldImages();
	const textLength = ui.article.textContent?.length ?? 0;
	blocks = Array.from(ui.article.querySelectorAll<HTMLElement>(':scope > [data-line-start]'));
	blocks.forEach(setCorrectionContext);
	correctTarget = undefined;
	correctButton.hidden = true;
	renderRemoved(m.removed);
	renderMetadata(m.metadata);
	renderSummary(m);
	renderProblems(m.problems);
	renderToc(m.toc, m.tocTotal);
	if (firstRender) {
		firstRender = false;
		if (state.scrollLine !== undefined) scrollToLine(state.scrollLine);
	} else {
		// A live update keeps the reader where they were; the layout shift is not the user scrolling, so it must not
		// scroll the text editor the user is typing in.
		ignoreScrollUntil = Date.now() + SCROLL_ECHO_MS;
		window.scrollTo({ top: scrollBefore });
	}
	post({ type: 'rendered', source, version: m.version, title: m.title, textLength, problems: ui.problems.querySelectorAll('.pd-problem').length, pieces: count });
}

// ---- Scroll sync and cursor highlight ---------------------------------------------------------------------------

/** All elements that map to dump lines, in page order (article blocks and, when shown, removed regions). */
function lineElements(): HTMLElement[] {
	return Array.from(ui.article.querySelectorAll<HTMLElement>(':scope > [data-line-start]'));
}

function scrollToLine(line: number): void {
	const elements = lineElements();
	let target: HTMLElement | undefined;
	for (const e of elements) {
		if (blockStart(e) <= line) target = e;
		else break;
	}
	let top = 0;
	if (target) {
		const rect = target.getBoundingClientRect();
		const start = blockStart(target);
		const span = Math.max(1, blockEnd(target) - start + 1);
		const fraction = Math.min(1, Math.max(0, (line - start) / span));
		top = window.scrollY + rect.top + fraction * rect.height;
	}
	ignoreScrollUntil = Date.now() + SCROLL_ECHO_MS;
	window.scrollTo({ top });
}

/** The dump line at the top of the view: the topmost visible block, interpolated by how far it is scrolled past. */
function topLine(): number | undefined {
	for (const e of lineElements()) {
		const rect = e.getBoundingClientRect();
		if (rect.bottom <= 0) continue;
		const start = blockStart(e);
		const span = blockEnd(e) - start + 1;
		const fraction = rect.top < 0 && rect.height > 0 ? -rect.top / rect.height : 0;
		return start + Math.floor(fraction * span);
	}
	return undefined;
}

let scrollFrame = 0;
window.addEventListener('scroll', () => {
	if (scrollFrame) return;
	scrollFrame = requestAnimationFrame(() => {
		scrollFrame = 0;
		const line = topLine();
		if (line === undefined) return;
		saveState({ scrollLine: line });
		if (Date.now() >= ignoreScrollUntil) post({ type: 'didScroll', source, line });
	});
}, { passive: true });

function highlightLines(m: HighlightLines): void {
	highlighted.forEach((e) => e.classList.remove('pd-cursor'));
	highlighted = [];
	if (m.startLine === undefined) return;
	const end = m.endLine ?? m.startLine;
	highlighted = blocks.filter((b) => blockStart(b) <= end && blockEnd(b) >= m.startLine!);
	highlighted.forEach((e) => e.classList.add('pd-cursor'));
}

// ---- Events -----------------------------------------------------------------------------------------------------

function onArticleClick(event: MouseEvent): void {
	const target = event.target instanceof Element ? event.target : null;
	const link = target?.closest('a');
	if (link) {
		// Never let the webview navigate: in-page anchors scroll here, everything else is the host's decision.
		event.preventDefault();
		const href = link.getAttribute('href');
		if (!href) return;
		if (href.startsWith('#')) {
			// Only the article's own elements: a fragment must never reach the preview's shell. A malformed escape
			// (`#%E0`) is read as written instead of throwing.
			const target = document.getElementById(decodeFragment(href.slice(1)));
			if (target && ui.article.contains(target)) target.scrollIntoView({ block: 'start' });
		} else {
			post({ type: 'openLink', source, href });
		}
		return;
	}
	// A drag to select text is not a click on a block.
	if (!window.getSelection()?.isCollapsed) return;
	const block = target?.closest<HTMLElement>('[data-line-start]');
	if (block && ui.article.contains(block)) {
		post({ type: 'revealLine', source, line: blockStart(block), endLine: blockEnd(block) });
	}
}

ui.article.addEventListener('click', onArticleClick);
// Middle click would try to open a new window.
ui.article.addEventListener('auxclick', (e) => {
	if (e.target instanceof Element && e.target.closest('a')) e.preventDefault();
});
ui.toggleRemoved.checked = state.showRemoved === true;
ui.toggleRemoved.addEventListener('change', () => {
	saveState({ showRemoved: ui.toggleRemoved.checked });
	if (current) renderRemoved(current.removed);
	post({ type: 'toggleRemoved', source, show: ui.toggleRemoved.checked });
});
ui.openAsText.addEventListener('click', () => post({ type: 'openAsText', source }));

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
	const m = event.data;
	// Only messages about this document; anything else is stale or foreign.
	if (typeof m !== 'object' || m === null || m.source !== source) return;
	switch (m.type) {
		case 'updateContent':
			pieces.start(m, document.createDocumentFragment());
			break;
		case 'htmlPiece':
			pieces.add(m);
			break;
		case 'showMessage':
			showMessage(m);
			break;
		case 'scrollToLine':
			if (current) scrollToLine(m.line);
			break;
		case 'highlightLines':
			highlightLines(m);
			break;
	}
});

post({ type: 'ready', source });
