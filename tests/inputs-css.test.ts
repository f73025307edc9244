import {readFileSync} from "node:fs";
import {resolve} from "node:path";
import {expect, test} from "vitest";
import {inputsCss} from "../scripts/inputs-css.ts";
import {ROOT} from "./helpers.ts";

test("src/inputs.css is what scripts/inputs-css.ts generates from the installed packages (run `npm run inputs-css`)", () => {
  expect(readFileSync(resolve(ROOT, "src/inputs.css"), "utf8")).toBe(inputsCss());
});
