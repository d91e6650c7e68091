/*
 * The history view: save the current result as a dated snapshot, list and delete snapshots, compare two.
 * Storage may be blocked or hold junk: the history then starts empty and the reader is told, never an error.
 * A history a newer self-check wrote is never written over, and a full one asks before replacing a snapshot.
 */
import { button, h } from "../dom.js";
import { pct, t } from "../i18n.js";
import { levelLabel } from "../reason.js";
import { compare } from "./compare.js";
import { added, evidenceChanged, full, historyText, keptOf, readHistory, removed, snapshotOf, when, withoutNotes } from "./snapshots.js";
import { bars, panel, table } from "./views.js";

// status.missing, status.partial, status.in-place, status.na; change.up, change.down, change.same
const status = (data, id) => t(data, `status.${id}`);
const change = (data, id) => t(data, `change.${id}`);

function load(data) {
  try {
    return readHistory(data, localStorage.getItem(data.contract.history_key));
  } catch {
    return { snapshots: [], dropped: 0, problem: "blocked" };
  }
}

const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/* "ok", or why not: "newer" (a newer self-check's history, never written over) or "blocked" (storage refused). */
function store(data, change) {
  const found = load(data);
  if (found.problem === "newer") return "newer";
  if (found.problem === "blocked") return "blocked";
  const snapshots = change(found.snapshots);
  try {
    if (snapshots.length) localStorage.setItem(data.contract.history_key, historyText(data, snapshots));
    else localStorage.removeItem(data.contract.history_key);
    return "ok";
  } catch {
    return "blocked";
  }
}

/* A model update keeps the old version's answers and notes as they were saved, as a snapshot of that version. */
export function keepVersion(data, old) {
  const done = store(data, (snapshots) => added(snapshots, keptOf(data, old, new Date(), newId())));
  return done === "ok" ? "kept" : done;
}

/* Reset, when asked to: the notes go from every snapshot (the answers and results stay). */
export function clearHistoryNotes(data) {
  return store(data, withoutNotes);
}

export function saveSnapshot(ctx, box, replacing = null) {
  const { data, state, say } = ctx;
  const tr = (key, params) => t(data, key, params);
  const { answers, notes, evidence, res } = state();
  if (!res.complete) return say(tr("history.incomplete"));
  const found = load(data);
  if (found.problem === "newer") return say(tr("history.newer"));
  if (!replacing && full(data, found.snapshots)) {
    say(tr("history.full_said", { count: found.snapshots.length }));
    return showHistory(ctx, box, true);
  }
  const snapshot = snapshotOf(data, answers, notes, res, new Date(), newId(), evidence);
  const done = store(data, (snapshots) => added(snapshots, snapshot, replacing));
  if (done === "newer") return say(tr("history.newer"));
  if (done !== "ok") return say(tr("history.blocked_save"));
  say(tr("history.saved", { count: load(data).snapshots.length }));
  if (box.childElementCount) showHistory(ctx, box);
}

// history.result_score / history.result_none, with history.result_level when placed
const result = (data, s) => t(data, s.score === null ? "history.result_none" : "history.result_score", { score: s.score })
  + (s.level === null ? "" : t(data, "history.result_level", { level: s.level }));
// Numbered in the order saved, so two snapshots never read alike, even when saved within one second.
const named = (data, snapshots, s) => t(data, "history.named", { number: snapshots.indexOf(s) + 1, when: when(s) });
const label = (data, snapshots, s) => t(data, "history.label", { number: snapshots.indexOf(s) + 1, when: when(s), version: s.model,
  result: result(data, s) });

export function showHistory(ctx, box, asking = false) {
  const { data, view, say } = ctx;
  const tr = (key, params) => t(data, key, params);
  const found = load(data);
  const { snapshots } = found;
  const notes = [];
  if (found.problem) notes.push(tr(`history.${found.problem}`)); // history.newer, history.corrupted, history.blocked
  if (found.dropped) notes.push(tr("history.dropped", { count: found.dropped }));
  const list = h("ul", { class: "gsc-snapshots" }, [...snapshots].reverse().map((s) => {
    const remove = button(tr("history.delete"), () => {
      store(data, (list) => removed(list, s.id));
      say(tr("history.deleted", { snapshot: named(data, snapshots, s) }));
      showHistory(ctx, box);
    });
    remove.setAttribute("aria-label", tr("history.delete_named", { snapshot: named(data, snapshots, s) }));
    // The evidence changed since the snapshot before: said in the list, so a reader sees when without comparing.
    const i = snapshots.indexOf(s);
    const changed = i > 0 && evidenceChanged(snapshots[i - 1].evidence, s.evidence).length ? tr("history.evidence_changed") : "";
    return h("li", {}, `${label(data, snapshots, s)}${changed} `, remove);
  }));
  const output = h("div", { class: "gsc-comparison" });
  const parts = [...notes.map((text) => h("p", { class: "gsc-notice", text })), snapshots.length ? list : h("p", { text: tr("history.empty") })];
  if (asking && snapshots.length) {
    const oldest = snapshots[0];
    const replace = button(tr("history.replace", { snapshot: named(data, snapshots, oldest) }), () => saveSnapshot(ctx, box, oldest.id));
    const cancel = button(tr("cancel"), () => showHistory(ctx, box));
    parts.unshift(h("div", { class: "gsc-notice" }, h("p", { text: tr("history.full", { count: snapshots.length }) }),
      h("p", { class: "gsc-controls" }, replace, cancel)));
  }
  if (snapshots.length >= 2) {
    const pick = (name, text, chosen) => {
      const select = h("select", { id: `${view.uid}-${name}`, class: "gsc-select" },
        snapshots.map((s) => h("option", { value: s.id, text: label(data, snapshots, s), selected: s === chosen })));
      return [h("label", { for: select.id, text }), select];
    };
    const [fromLabel, from] = pick("from", tr("history.compare_from"), snapshots.at(-2));
    const [toLabel, to] = pick("to", tr("history.compare_with"), snapshots.at(-1));
    const go = button(tr("history.compare"), () => {
      const byId = (id) => snapshots.find((s) => s.id === id);
      output.replaceChildren(...comparison(ctx, snapshots, byId(from.value), byId(to.value)));
    });
    parts.push(h("p", { class: "gsc-controls" }, fromLabel, from, toLabel, to, " ", go));
  }
  box.replaceChildren(panel(view, "history", tr("history.title"), ...parts, output));
}

function comparison({ data, view }, snapshots, before, after) {
  const tr = (key, params) => t(data, key, params);
  const cmp = compare(data, before, after);
  const number = (q) => data.questions.indexOf(q) + 1;
  const total = data.questions.length;
  const basis = cmp.all && !cmp.older ? tr("compare.all", { count: total })
    : tr("compare.some", { shared: cmp.questions.length, count: total }) + (cmp.questions.length
      ? tr("compare.questions", { numbers: cmp.questions.map(number).join(", ") }) : tr("compare.none"));
  const level = (s) => data.levels.find((lv) => lv.number === s.level);
  const then = (s) => tr("compare.then", { snapshot: named(data, snapshots, s), version: s.model,
    score: s.score === null ? tr("compare.no_score") : tr("result.score_value", { score: s.score, max: data.model.max_score }) })
    + (level(s) ? `, ${levelLabel(data, level(s))}` : "");
  const areaRows = cmp.areas.map((a) => [a.name, pct(data, a.before), pct(data, a.after), change(data, a.change)]);
  const practiceRows = cmp.practices.map((p) => [view.link(p.url, p.title), `${status(data, p.before)} (${pct(data, p.beforePercent)})`,
    `${status(data, p.after)} (${pct(data, p.afterPercent)})`, change(data, p.change)]);
  const columns = (...keys) => keys.map((key) => tr(`column.${key}`)); // column.area, .practice, .before, .after, .change
  // Evidence changed (added, edited or removed) between the two, by question number; ids of questions no longer asked as they are.
  const moved = evidenceChanged(before.evidence, after.evidence).map((id) => {
    const q = data.questions.find((x) => x.id === id);
    return q ? number(q) : id;
  });
  return [
    h("h3", { text: tr("compare.title", { before: named(data, snapshots, before), after: named(data, snapshots, after) }) }),
    h("p", { class: "gsc-basis", text: basis }),
    h("ul", {}, h("li", { text: tr("compare.before", { then: then(before) }) }), h("li", { text: tr("compare.after", { then: then(after) }) })),
    h("p", { text: tr("compare.moved", { up: cmp.up.length, down: cmp.down.length }) }),
    h("p", { class: "gsc-evidence-changed", text: moved.length ? tr("compare.evidence", { numbers: moved.join(", ") }) : tr("compare.evidence_same") }),
    bars(data, cmp.areas.map((a) => ({ name: a.name, values: [{ value: a.before, before: true }, { value: a.after }] }))),
    table(tr("compare.areas_caption"), columns("area", "before", "after", "change"), areaRows),
    table(tr("compare.practices_caption"), columns("practice", "before", "after", "change"), practiceRows),
  ];
}
