/*
 * The Markdown report, to paste into a wiki page or an issue: the result, the breakdown, the plan and the
 * notes, with absolute links so they work wherever it is pasted. Text from the data or a note is escaped,
 * so it reads as typed and never becomes markup, a link or an HTML tag there. Pure.
 */
import { pct, t } from "../i18n.js";
import { levelLabel, reasonText } from "../reason.js";
import { STATUSES } from "./crosswalk.js";
import { describeEvidence, localDay, statusOf } from "./evidence-due.js";

/*
 * Backslash-escapes what could start inline markup (emphasis, code, links, HTML, entities, table cells);
 * text is only ever put mid-line, so block markers such as # or - at a line's start cannot occur. One line.
 *
 * GitHub (and GitLab) turn @name into a mention, which notifies that person, and #12 or GH-12 into a link to an
 * issue, after the Markdown is rendered, so a backslash does not stop them. A WORD JOINER (U+2060, invisible,
 * no space) after the @, the # or the GH breaks those patterns while the text reads the same.
 */
const REFERENCE = /([@#]|\bGH(?=-\d))(?=[\p{L}\p{N}_-])/giu;

export function escapeText(text) {
  return String(text).replace(/\s+/g, " ").trim().replace(/[\\`*_{}[\]<>|~&]/g, "\\$&").replace(REFERENCE, "$1\u2060");
}

const link = (siteRoot, url, text) => `[${escapeText(text)}](${new URL(url, siteRoot).href.replace(/[()\s]/g, encodeURIComponent)})`;
const share = (data, a) => pct(data, a.max ? (100 * a.points) / a.max : null);

/* The frameworks view: the disclaimer, then per framework its items grouped by status, with their practices. */
function frameworkLines(data, frameworks, siteRoot) {
  const tr = (key, params) => escapeText(t(data, key, params));
  const out = ["", `## ${tr("md.frameworks")}`, "", tr("frameworks.disclaimer")];
  for (const fw of frameworks) {
    out.push("", `### ${escapeText(fw.name)}`, "", `${tr("frameworks.version", { version: fw.version })} ${link(siteRoot, fw.url, t(data, "frameworks.text", { name: fw.name }))}`);
    for (const status of STATUSES) {
      const items = fw.items.filter((item) => item.status === status);
      if (!items.length) continue;
      out.push("", `**${tr(`frameworks.group_${status}`, { count: items.length })}**`, ""); // frameworks.group_supported ...
      for (const item of items) {
        const practices = item.practices.map((p) => link(siteRoot, p.url, p.title)).join(", ");
        out.push(`- ${escapeText(item.id)}: ${escapeText(item.title)}${practices ? ` (${practices})` : ""}`);
      }
    }
  }
  return out;
}

/*
 * res: what score() returns; date: a Date; notes: {questionId: text}; evidence: {questionId: entry}, flagged by
 * `today` (the reader's day, YYYY-MM-DD); frameworks: the frameworks view of the result (crosswalk.js coverage()),
 * or null. Words from the catalog are escaped too.
 */
export function markdownText(data, res, { siteRoot, date, notes = {}, evidence = {}, frameworks = null, today = localDay(date) }) {
  const tr = (key, params) => escapeText(t(data, key, params));
  const label = (level) => levelLabel(data, level);
  const out = [`# ${tr("md.title", { title: data.model.title })}`, "",
    `- ${tr("md.date", { date: date.toISOString().slice(0, 10) })}`, `- ${tr("md.version", { version: data.model.version })}`];
  if (!res.complete) {
    out.push(`- ${tr("md.answered", { answered: res.answered, count: res.total })}`);
  } else if (res.level) {
    out.push(`- ${tr("md.score", { score: res.score, max: res.max })}`, `- ${tr("md.level")} ${link(siteRoot, res.level.url, label(res.level))}`);
  } else {
    out.push(`- ${tr("md.points", { points: res.points, count: res.applicableMax })}`);
  }
  if (res.reason) out.push("", escapeText(reasonText(data, res.reason)));
  const points = (a) => (a.max ? tr("points_of", { points: a.points, max: a.max }) : tr("questions.na"));
  out.push("", `## ${tr("by_area")}`, "", `| ${tr("column.area")} | ${tr("column.points")} | ${tr("column.share")} |`, "| --- | --- | --- |",
    ...res.areas.map((a) => `| ${escapeText(a.name)} | ${points(a)} | ${escapeText(share(data, a))} |`));
  if (res.plan) {
    const { target, items } = res.plan;
    out.push("", `## ${target ? tr("md.plan", { level: label(target) }) : tr("md.next")}`, "");
    if (!items.length) out.push(tr("md.plan_done"));
    // md.item_missing, md.item_partial
    items.forEach((item, i) => out.push(`${i + 1}. ${link(siteRoot, item.url, item.title)}: ${tr(`md.item_${item.status}`, { level: item.level })}`));
  }
  if (frameworks) out.push(...frameworkLines(data, frameworks, siteRoot));
  const noted = data.questions.map((q, i) => [q, i]).filter(([q]) => notes[q.id]);
  if (noted.length) {
    out.push("", `## ${tr("md.notes")}`, "", ...noted.map(([q, i]) => `- ${tr("md.note", { number: i + 1, text: q.text })} ${escapeText(notes[q.id])}`));
  }
  const proven = data.questions.map((q, i) => [q, i]).filter(([q]) => evidence[q.id]);
  if (proven.length) {
    out.push("", `## ${tr("md.evidence")}`, "", ...proven.map(([q, i]) => {
      const status = statusOf(data, evidence[q.id], today);
      // md.status_due, md.status_overdue: in bold, first, so a reader scanning the list sees them
      const flag = status ? `**${tr(`md.status_${status}`, { date: evidence[q.id].review })}** ` : "";
      return `- ${flag}${tr("md.note", { number: i + 1, text: q.text })} ${escapeText(describeEvidence(data, evidence[q.id]))}`;
    }));
  }
  return out.join("\n") + "\n";
}
