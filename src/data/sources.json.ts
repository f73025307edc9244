// Every document as text blocks with its figures, method cues and citations marked, for the
// Sources page (the evidence view). Text stays text: the page renders it with htl.
import {readCorpus} from "../../loaders/io/corpus.ts";
import {dataDir} from "../../loaders/io/paths.ts";
import {runPipeline} from "../../loaders/pipeline.ts";
import {buildSourceView} from "../../loaders/tables/sources.ts";

const {analyses} = runPipeline(readCorpus(dataDir()));
process.stdout.write(JSON.stringify(analyses.map((a) => buildSourceView(a.doc, a.figures, a.methods))));
