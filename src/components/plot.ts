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
