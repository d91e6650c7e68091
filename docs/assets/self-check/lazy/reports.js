/* The CSV and Markdown downloads: pure text from csv.js and markdown.js, saved as files named by version and date. */
import { t } from "../i18n.js";
import { csvText } from "./csv.js";
import { download } from "./download.js";
import { frameworksOf } from "./frameworks.js";
import { markdownText } from "./markdown.js";

const stem = (data, now) => `${data.contract.file_format}-${data.model.version}-${now.toISOString().slice(0, 10)}`;

// Both carry the frameworks view of a complete result; without the crosswalk (it did not load), they go without it.
export async function downloadCsv({ data, jsonUrl, state, say }) {
  const { answers, notes, evidence, res } = state();
  const frameworks = await frameworksOf(data, jsonUrl, res);
  download(`${stem(data, new Date())}.csv`, "text/csv;charset=utf-8", csvText(data, answers, notes, evidence, frameworks));
  say(t(data, "reports.csv_done"));
}

export async function downloadMarkdown({ data, jsonUrl, siteRoot, state, say }) {
  const { res, notes, evidence } = state();
  const frameworks = await frameworksOf(data, jsonUrl, res);
  const now = new Date();
  download(`${stem(data, now)}.md`, "text/markdown;charset=utf-8", markdownText(data, res, { siteRoot, date: now, notes, evidence, frameworks }));
  say(t(data, "reports.markdown_done"));
}
