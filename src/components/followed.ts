/**
 * A row page opened by a link to one row (a figure, a method cue): the table shows exactly
 * that row, a sentence says so, and a button shows every row again.
 */
import {html} from "htl";

/** The element `followedFilter` returns: an input whose value is the followed row's id, or null. */
export type FollowedFilter = HTMLDivElement & {value: string | null};

/**
 * An input for "the row the reader followed": its value is the row's id (null once cleared);
 * it shows `Showing the <what> you followed — show all` while set. Clearing it also drops the
 * hash, so a reload shows every row.
 * @param id the followed row's id, or null when the page was not opened on one row
 * @param options.what what the row is, e.g. `"figure"`
 * @param options.detail words after that, e.g. `"(intervention 4, covert)"`
 * @example const followInput = followedFilter(figure?.id ?? null, {what: "figure"}); const followed = Generators.input(followInput);
 */
export function followedFilter(id: string | null, {what, detail = ""}: {what: string; detail?: string}): FollowedFilter {
  const root = html`<div class="followed-filter" role="status"></div>` as FollowedFilter;
  root.value = id;
  const clear = () => {
    root.value = null;
    history.replaceState(history.state, "", location.pathname + location.search);
    render();
    root.dispatchEvent(new Event("input", {bubbles: true}));
  };
  const render = () =>
    root.replaceChildren(...(root.value ? [html`<p>Showing the ${what} you followed${detail ? ` ${detail}` : ""} — <button type="button" onclick=${clear}>show all</button></p>`] : []));
  render();
  return root;
}
