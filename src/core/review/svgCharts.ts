// Inline SVG bar charts for the report: no script, colours from the page's CSS (so light, dark and print all work).

import { maxOf } from '../model/pushAll';

// Geometry of a horizontal bar chart, in SVG user units (the SVG scales to the page width).
const WIDTH = 640;
const BAR_HEIGHT = 18;
const GAP = 6;
const LABEL_WIDTH = 170;
const VALUE_WIDTH = 70;
// Labels longer than this are cut (the full text is in the bar's tooltip).
const MAX_LABEL_CHARS = 26;

/** Escapes text for SVG/HTML text and double-quoted attributes. */
export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export interface BarChartOptions {
	/** Accessible name of the chart. */
	readonly title: string;
	/** The value shown at the end of each bar; default the number. */
	readonly format?: (value: number) => string;
	/** The value of a full-width bar; default the largest value. */
	readonly max?: number;
}

/** A horizontal bar chart of labelled values, as an `<svg>` element string. */
export function barChart(items: readonly (readonly [string, number])[], options: BarChartOptions): string {
	const format = options.format ?? ((n: number) => n.toLocaleString('en-US'));
	const max = options.max ?? Math.max(1, maxOf(items.map(([, v]) => v)));
	const height = Math.max(1, items.length) * (BAR_HEIGHT + GAP) + GAP;
	const span = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
	const bars = items.map(([label, value], i) => {
		const y = GAP + i * (BAR_HEIGHT + GAP);
		const w = max > 0 ? Math.max(value > 0 ? 1 : 0, (value / max) * span) : 0;
		const shown = label.length > MAX_LABEL_CHARS ? label.slice(0, MAX_LABEL_CHARS - 1) + '…' : label;
		return `<g><title>${escapeXml(`${label}: ${format(value)}`)}</title>` +
			`<text class="chart-label" x="${LABEL_WIDTH - 8}" y="${y + BAR_HEIGHT * 0.72}" text-anchor="end">${escapeXml(shown)}</text>` +
			`<rect class="chart-bar" x="${LABEL_WIDTH}" y="${y}" width="${w.toFixed(1)}" height="${BAR_HEIGHT}" rx="2"></rect>` +
			`<text class="chart-value" x="${(LABEL_WIDTH + w + 6).toFixed(1)}" y="${y + BAR_HEIGHT * 0.72}">${escapeXml(format(value))}</text></g>`;
	});
	const empty = items.length === 0 ? `<text class="chart-label" x="${LABEL_WIDTH}" y="${GAP + BAR_HEIGHT * 0.72}">none</text>` : '';
	return `<svg class="chart" role="img" aria-label="${escapeXml(options.title)}" viewBox="0 0 ${WIDTH} ${height}" width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">` +
		`<title>${escapeXml(options.title)}</title>${bars.join('')}${empty}</svg>`;
}
