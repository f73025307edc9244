/**
 * How the dashboard writes years, decades, spans and counts — one way on every page, in charts,
 * tables and tips. BCE years are negative in the data (−2500 is 2500 BCE).
 */

/**
 * A year as a reader writes it: `1921`, `2500 BCE`.
 * @example formatYear(1921) // "1921"
 * @example formatYear(-2500) // "2500 BCE"
 */
export function formatYear(year: number | null | undefined): string {
  if (year == null || Number.isNaN(year)) return "";
  return year < 0 ? `${-year} BCE` : String(year);
}

/**
 * A decade (its first year, as decades.csv gives it) as a reader writes it: `1920s`, `2500s BCE`.
 * @example formatDecade(1920) // "1920s"
 * @example formatDecade(-2500) // "2500s BCE"
 */
export function formatDecade(decade: number | null | undefined): string {
  if (decade == null || Number.isNaN(decade)) return "";
  return decade < 0 ? `${-decade}s BCE` : `${decade}s`;
}

/**
 * The x axis of a chart by decade: continuous (so 3100 BCE and 2011 fit on one chart), labelled
 * as a reader writes decades, a tick per 110 px or so of `width` (px).
 * @example decadeAxis(640) // {label: "Decade", tickFormat: formatDecade, ticks: 5}
 */
export function decadeAxis(width: number): {label: string; tickFormat: (decade: number) => string; ticks: number} {
  return {label: "Decade", tickFormat: formatDecade, ticks: Math.max(2, Math.floor(width / 110))};
}

/**
 * A year span: `1921–1924`, `1929` for one year, `1979–present` when open, `2500–2400 BCE`
 * when both ends are BCE, `30 BCE–14` across the era.
 * @example yearSpan(1921, 1924) // "1921–1924"
 * @example yearSpan(1929, 1929) // "1929"
 * @example yearSpan(-2500, -2400) // "2500–2400 BCE"
 */
export function yearSpan(start: number | null | undefined, end: number | null | undefined): string {
  if (start == null) return "undated";
  if (end == null) return `${formatYear(start)}–present`;
  if (end === start) return formatYear(start);
  if (start < 0 && end < 0) return `${-start}–${-end} BCE`;
  return `${formatYear(start)}–${formatYear(end)}`;
}

/**
 * Tick values for an axis of counts from 0 to `max`: whole numbers only, about `count` of them
 * (never 0, 0.5, 1 … written as 0 1 1 2), none past `max` (Plot draws given ticks even outside
 * the domain).
 * @example integerTicks(3) // [0, 1, 2, 3]
 * @example integerTicks(40) // [0, 10, 20, 30, 40]
 * @example integerTicks(7) // [0, 2, 4, 6]
 * @example integerTicks(45, 2) // [0, 20, 40]
 * @example integerTicks(0) // [0, 1]
 */
export function integerTicks(max: number, count = 6): number[] {
  const top = Math.max(1, Math.ceil(Number.isFinite(max) ? max : 1));
  // The smallest whole step among 1, 2, 5, 10, 20, 50 … that gives at most count + 1 ticks,
  // and at least two.
  let step = 1;
  for (let magnitude = 1; ; magnitude *= 10) {
    const fits = [1, 2, 5].map((m) => m * magnitude).find((s) => Math.floor(top / s) + 1 <= count + 1);
    if (fits !== undefined) {
      step = fits;
      break;
    }
  }
  const ticks: number[] = [];
  for (let t = 0; t <= top + 1e-9; t += step) ticks.push(t);
  return ticks;
}

/**
 * A column name as an axis or header says it: `median_years` → `median years`.
 * @example humanize("first_year") // "first year"
 */
export function humanize(column: string): string {
  return column.replace(/_/g, " ");
}

/**
 * An axis label that says its unit once: `interventions`, not `interventions (interventions)`;
 * `troops (persons)`.
 * @example axisLabel("interventions", "interventions") // "interventions"
 * @example axisLabel("median_years", "years") // "median years"
 * @example axisLabel("troops", "persons") // "troops (persons)"
 */
export function axisLabel(column: string, unit?: string | null): string {
  const name = humanize(column);
  if (!unit || new RegExp(`\\b${unit.replace(/s$/, "")}`, "i").test(name)) return name;
  return `${name} (${unit})`;
}
