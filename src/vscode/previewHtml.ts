// The preview webview's HTML shell: CSP with a fresh nonce, the bundled script and stylesheet, initial data in an
// escaped data- attribute. No inline script, no inline handlers; the script builds everything else.
import { randomBytes } from 'node:crypto';
import type { PreviewInitialData } from '../protocol/webviewMessages';

export interface PreviewShellOptions {
	/** `webview.cspSource`. */
	readonly cspSource: string;
	/** Webview URIs (already converted with `asWebviewUri`) of the bundled script and the stylesheet. */
	readonly scriptUri: string;
	readonly styleUri: string;
	readonly initial: PreviewInitialData;
	/** For tests; a fresh random nonce otherwise. */
	readonly nonce?: string;
}

/** 128 bits from the OS CSPRNG, base64 without padding (the CSP nonce grammar allows base64). */
export function createNonce(): string {
	return randomBytes(16).toString('base64').replace(/=+$/, '');
}

/** Escapes text for a double-quoted attribute value or a text node. */
function escapeAttribute(value: string): string {
	return value.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

/**
 * The Content-Security-Policy of the preview: remote (https) images only under the `https` policy, embedded raster
 * images under `embedded` too, none of them under `none`. The CSP backs the renderer's own image policy.
 */
export function previewCsp(cspSource: string, nonce: string, images: PreviewInitialData['settings']['images']): string {
	const img = images === 'none' ? cspSource : images === 'embedded' ? `${cspSource} data:` : `${cspSource} https: data:`;
	return [
		"default-src 'none'",
		`img-src ${img}`,
		`style-src ${cspSource}`,
		`font-src ${cspSource}`,
		`script-src 'nonce-${nonce}'`,
		// Belt and braces: nothing in the page may change the base URL or submit anywhere.
		"base-uri 'none'",
		"form-action 'none'",
	].join('; ') + ';';
}

/** The full HTML of the preview webview. Every dynamic value is escaped. */
export function previewShellHtml(options: PreviewShellOptions): string {
	const nonce = options.nonce ?? createNonce();
	const csp = previewCsp(options.cspSource, nonce, options.initial.settings.images);
	const initial = escapeAttribute(JSON.stringify(options.initial));
	return `<!DOCTYPE html>
<html lang="en">
<head>
	<meta charset="UTF-8">
	<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
	<meta name="viewport" content="width=device-width, initial-scale=1.0">
	<meta name="referrer" content="no-referrer">
	<link rel="stylesheet" href="${escapeAttribute(options.styleUri)}">
	<title>Page Dump Preview</title>
</head>
<body data-initial="${initial}">
	<div id="pd-message" class="pd-message" hidden>
		<h2 id="pd-message-title"></h2>
		<p id="pd-message-detail"></p>
		<button type="button" id="pd-open-as-text" class="pd-button">Open as Text</button>
	</div>
	<div id="pd-layout" class="pd-layout" hidden>
		<main class="pd-main">
			<header class="pd-header">
				<h1 id="pd-title" class="pd-title"></h1>
				<div class="pd-toolbar">
					<label class="pd-toggle"><input type="checkbox" id="pd-toggle-removed"> Show removed regions</label>
				</div>
				<p id="pd-notice" class="pd-notice" hidden></p>
			</header>
			<article id="pd-article" class="pd-article"></article>
		</main>
		<aside class="pd-side">
			<section class="pd-card" aria-labelledby="pd-meta-heading">
				<h2 id="pd-meta-heading">Metadata</h2>
				<dl id="pd-meta" class="pd-meta"></dl>
			</section>
			<section class="pd-card" aria-labelledby="pd-summary-heading">
				<h2 id="pd-summary-heading">Summary</h2>
				<ul id="pd-summary" class="pd-summary"></ul>
			</section>
			<section class="pd-card" aria-labelledby="pd-problems-heading">
				<h2 id="pd-problems-heading">Problems</h2>
				<ul id="pd-problems" class="pd-problems"></ul>
			</section>
			<nav class="pd-card" aria-labelledby="pd-toc-heading">
				<h2 id="pd-toc-heading">Contents</h2>
				<ul id="pd-toc" class="pd-toc"></ul>
			</nav>
		</aside>
	</div>
	<script nonce="${nonce}" src="${escapeAttribute(options.scriptUri)}"></script>
</body>
</html>`;
}
