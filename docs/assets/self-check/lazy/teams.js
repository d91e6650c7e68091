/*
 * The team view: one exported file per team, loaded together. Each file is read and checked on its own, so a
 * broken file or one from another version is reported by name and never stops the others.
 */
import { h } from "../dom.js";
import { pct, t } from "../i18n.js";
import { levelLabel } from "../reason.js";
import { score } from "../scoring.js";
import { teamCoverage } from "./crosswalk.js";
import { readAnswersFile } from "./files.js";
import { loadCrosswalk } from "./frameworks.js";
import { rollup, sameFile, teamNames } from "./rollup.js";
import { panel, table } from "./views.js";

/* { team } to include, or { problem, lines } to report; never throws. */
async function readTeam(ctx, file) {
  const { data } = ctx;
  const tr = (key, params) => t(data, key, params);
  let found;
  try {
    found = await readAnswersFile(data, ctx.jsonUrl, file);
  } catch {
    return { problem: tr("teams.unreadable") };
  }
  if (found.rejected) return { problem: tr("teams.rejected"), lines: found.problems };
  const changed = found.dropped.length + found.cleared.length + found.missing.length;
  const versions = { version: found.version, current: data.model.version };
  if (found.outdated && changed) return { problem: tr("teams.misfit", versions) };
  const res = score(data, found.answers);
  if (!res.complete) return { problem: tr("teams.incomplete", { answered: res.answered, count: res.total }) };
  const note = found.outdated ? tr("teams.outdated", versions) : null;
  return { team: { answers: found.answers }, name: found.team, same: sameFile(found), note };
}

export async function showTeams(ctx, box, files) {
  const { data, view, say } = ctx;
  const tr = (key, params) => t(data, key, params);
  const reads = [];
  for (const file of files) reads.push({ file, ...(await readTeam(ctx, file)) });
  // The same file twice (rollup.js sameFile) is counted once: the later one is reported, not included.
  const seen = new Map();
  for (const read of reads.filter((r) => r.team)) {
    if (seen.has(read.same)) Object.assign(read, { team: null, problem: tr("teams.duplicate", { file: seen.get(read.same).file.name }) });
    else seen.set(read.same, read);
  }
  const included = reads.filter((read) => read.team);
  const names = teamNames(data, included.map((read) => read.file.name), included.map((read) => read.name));
  const teams = included.map((read, i) => ({ ...read.team, name: names[i].name }));
  // The same file name twice (from two folders): the report names each by its place in the selection too.
  const counts = new Map();
  for (const file of files) counts.set(file.name, (counts.get(file.name) || 0) + 1);
  const report = [];
  reads.forEach((read, i) => {
    const which = counts.get(read.file.name) > 1 ? tr("teams.which", { file: read.file.name, number: i + 1, count: files.length }) : read.file.name;
    const at = included.indexOf(read);
    const renamed = at >= 0 && names[at].renamed ? tr("teams.renamed", { name: names[at].name }) : null;
    const text = [read.problem || read.note, renamed].filter(Boolean).join(tr("teams.it"));
    if (text) report.push(h("li", {}, `${which} ${text}`, read.lines ? h("ul", {}, read.lines.map((line) => h("li", { text: line }))) : null));
  });
  say(tr("teams.loaded_said", { loaded: teams.length, count: files.length }));
  const parts = [h("p", { class: "gsc-team-count", text: tr("teams.loaded", { loaded: teams.length, count: files.length }) })];
  if (report.length) parts.push(h("h3", { text: tr("teams.files") }), h("ul", { class: "gsc-team-report" }, report));
  if (teams.length) parts.push(...rolled(data, view, rollup(data, teams)), ...(await acrossTeams(ctx, teams)));
  box.replaceChildren(panel(view, "teams", tr("teams.title"), ...parts));
}

function rolled(data, view, roll) {
  const tr = (key, params) => t(data, key, params);
  const n = roll.teams.length;
  const none = tr("none");
  const three = (s) => (s ? [pct(data, s.min), pct(data, s.median), pct(data, s.max)] : [none, none, none]);
  const teamRows = roll.teams.map((team) => [team.name, team.score === null ? none
    : tr("result.score_value", { score: team.score, max: data.model.max_score }), team.level ? levelLabel(data, team.level) : tr("teams.not_placed")]);
  const areaRows = roll.areas.map((a) => [a.name, ...three(a.spread)]);
  const practiceRows = roll.practices.map((p) => [view.link(p.url, p.title), `${p.level}`, ...three(p.spread),
    p.applicable ? tr("points_of", { points: p.inPlace, max: p.applicable }) : tr("questions.na")]);
  const plan = roll.plan.length
    ? h("ol", { class: "gsc-plan" }, roll.plan.map((p) => h("li", {}, view.link(p.url, p.title),
      tr("teams.plan_item", { level: p.level, missing: p.missing.length, count: n, teams: p.missing.join(", ") }))))
    : h("p", { text: tr("teams.plan_done") });
  const columns = (...keys) => keys.map((key) => tr(`column.${key}`)); // column.team, .score, .level, .lowest, .median, .highest, .in_place
  return [
    table(tr("teams.title"), columns("team", "score", "level"), teamRows),
    h("h3", { text: tr("by_area") }),
    table(tr("teams.areas_caption"), columns("area", "lowest", "median", "highest"), areaRows),
    h("h3", { text: tr("teams.by_practice") }),
    table(tr("teams.practices_caption"), columns("practice", "level", "lowest", "median", "highest", "in_place"), practiceRows),
    h("h3", { text: tr("teams.plan") }),
    h("p", { text: tr("teams.plan_intro") }),
    plan,
  ];
}

/* The frameworks view across teams: per item, how many teams support it. Without the crosswalk, a line says so. */
async function acrossTeams({ data, view, jsonUrl }, teams) {
  const tr = (key, params) => t(data, key, params);
  let crosswalk;
  try {
    crosswalk = await loadCrosswalk(data, jsonUrl);
  } catch {
    return [h("p", { text: tr("frameworks.failed") })];
  }
  const results = teams.map((team) => score(data, team.answers));
  const columns = ["item", "title", "practice", "supported_by"].map((key) => tr(`column.${key}`));
  const out = [h("h3", { text: tr("teams.frameworks") }), h("p", { class: "gsc-fw-disclaimer", text: tr("teams.frameworks_intro") })];
  for (const fw of teamCoverage(data, crosswalk, results)) {
    const rows = fw.items.map((item) => [view.link(fw.url, item.id), item.title,
      item.addressed ? h("span", {}, item.practices.map((p, i) => [i ? "; " : "", view.link(p.url, p.title)])) : tr("frameworks.status_unaddressed"),
      item.addressed ? tr("teams.supported", { supported: item.supported, count: teams.length }) : tr("none")]);
    out.push(h("details", { class: "gsc-fw", "data-framework": fw.id }, h("summary", { text: fw.name }),
      table(tr("teams.frameworks_caption", { name: fw.name }), columns, rows)));
  }
  return out;
}
