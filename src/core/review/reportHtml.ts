// The review report as one self-contained HTML file: counts, inline SVG charts and a row per dump; no script, no
// font or image from anywhere, readable in light and dark, printable.
import type { ReviewReport, ReportRow } from './report';
import { barChart, escapeXml } from './svgCharts';

export interface ReportHtmlOptions {
	/** The href of a row's link to its dump; default the row's path (relative to the report file). */
	readonly link?: (row: ReportRow) => string;
	readonly title?: string;
}

// The only style is inline; nothing is loaded. `color-scheme` lets the browser (or the VS Code webview) pick light or dark.
const STYLE = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --line: #d1d9e0; --bar: #0969da;
  --ok: #1a7f37; --warn: #9a6700; --bad: #cf222e; --card: #f6f8fa; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --line: #3d444d; --bar: #4493f8;
  --ok: #3fb950; --warn: #d29922; --bad: #f85149; --card: #151b23; } }
body.vscode-light { --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --line: #d1d9e0; --bar: #0969da; --card: #f6f8fa; }
body.vscode-dark, body.vscode-high-contrast { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --line: #3d444d; --bar: #4493f8; --card: #151b23; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); margin: 0 auto; padding: 24px; max-width: 1200px; }
h1 { font-size: 1.6em; margin: 0 0 4px; } h2 { font-size: 1.15em; margin: 0 0 8px; }
.muted { color: var(--muted); }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 12px; margin: 16px 0; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; }
.card strong { display: block; font-size: 1.5em; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(360px, 1fr)); gap: 16px; margin: 16px 0; }
.chart { display: block; max-width: 100%; height: auto; }
.chart-bar { fill: var(--bar); } .chart-label, .chart-value { fill: var(--fg); font-size: 12px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
th { position: sticky; top: 0; background: var(--bg); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
a { color: var(--bar); }
.state-approved { color: var(--ok); } .state-needs-work { color: var(--warn); } .state-rejected { color: var(--bad); }
.small { font-size: 12px; }
@media print { body { padding: 0; max-width: none; } th { position: static; } .card, .chart-bar { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; } tr { break-inside: avoid; } }
`;

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

function percent(x: number): string {
	return `${Math.round(x * 100)}%`;
}

function card(label: string, value: number | string): string {
	return `<div class="card"><strong>${escapeXml(typeof value === 'number' ? value.toLocaleString('en-US') : value)}</strong>${escapeXml(label)}</div>`;
}

function section(title: string, body: string): string {
	return `<section class="card"><h2>${escapeXml(title)}</h2>${body}</section>`;
}

const STATE_LABELS: Record<ReportRow['review'], string> = { unreviewed: 'unreviewed', approved: 'approved', 'needs-work': 'needs work', rejected: 'rejected' };

function rowHtml(r: ReportRow, link: (row: ReportRow) => string): string {
	const rules = Object.entries(r.rules).map(([c, n]) => `${c}×${n}`).join(' ');
	const state = STATE_LABELS[r.review] + (r.changed ? ' (changed since)' : '');
	return `<tr><td><a href="${escapeXml(link(r))}">${escapeXml(r.title ?? r.path)}</a><div class="muted small">${escapeXml(r.path)}</div></td>` +
		`<td>${escapeXml(r.site ?? '')}</td><td>${escapeXml(r.skipped ? `skipped: ${r.skipped}` : r.kind)}</td>` +
		`<td class="num">${r.words.toLocaleString('en-US')}</td>` +
		`<td class="num">${r.problems.error}</td><td class="num">${r.problems.warning}</td><td class="small">${escapeXml(rules)}</td>` +
		`<td class="small">${escapeXml(r.missing.join(', '))}</td>` +
		`<td class="state-${r.review}">${escapeXml(state)}${r.note ? `<div class="muted small">${escapeXml(r.note)}</div>` : ''}</td></tr>`;
}

/** The whole report page. Every value from a dump is escaped; the page holds no script and loads nothing. */
export function renderReportHtml(report: ReviewReport, options: ReportHtmlOptions = {}): string {
	const link = options.link ?? ((r: ReportRow) => encodeURI(r.path));
	const t = report.totals;
	const title = options.title ?? 'Page dump review report';
	const skipped = Object.entries(t.skippedBy).map(([why, n]) => `${n} ${why}`).join('; ');
	const cards = [
		card('dumps', t.dumps), card('extracted', t.extracted), card('skipped', t.skipped), card('approved', t.review.approved),
		card('needs work', t.review['needs-work']), card('rejected', t.review.rejected), card('to review', t.review.unreviewed + t.changedSinceReview),
		card('words', t.words), card('errors', t.problems.error), card('warnings', t.problems.warning),
	].join('');
	const charts = [
		section('Words per dump', barChart(report.wordBuckets, { title: 'Distribution of words per extracted dump' })),
		section('Problems by rule', barChart(report.problemsByRule.slice(0, 20), { title: 'Problems by rule' })),
		section('Metadata completeness', barChart(Object.entries(report.completeness), { title: 'Share of extracted dumps with each metadata field', max: 1, format: percent })),
		section('Page kinds', barChart(report.kinds, { title: 'Extracted dumps by page kind' })),
		section('Sites', barChart(report.sites.slice(0, 20), { title: 'Dumps by site (top 20)' })),
	].join('');
	const rows = report.rows.map((r) => rowHtml(r, link)).join('\n');
	return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeXml(CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="Page Dump Review">
<title>${escapeXml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeXml(title)}</h1>
<p class="muted">${escapeXml(report.roots.join(', '))} · ${escapeXml(report.generated)}${skipped ? ` · skipped: ${escapeXml(skipped)}` : ''}</p>
</header>
<div class="cards">${cards}</div>
<div class="charts">${charts}</div>
<h2>Dumps</h2>
<table>
<thead><tr><th>Dump</th><th>Site</th><th>Kind</th><th class="num">Words</th><th class="num">Errors</th><th class="num">Warnings</th><th>Rules</th><th>Missing metadata</th><th>Review</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}
