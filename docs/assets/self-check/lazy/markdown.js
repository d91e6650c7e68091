/*
 * The Markdown report, to paste into a wiki page or an issue: the result, the breakdown, the plan and the
 * notes, with absolute links so they work wherever it is pasted. Text from the data or a note is escaped,
 * so it reads as typed and never becomes markup, a link or an HTML tag there. Pure.
 */
import { levelLabel, reasonText } from "../reason.js";

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
const pct = (a) => (a.max ? `${Math.round((100 * a.points) / a.max)}%` : "–");
const STATUS = { missing: "not in place", partial: "partly in place" };

/* res: what score() returns; date: a Date; notes: {questionId: text}. */
export function markdownText(data, res, { siteRoot, date, notes = {} }) {
  const out = [`# ${escapeText(data.model.title)} self-check`, "",
    `- Date: ${date.toISOString().slice(0, 10)}`, `- Questionnaire version: ${data.model.version}`];
  if (!res.complete) {
    out.push(`- Answered: ${res.answered} of ${res.total} questions, so there is no score or level yet`);
  } else if (res.level) {
    out.push(`- Score: ${res.score} / ${res.max}`, `- Level: ${link(siteRoot, res.level.url, levelLabel(res.level))}`);
  } else {
    out.push(`- Points: ${res.points} of ${res.applicableMax} applicable points`);
  }
  if (res.reason) out.push("", escapeText(reasonText(res.reason)));
  out.push("", "## By area", "", "| Area | Points | Share |", "| --- | --- | --- |",
    ...res.areas.map((a) => `| ${escapeText(a.name)} | ${a.max ? `${a.points} of ${a.max}` : "Not applicable"} | ${pct(a)} |`));
  if (res.plan) {
    const { target, items } = res.plan;
    out.push("", target ? `## Plan to reach ${escapeText(levelLabel(target))}` : "## Next steps", "");
    if (!items.length) out.push("Every practice up to there is fully in place or does not apply.");
    items.forEach((item, i) => out.push(`${i + 1}. ${link(siteRoot, item.url, item.title)}: Level ${item.level}, ${STATUS[item.status]}`));
  }
  const noted = data.questions.map((q, i) => [q, i]).filter(([q]) => notes[q.id]);
  if (noted.length) {
    out.push("", "## Notes", "", ...noted.map(([q, i]) => `- Question ${i + 1} (${escapeText(q.text)}): ${escapeText(notes[q.id])}`));
  }
  return out.join("\n") + "\n";
}
