/**
 * Bringing an element to the reader: once it is in the document and laid out, scroll it into
 * view, outline it and give it the keyboard focus (so that a screen reader announces it), and
 * keep it in view while the page above it is still drawing. Also: the browser's Back returns
 * to the row whose link the reader followed.
 */

/** Resolves once `el` is attached to the document and has a box (or after `timeout` ms). */
export function whenLaidOut(el: Element, timeout = 10_000): Promise<boolean> {
  const t0 = performance.now();
  return new Promise((done) => {
    const check = () => {
      if (el.isConnected && el.getClientRects().length > 0) return done(true);
      if (performance.now() - t0 > timeout) return done(false);
      requestAnimationFrame(check);
    };
    check();
  });
}

/** Polls `find` every animation frame until it returns an element (or `timeout` ms pass). */
export function waitFor<T>(find: () => T | null | undefined, timeout = 10_000): Promise<T | null> {
  const t0 = performance.now();
  return new Promise((done) => {
    const check = () => {
      const found = find();
      if (found) return done(found);
      if (performance.now() - t0 > timeout) return done(null);
      setTimeout(check, 50);
    };
    check();
  });
}

/** Whether the reader has started moving around (then the page stops moving for them). */
let readerMoved = false;
let watching = false;
function watchReader() {
  if (watching) return;
  watching = true;
  for (const type of ["wheel", "touchstart", "keydown", "mousedown"]) addEventListener(type, () => (readerMoved = true), {capture: true, passive: true});
}

/**
 * Scrolls `el` to the middle of the viewport and keeps it there for `ms` milliseconds while
 * charts and tables above it are still being drawn, unless the reader scrolls meanwhile.
 */
function centre(el: Element, ms = 2_000) {
  watchReader();
  readerMoved = false;
  el.scrollIntoView({block: "center"});
  const until = performance.now() + ms;
  let top = el.getBoundingClientRect().top;
  const observer = new ResizeObserver(() => {
    if (readerMoved || performance.now() > until || !el.isConnected) return observer.disconnect();
    const now = el.getBoundingClientRect().top;
    if (Math.abs(now - top) > 1) el.scrollIntoView({block: "center"});
    top = el.getBoundingClientRect().top;
  });
  observer.observe(document.body);
  setTimeout(() => observer.disconnect(), ms);
}

/**
 * Brings `el` to the reader once it is laid out: centred in the viewport, outlined (class
 * `followed`, until another element is followed) and focused.
 * @param options.focus move the keyboard focus to it (default true)
 * @example await reveal(article.querySelector("[data-line='15']"))
 */
export async function reveal(el: Element, {focus = true}: {focus?: boolean} = {}): Promise<void> {
  if (!(await whenLaidOut(el))) return;
  for (const old of document.querySelectorAll(".followed")) if (old !== el) old.classList.remove("followed");
  el.classList.add("followed");
  if (focus && el instanceof HTMLElement) {
    if (el.tabIndex < 0 && !el.hasAttribute("tabindex")) el.tabIndex = -1;
    el.focus({preventScroll: true});
  }
  centre(el);
}

/** What the page remembers of the link a reader followed, in its history entry. */
interface Place {
  href: string;
  /** Which of the links with that href it was. */
  index: number;
  /** The accessible name of the scrolling table holding it, and how far that table was scrolled. */
  region: string | null;
  regionTop: number;
}

const KEY = "atlasPlace";
let installed = false;

/** The scrolling region (scrollingTable) holding `el`, by its accessible name. */
function regionOf(el: Element): HTMLElement | null {
  return el.closest<HTMLElement>("[role=region][aria-label]");
}

/**
 * Remembers, in the page's history entry, which link the reader followed out of the page; when
 * the reader comes back (the browser's Back), scrolls to that link — loading the rows of its
 * table up to it — and focuses it. Call once per page; later calls do nothing.
 * @param isReturn whether this load is a Back/Forward (default: the Navigation Timing entry says so)
 * @returns whether it is putting the reader back (then the page should not scroll elsewhere)
 * @example keepReaderPlace()
 */
export function keepReaderPlace(isReturn = (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined)?.type === "back_forward"): boolean {
  if (installed) return false;
  installed = true;
  // The page puts the reader back itself: the browser restoring a scroll position before the
  // tables are drawn would land elsewhere.
  history.scrollRestoration = "manual";
  addEventListener("click", (event) => {
    const a = (event.target as Element | null)?.closest?.("a[href]");
    const href = a?.getAttribute("href");
    if (!a || !href || href.startsWith("#") || !a.closest("main")) return;
    const region = regionOf(a);
    const place: Place = {
      href,
      index: [...document.querySelectorAll("main a[href]")].filter((x) => x.getAttribute("href") === href).indexOf(a),
      region: region?.getAttribute("aria-label") ?? null,
      regionTop: region?.scrollTop ?? 0,
    };
    history.replaceState({...(history.state ?? {}), [KEY]: place}, "");
  }, {capture: true});
  const place = (history.state as Record<string, Place> | null)?.[KEY];
  if (!isReturn || !place) return false;
  void returnTo(place);
  return true;
}

/** Scrolls back to a remembered link and focuses it. */
async function returnTo(place: Place): Promise<void> {
  const find = () => [...document.querySelectorAll<HTMLAnchorElement>("main a[href]")].filter((a) => a.getAttribute("href") === place.href)[Math.max(0, place.index)];
  if (place.region) {
    const region = await waitFor(() => document.querySelector<HTMLElement>(`[role=region][aria-label="${CSS.escape(place.region!)}"]`));
    if (region) {
      region.scrollTop = place.regionTop;
      // Inputs.table draws more rows as it scrolls: scroll on until the link is drawn, or
      // until scrolling draws nothing more.
      for (let i = 0, stuck = 0; i < 200 && stuck < 5 && !find(); i++) {
        const height = region.scrollHeight;
        region.scrollTop = region.scrollHeight;
        await new Promise((r) => setTimeout(r, 30));
        stuck = region.scrollHeight > height ? 0 : stuck + 1;
      }
    }
  }
  const link = await waitFor(find);
  if (!link) return;
  link.scrollIntoView({block: "nearest"});
  await reveal(link);
}
