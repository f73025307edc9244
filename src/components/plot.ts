/**
 * Plot.plot with the accessibility fixes every chart here needs.
 */
import * as Plot from "@observablehq/plot";

/**
 * Like `Plot.plot`, plus: Plot labels its mark groups with `aria-label` but gives them no
 * role, which assistive technology ignores and axe reports as a prohibited attribute; a
 * `group` role makes the labels count.
 * @example plot({marks: [Plot.barY([1, 2, 3])], ariaLabel: "Three bars"})
 */
export function plot(options: Plot.PlotOptions): ReturnType<typeof Plot.plot> {
  const chart = Plot.plot(options);
  for (const g of chart.querySelectorAll("g[aria-label]")) if (!g.hasAttribute("role")) g.setAttribute("role", "group");
  return chart;
}

/** What the pages say where a chart would count intervention rows and there are none. */
export const NO_EPISODES =
  "No document here has dated sections or dated list items, so there are no intervention rows to chart. The documents' prose is read for events: see the Methods page's events table and the Sources page.";

/**
 * A chart's place taken by a sentence, when there is nothing to draw: an empty-axes chart
 * would say "zero" where the truth is "nothing of this kind in these documents".
 * @param message what is missing and where to look instead
 * @example data.length ? plot({...}) : emptyChart(NO_EPISODES)
 */
export function emptyChart(message: string = NO_EPISODES): HTMLParagraphElement {
  const p = document.createElement("p");
  p.className = "empty-chart";
  p.textContent = message;
  return p;
}
