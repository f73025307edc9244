/**
 * Download links for a chart: its data as CSV, and the drawing as SVG and PNG.
 */
import {csvFormatBody, csvFormatRow} from "d3-dsv";
import {html} from "htl";

/** Spreadsheet-formula guard, as in the exported CSVs: text starting with = + - @ tab CR gets a `'`. */
function guard(value: unknown): unknown {
  return typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * Rows → CSV text (RFC 4180, formula-guarded), with the given columns.
 * @example toCSV([{a: 1, b: "=x"}]) // "a,b\n1,'=x\n"
 */
export function toCSV(rows: Record<string, unknown>[], columns = Object.keys(rows[0] ?? {})): string {
  const safe = rows.map((r) => Object.fromEntries(columns.map((c) => [c, guard(r[c])])));
  return csvFormatRow(columns) + "\n" + (safe.length ? csvFormatBody(safe as any, columns) + "\n" : "");
}

/** The chart's main SVG: Plot returns a `<figure>` (with legends) or the `<svg>` itself. */
function mainSvg(chart: Element): SVGSVGElement | null {
  return chart instanceof SVGSVGElement ? chart : chart.querySelector("svg[class^=plot]:not([class*=-ramp])") ?? chart.querySelector("svg");
}

const SVG = "http://www.w3.org/2000/svg";

/** The page's background colour (the theme's, light or dark), for a file that looks as the page does. */
function pageBackground(): string {
  const body = getComputedStyle(document.body).backgroundColor;
  return body && body !== "rgba(0, 0, 0, 0)" ? body : "white";
}

/**
 * Copies `from`'s computed paint onto `to` wherever the page's CSS decides it (`var(--theme-…)`,
 * `currentColor`), so that the file keeps the colours without the page's stylesheet.
 */
function inlinePaint(from: Element, to: Element) {
  const style = getComputedStyle(from);
  for (const attr of ["fill", "stroke", "color"] as const) {
    const value = to.getAttribute(attr);
    if (value && /var\(|currentcolor/i.test(value)) to.setAttribute(attr, style[attr]);
  }
  const fromKids = from.children;
  const toKids = to.children;
  for (let i = 0; i < fromKids.length && i < toKids.length; i++) inlinePaint(fromKids[i], toKids[i]);
}

/**
 * The legend of a Plot figure drawn as SVG: swatches (a coloured square and its label, on as
 * many lines as it takes) and colour ramps (copied). Null when the figure has no legend.
 */
function legendSvg(figure: Element, width: number, color: string): {node: SVGGElement; height: number} | null {
  const g = document.createElementNS(SVG, "g");
  let y = 0;
  for (const legend of figure.querySelectorAll(":scope > div[class*=-swatches], :scope > svg[class*=-ramp]")) {
    if (legend instanceof SVGSVGElement) {
      const copy = legend.cloneNode(true) as SVGSVGElement;
      inlinePaint(legend, copy);
      copy.setAttribute("y", String(y));
      g.append(copy);
      y += legend.getBoundingClientRect().height + 4;
      continue;
    }
    let x = 0;
    const line = 16;
    for (const swatch of legend.querySelectorAll("span[class$=-swatch]")) {
      const shape = swatch.querySelector("svg");
      const label = swatch.textContent ?? "";
      const fill = shape ? getComputedStyle(shape.querySelector("rect, path, circle") ?? shape).fill : "currentColor";
      const itemWidth = 18 + label.length * 6.5 + 14;
      if (x > 0 && x + itemWidth > width) {
        x = 0;
        y += line;
      }
      const rect = document.createElementNS(SVG, "rect");
      Object.entries({x: x, y: y + 3, width: 10, height: 10, fill}).forEach(([k, v]) => rect.setAttribute(k, String(v)));
      const text = document.createElementNS(SVG, "text");
      Object.entries({x: x + 15, y: y + 12, fill: color, "font-size": 11}).forEach(([k, v]) => text.setAttribute(k, String(v)));
      text.textContent = label;
      g.append(rect, text);
      x += itemWidth;
    }
    y += line + 4;
  }
  return y > 0 ? {node: g, height: y} : null;
}

/**
 * Serialises a chart as a standalone SVG file: its drawing with its legend above it, the
 * colours the page shows (the theme's, document colours included) and its background.
 */
function svgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inlinePaint(svg, copy);
  const style = getComputedStyle(svg);
  const color = style.color || "black";
  const {width, height} = svg.getBoundingClientRect();
  const figure = svg.closest("figure");
  const legend = figure ? legendSvg(figure, width, color) : null;
  const out = document.createElementNS(SVG, "svg");
  const total = height + (legend?.height ?? 0);
  Object.entries({xmlns: SVG, width, height: total, viewBox: `0 0 ${width} ${total}`}).forEach(([k, v]) => out.setAttribute(k, String(v)));
  out.setAttribute("style", `background: ${pageBackground()}; color: ${color}; font: ${style.font || "10px sans-serif"}`);
  const background = document.createElementNS(SVG, "rect");
  Object.entries({width: "100%", height: "100%", fill: pageBackground()}).forEach(([k, v]) => background.setAttribute(k, String(v)));
  out.append(background);
  if (legend) out.append(legend.node);
  copy.setAttribute("y", String(legend?.height ?? 0));
  copy.setAttribute("width", String(width));
  copy.setAttribute("height", String(height));
  copy.style.color = color;
  out.append(copy);
  return new XMLSerializer().serializeToString(out);
}

/** Starts a browser download of `blob` named `name`. */
function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement("a"), {href: url, download: name});
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Renders a chart's SVG file (see svgText) to a PNG blob at twice its size. */
function toPng(svg: SVGSVGElement): Promise<Blob> {
  const text = svgText(svg);
  const width = Number(/width="([\d.]+)"/.exec(text)?.[1] ?? svg.getBoundingClientRect().width);
  const height = Number(/height="([\d.]+)"/.exec(text)?.[1] ?? svg.getBoundingClientRect().height);
  const url = URL.createObjectURL(new Blob([text], {type: "image/svg+xml"}));
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const canvas = Object.assign(document.createElement("canvas"), {width: width * 2, height: height * 2});
      const context = canvas.getContext("2d")!;
      context.fillStyle = pageBackground();
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png");
    };
    image.onerror = reject;
    image.src = url;
  });
}

/**
 * The SVG file a chart downloads as (for tests and previews): its drawing, legend and colours.
 * @example chartSvg(chart) // "<svg xmlns=…>…</svg>"
 */
export function chartSvg(chart: Element): string | null {
  const svg = mainSvg(chart);
  return svg ? svgText(svg) : null;
}

/**
 * A row of download buttons for a chart: its data (CSV), SVG and PNG.
 * @param chart the element a chart component returned (or a container holding it)
 * @param rows the data drawn
 * @param name file name stem, e.g. `interventions-per-decade`
 * @example chartDownloads(chart, decades, "decades")
 */
export function chartDownloads(chart: Element | (() => Element | null), rows: Record<string, unknown>[], name: string) {
  const find = () => {
    const el = typeof chart === "function" ? chart() : chart;
    return el ? mainSvg(el) : null;
  };
  return html`<div class="chart-actions" aria-label="Downloads for ${name}">
    <button type="button" onclick=${() => save(new Blob([toCSV(rows)], {type: "text/csv"}), `${name}.csv`)}>Data (CSV)</button>
    <button type="button" onclick=${() => {
      const svg = find();
      if (svg) save(new Blob([svgText(svg)], {type: "image/svg+xml"}), `${name}.svg`);
    }}>SVG</button>
    <button type="button" onclick=${async () => {
      const svg = find();
      if (svg) save(await toPng(svg), `${name}.png`);
    }}>PNG</button>
  </div>`;
}
