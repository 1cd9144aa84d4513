/**
 * The charts adapter: a Vega-Lite spec → Vega → SVG → PNG with resvg, in-process (no browser, no
 * system library). resvg loads only the shipped font (assets/fonts/troika-chart.otf), never the
 * system's, so the same spec gives the same picture on every machine.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { CHART_FONT_FAMILY } from '../core/trend.js';

/** The project root (package.json), whether this runs from src/ or compiled into dist/src/. */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** The shipped font (a subset of Noto Sans CJK SC, SIL OFL 1.1; see assets/fonts/). */
export const CHART_FONT_PATH = join(projectRoot(), 'assets', 'fonts', 'troika-chart.otf');

/** Parsed Vega runtimes by chart shape (the spec without its datasets): few, one per locale and width. */
const runtimes = new Map<string, vega.Runtime>();
const MAX_RUNTIMES = 64;

/**
 * The parsed Vega runtime of a spec's shape. Compiling Vega-Lite and parsing Vega cost more than
 * drawing, and the shape changes only with the locale and the number of weeks, so it is done once
 * per shape; the numbers (the spec's top-level `datasets`) are fed in per chart.
 */
function runtimeOf(spec: Record<string, unknown>): { runtime: vega.Runtime; datasets: Record<string, unknown[]> } {
  const { datasets = {}, ...shape } = spec as { datasets?: Record<string, unknown[]> };
  const key = JSON.stringify(shape);
  let runtime = runtimes.get(key);
  if (!runtime) {
    const empty = Object.fromEntries(Object.keys(datasets).map((name) => [name, []]));
    runtime = vega.parse(compile({ ...shape, datasets: empty } as unknown as TopLevelSpec).spec);
    runtimes.set(key, runtime);
    if (runtimes.size > MAX_RUNTIMES) runtimes.delete(runtimes.keys().next().value!);
  }
  return { runtime, datasets };
}

/** Vega-Lite spec → SVG text. */
export async function renderSvg(spec: Record<string, unknown>): Promise<string> {
  const { runtime, datasets } = runtimeOf(spec);
  const view = new vega.View(runtime, { renderer: 'none' });
  try {
    for (const [name, values] of Object.entries(datasets)) view.data(name, values);
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** SVG → PNG at `width` pixels, with the shipped font only. */
export function svgToPng(svg: string, width = 1000): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    background: 'white',
    font: { fontFiles: [CHART_FONT_PATH], loadSystemFonts: false, defaultFontFamily: CHART_FONT_FAMILY, sansSerifFamily: CHART_FONT_FAMILY },
  });
  return Buffer.from(resvg.render().asPng());
}

/** Vega-Lite spec → PNG. */
export async function renderPng(spec: Record<string, unknown>, width = 1000): Promise<Buffer> {
  return svgToPng(await renderSvg(spec), width);
}
