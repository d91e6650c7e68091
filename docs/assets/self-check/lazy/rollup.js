/*
 * The team roll-up: several teams' complete answers (same questionnaire) in, per area and per practice the
 * lowest, median and highest share of points, how many teams have each practice in place, and a team plan.
 * Pure: files are read and checked elsewhere (files.js), and the view only shows what this returns.
 */
import { t } from "../i18n.js";
import { score } from "../scoring.js";
import { percent, practicesAsked, tally } from "./tally.js";

/* The middle value; for an even count, the mean of the two middle ones. null for no values. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (!sorted.length) return null;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/* { min, median, max, count } of the values that are numbers; null when there are none (nothing applied). */
export function spread(values) {
  const known = values.filter((v) => typeof v === "number");
  if (!known.length) return null;
  return { min: Math.min(...known), median: median(known), max: Math.max(...known), count: known.length };
}

/* teams: [{ name, answers }]. Practices are in the team plan when at least one team misses them, most-missed first. */
export function rollup(data, teams) {
  const each = teams.map((team) => ({ name: team.name, res: score(data, team.answers), ...tally(data, team.answers) }));
  const areas = data.areas.map((area) => ({ id: area.id, name: area.name, spread: spread(each.map((t) => percent(t.areas.get(area.id)))) }));
  const order = Object.keys(data.practices);
  const practices = practicesAsked(data).map((id) => {
    const entries = each.map((t) => ({ name: t.name, entry: t.practices.get(id) }));
    const applicable = entries.filter((e) => e.entry && e.entry.status !== "na");
    const missing = applicable.filter((e) => e.entry.status !== "in-place").map((e) => e.name);
    return {
      id, ...data.practices[id], spread: spread(entries.map((e) => percent(e.entry))),
      inPlace: applicable.length - missing.length, applicable: applicable.length, missing,
    };
  });
  const plan = practices.filter((p) => p.missing.length)
    .sort((a, b) => b.missing.length - a.missing.length || a.level - b.level || order.indexOf(a.id) - order.indexOf(b.id));
  const scores = spread(each.map((t) => t.res.score));
  const levels = each.map((t) => (t.res.level ? t.res.level.number : null));
  return { teams: each.map((t) => ({ name: t.name, score: t.res.score, level: t.res.level })), scores, levels: spread(levels), areas, practices, plan };
}

/* Two names a reader cannot tell apart in the tables: the same letters in another case, composition or spacing. */
const nameKey = (name) => name.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();

/*
 * A team's name for each file, in order: the team name the file carries (teams[i]), or else its file name without
 * .json; no two alike (nameKey): a later file whose name is taken becomes "name (2)", "name (3)"... whichever is
 * free, so tables and the plan never show two teams under one name. `renamed` says which were changed, for the report.
 */
export function teamNames(data, fileNames, teams = []) {
  const taken = new Set();
  return fileNames.map((fileName, i) => {
    const base = teams[i] || fileName.replace(/\.json$/i, "").trim() || t(data, "teams.unnamed");
    let name = base;
    for (let n = 2; taken.has(nameKey(name)); n += 1) name = `${base} (${n})`;
    taken.add(nameKey(name));
    return { name, renamed: name !== base };
  });
}

/*
 * What makes two loaded files "the same file": the same questionnaire version, answers, notes, evidence and team name, in
 * any key order or layout. Not the bytes, since an editor that re-indents a copy (or a file renamed by a second
 * download) is still that file; not the name and a saved time, since exports carry no time and a name may be
 * missing. Two different teams with identical answers, notes and no name are reported too: no table could tell
 * them apart, and naming them in the widget (the export's team name) makes them two. Pure.
 */
export function sameFile(found) {
  const sorted = (record) => Object.entries(record || {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  // Evidence entries are tidied on reading (evidence.js tidy), one field order, so their JSON compares them.
  return JSON.stringify([found.version, sorted(found.answers), sorted(found.notes), sorted(found.evidence), found.team || ""]);
}
