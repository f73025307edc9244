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
  return chart instanceof SVGSVGElement ? chart : chart.querySelector("svg[class^=plot]") ?? chart.querySelector("svg");
}

/** Serialises an SVG with the inline styles Plot gives it, as a standalone file. */
function svgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  const style = getComputedStyle(svg);
  copy.style.background = "white";
  copy.style.color = style.color || "black";
  copy.style.font = style.font || "10px sans-serif";
  return new XMLSerializer().serializeToString(copy);
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

/** Renders an SVG to a PNG blob at twice its size. */
function toPng(svg: SVGSVGElement): Promise<Blob> {
  const {width, height} = svg.getBoundingClientRect();
  const url = URL.createObjectURL(new Blob([svgText(svg)], {type: "image/svg+xml"}));
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const canvas = Object.assign(document.createElement("canvas"), {width: width * 2, height: height * 2});
      const context = canvas.getContext("2d")!;
      context.fillStyle = "white";
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
