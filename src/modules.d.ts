// Type declarations for browser packages that ship none. Only what the components use.
declare module "htl" {
  /** Hypertext literal: interpolated values are escaped as text, never parsed as HTML. */
  export function html(strings: TemplateStringsArray, ...values: unknown[]): HTMLElement;
  export function svg(strings: TemplateStringsArray, ...values: unknown[]): SVGElement;
}

declare module "@observablehq/inputs" {
  type Options = Record<string, unknown>;
  export function table(data: unknown, options?: Options): HTMLElement;
  export function search(data: unknown, options?: Options): HTMLElement;
  export function select(data: unknown, options?: Options): HTMLElement;
  export function radio(data: unknown, options?: Options): HTMLElement;
  export function checkbox(data: unknown, options?: Options): HTMLElement;
  export function toggle(options?: Options): HTMLElement;
  export function range(extent?: [number, number], options?: Options): HTMLElement;
  export function text(options?: Options): HTMLElement;
  export function button(content?: unknown, options?: Options): HTMLElement;
}
