import type uPlot from 'uplot';
import type { FunnelDay } from '../../contract/analytics.js';

export interface ChartHandle {
  destroy(): void;
}

export interface Palette {
  accent: string;
  success: string;
  danger: string;
  text: string;
  grid: string;
}

let library: Promise<typeof uPlot> | undefined;
/** uPlot, fetched the first time a chart is drawn: the Insights page is the only place it is ever loaded. */
const load = () => (library ??= import('uplot').then((module) => module.default));

/** A colour any CSS value resolves to (`color-mix()`, `light-dark()`, a variable), as canvas understands it. */
function canvasColor(box: HTMLElement, value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  box.appendChild(probe);
  const resolved = getComputedStyle(probe).color;
  probe.remove();
  return resolved || value;
}

/** A resolved `rgb(r, g, b)` see-through, for a bar's fill under its solid stroke. */
function withAlpha(rgb: string, alpha: number): string {
  return rgb.replace(/^rgb\(/, 'rgba(').replace(/\)$/, `, ${alpha})`);
}

function axes(box: HTMLElement, palette: Palette, x: uPlot.Axis = {}): uPlot.Axis[] {
  const stroke = canvasColor(box, palette.text);
  const grid = { stroke: canvasColor(box, palette.grid), width: 1 };
  return [
    { stroke, grid: { show: false }, ticks: { show: false }, ...x },
    { stroke, grid, ticks: { show: false }, size: 44 },
  ];
}

/** Below this many pixels a label, the funnel's step names are slanted so that none overlaps the next. */
const LABEL_ROOM = 96;
/** Pixels a day label such as "Dec 12" needs; the per-day chart labels every k-th day to keep that room. */
const DAY_LABEL_ROOM = 64;
const dayLabel = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', timeZone: 'UTC' });

const width = (box: HTMLElement) => Math.max(240, Math.floor(box.clientWidth || box.getBoundingClientRect().width || 600));

/** The funnel: one bar per step (sessions), failed in the danger colour. */
export async function drawFunnelChart(box: HTMLElement, labels: string[], counts: number[], palette: Palette): Promise<ChartHandle> {
  const UPlot = await load();
  box.replaceChildren();
  const xs = labels.map((_, index) => index);
  const bars = UPlot.paths.bars!({ size: [0.6, 64] });
  const accent = canvasColor(box, palette.accent);
  const danger = canvasColor(box, palette.danger);
  const failedIndex = labels.length - 1;
  const chartWidth = width(box);
  // Every step is labelled (uPlot would skip some to keep its default spacing); on a phone they slant.
  const slanted = (chartWidth - 44) / labels.length < LABEL_ROOM;
  return new UPlot(
    {
      width: chartWidth,
      height: slanted ? 280 : 220,
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: false, range: [-0.5, labels.length - 0.5] }, y: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.1] } },
      axes: axes(box, palette, {
        splits: () => xs,
        values: (_u, splits) => splits.map((split) => labels[split] ?? ''),
        ...(slanted ? { rotate: -40, size: 96 } : {}),
      }),
      series: [
        {},
        { label: 'sessions', stroke: accent, fill: withAlpha(accent, 0.75), paths: bars, points: { show: false } },
        { label: 'failed', stroke: danger, fill: withAlpha(danger, 0.75), paths: bars, points: { show: false } },
      ],
    },
    [xs, counts.map((count, index) => (index === failedIndex ? null : count)), counts.map((count, index) => (index === failedIndex ? count : null))],
    box,
  );
}

/** Every UTC day from `from` to `to` (at most 366), with the counts the server gave and zeros between. */
export function everyDay(days: readonly FunnelDay[], from: string, to: string): FunnelDay[] {
  const DAY = 86_400_000;
  const byDate = new Map(days.map((day) => [day.date, day]));
  const first = Date.parse(`${from.slice(0, 10)}T00:00:00Z`);
  const last = Date.parse(`${to.slice(0, 10)}T00:00:00Z`);
  const filled: FunnelDay[] = [];
  for (let time = Math.max(first, last - 365 * DAY); time <= last; time += DAY) {
    const date = new Date(time).toISOString().slice(0, 10);
    filled.push(byDate.get(date) ?? { date, created: 0, connected: 0 });
  }
  return filled;
}

/** Sessions connected (bars) and created (line) per UTC day, as the server counts them. */
export async function drawDaysChart(box: HTMLElement, days: readonly FunnelDay[], palette: Palette, names: { created: string; connected: string }): Promise<ChartHandle> {
  const UPlot = await load();
  box.replaceChildren();
  const xs = days.map((day) => Date.parse(`${day.date}T00:00:00Z`) / 1000);
  const accent = canvasColor(box, palette.accent);
  const success = canvasColor(box, palette.success);
  const half = 43_200;
  const chartWidth = width(box);
  // Day ticks only (uPlot's time axis would pick hours for a short range), every k-th day when they are many.
  const every = Math.max(1, Math.ceil(xs.length / Math.max(1, Math.floor((chartWidth - 44) / DAY_LABEL_ROOM))));
  return new UPlot(
    {
      width: chartWidth,
      height: 200,
      tzDate: (ts) => UPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
      legend: { show: true },
      cursor: { show: false },
      scales: {
        x: { time: true, range: [(xs[0] ?? Date.now() / 1000) - half, (xs.at(-1) ?? Date.now() / 1000) + half] },
        y: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.1] },
      },
      axes: axes(box, palette, {
        splits: () => xs.filter((_, index) => (xs.length - 1 - index) % every === 0),
        values: (_u, splits) => splits.map((split) => dayLabel.format(new Date(split * 1000))),
      }),
      series: [
        {},
        { label: names.connected, stroke: success, fill: withAlpha(success, 0.7), paths: UPlot.paths.bars!({ size: [0.7, 40] }), points: { show: false } },
        { label: names.created, stroke: accent, width: 2, points: { show: true, size: 6 } },
      ],
    },
    [xs, days.map((d) => d.connected), days.map((d) => d.created)],
    box,
  );
}
