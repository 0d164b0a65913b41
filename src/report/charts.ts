/**
 * Inline SVG charts for the report, drawn by Vega (vega.github.io) in Node: no DOM, no canvas,
 * no network. Vega writes the chart's description as the SVG's aria-label, and the report puts
 * a table with the same numbers under every chart.
 */
import { parse, View } from 'vega';

export interface Bar {
	label: string;
	value: number;
}

export interface BarChartOptions {
	/** The text alternative of the chart (the SVG's aria-label). */
	description: string;
	bars: readonly Bar[];
	/** How a value is written at the end of its bar (d3-format, e.g. "d" or ".0%"). */
	format?: string;
	/** The axis's upper bound (e.g. 1 for a share); the largest value when absent. */
	max?: number;
}

const BAR_HEIGHT = 22;
const WIDTH = 420;

/** A horizontal bar chart, one bar per entry in the given order, as an SVG string. */
export async function barChartSvg({ description, bars, format = 'd', max }: BarChartOptions): Promise<string> {
	const spec = {
		$schema: 'https://vega.github.io/schema/vega/v6.json',
		description,
		width: WIDTH,
		height: Math.max(1, bars.length) * BAR_HEIGHT,
		padding: 5,
		autosize: { type: 'pad' },
		data: [{ name: 'bars', values: bars.map((bar, index) => ({ ...bar, key: `${index}` })) }],
		scales: [
			{ name: 'y', type: 'band', domain: { data: 'bars', field: 'key' }, range: 'height', padding: 0.2 },
			{
				name: 'x',
				type: 'linear',
				domain: max === undefined ? { data: 'bars', field: 'value' } : [0, max],
				range: 'width',
				nice: max === undefined,
				zero: true,
			},
		],
		axes: [
			{
				orient: 'left',
				aria: false,
				scale: 'y',
				labelLimit: 320,
				labelColor: '#1b1f24',
				labelFontSize: 12,
				// The band domain is the bar's position (labels may repeat); each tick shows its label.
				encode: { labels: { update: { text: { signal: "data('bars')[toNumber(datum.value)].label" } } } },
			},
			// Counts get whole ticks only.
			{ orient: 'bottom', aria: false, scale: 'x', format, tickCount: 5, ...(format === 'd' ? { tickMinStep: 1 } : {}), labelColor: '#1b1f24', grid: true, gridColor: '#dde3ea' },
		],
		marks: [
			{
				type: 'rect',
				// The whole SVG is one image with a text alternative; its parts stay out of the tree.
				aria: false,
				from: { data: 'bars' },
				encode: {
					enter: {
						y: { scale: 'y', field: 'key' },
						height: { scale: 'y', band: 1 },
						x: { scale: 'x', value: 0 },
						x2: { scale: 'x', field: 'value' },
						fill: { value: '#0b5cad' },
					},
				},
			},
			{
				type: 'text',
				aria: false,
				from: { data: 'bars' },
				encode: {
					enter: {
						y: { scale: 'y', field: 'key', band: 0.5 },
						x: { scale: 'x', field: 'value', offset: 4 },
						baseline: { value: 'middle' },
						fill: { value: '#1b1f24' },
						fontSize: { value: 12 },
						text: { signal: `format(datum.value, '${format}')` },
					},
				},
			},
		],
	};
	const view = new View(parse(spec as never), { renderer: 'none' });
	try {
		// Vega sets a description on the page element around a live view only; a static SVG gets
		// it here, as an image with a text alternative.
		return (await view.toSVG()).replace('<svg ', `<svg role="img" aria-label="${escapeAttribute(description)}" `);
	} finally {
		view.finalize();
	}
}

function escapeAttribute(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
