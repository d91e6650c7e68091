/*
 * The team view: one exported file per team, loaded together. Each file is read and checked on its own, so a
 * broken file or one from another version is reported by name and never stops the others.
 */
import { h } from "../dom.js";
import { levelLabel } from "../reason.js";
import { score } from "../scoring.js";
import { readAnswersFile } from "./files.js";
import { rollup, teamNames } from "./rollup.js";
import { panel, percentText, table } from "./views.js";

/* { team } to include, or { problem, lines } to report; never throws. */
async function readTeam(ctx, file) {
  const { data } = ctx;
  let found;
  try {
    found = await readAnswersFile(data, ctx.jsonUrl, file);
  } catch {
    return { problem: "could not be read." };
  }
  if (found.rejected) return { problem: "is not a self-check answers file, so it was left out:", lines: found.problems };
  const changed = found.dropped.length + found.cleared.length + found.missing.length;
  if (found.outdated && changed) {
    return { problem: `was made with version ${found.version}; this is version ${data.model.version}, and not all its answers fit it, so it was left out.` };
  }
  const res = score(data, found.answers);
  if (!res.complete) return { problem: `answers ${res.answered} of ${res.total} questions, so it was left out: the roll-up needs complete results.` };
  const note = found.outdated ? `was made with version ${found.version}; all its answers still fit version ${data.model.version}, so it is included.` : null;
  return { team: { answers: found.answers }, note };
}

export async function showTeams(ctx, box, files) {
  const { data, view, say } = ctx;
  const reads = [];
  for (const file of files) reads.push({ file, ...(await readTeam(ctx, file)) });
  const included = reads.filter((read) => read.team);
  const names = teamNames(included.map((read) => read.file.name));
  const teams = included.map((read, i) => ({ ...read.team, name: names[i].name }));
  // The same file name twice (from two folders): the report names each by its place in the selection too.
  const counts = new Map();
  for (const file of files) counts.set(file.name, (counts.get(file.name) || 0) + 1);
  const report = [];
  reads.forEach((read, i) => {
    const which = counts.get(read.file.name) > 1 ? `${read.file.name} (file ${i + 1} of ${files.length})` : read.file.name;
    const at = included.indexOf(read);
    const renamed = at >= 0 && names[at].renamed ? `is shown as "${names[at].name}", as another file has the same name.` : null;
    const text = [read.problem || read.note, renamed].filter(Boolean).join(" It ");
    if (text) report.push(h("li", {}, `${which} ${text}`, read.lines ? h("ul", {}, read.lines.map((line) => h("li", { text: line }))) : null));
  });
  say(`${teams.length} of ${files.length} team files loaded.`);
  const parts = [h("p", { class: "gsc-team-count", text: `${teams.length} of ${files.length} files loaded as teams.` })];
  if (report.length) parts.push(h("h3", { text: "Files" }), h("ul", { class: "gsc-team-report" }, report));
  if (teams.length) parts.push(...rolled(data, view, rollup(data, teams)));
  box.replaceChildren(panel(view, "teams", "Teams", ...parts));
}

function rolled(data, view, roll) {
  const n = roll.teams.length;
  const three = (s) => (s ? [percentText(s.min), percentText(s.median), percentText(s.max)] : ["–", "–", "–"]);
  const teamRows = roll.teams.map((t) => [t.name, t.score === null ? "–" : `${t.score} / ${data.model.max_score}`, t.level ? levelLabel(t.level) : "Not placed"]);
  const areaRows = roll.areas.map((a) => [a.name, ...three(a.spread)]);
  const practiceRows = roll.practices.map((p) => [view.link(p.url, p.title), `${p.level}`, ...three(p.spread),
    p.applicable ? `${p.inPlace} of ${p.applicable}` : "Not applicable"]);
  const plan = roll.plan.length
    ? h("ol", { class: "gsc-plan" }, roll.plan.map((p) => h("li", {}, view.link(p.url, p.title),
      ` – Level ${p.level}; not fully in place in ${p.missing.length} of ${n} teams: ${p.missing.join(", ")}.`)))
    : h("p", { text: "Every practice is in place in every team, or does not apply." });
  return [
    table("Teams", ["Team", "Score", "Level"], teamRows),
    h("h3", { text: "By area" }),
    table("Share of points per area across teams", ["Area", "Lowest", "Median", "Highest"], areaRows),
    h("h3", { text: "By practice" }),
    table("Share of points per practice across teams", ["Practice", "Level", "Lowest", "Median", "Highest", "Teams with it in place"], practiceRows),
    h("h3", { text: "Team plan" }),
    h("p", { text: "The practices most teams still miss, the most missed first, then the lowest level." }),
    plan,
  ];
}
