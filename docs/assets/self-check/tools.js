/*
 * Reports, history and teams: the buttons come with the first visit, their code (lazy/) on first use, which
 * keeps what every visit loads inside the size budget. ctx: { data, view, jsonUrl, siteRoot, state, say }.
 */
import { button, buttonGroup, h } from "./dom.js";
import { t } from "./i18n.js";

export function toolsView(ctx) {
  const tr = (key) => t(ctx.data, key);
  const history = h("div", { class: "gsc-panel" });
  const teams = h("div", { class: "gsc-panel" });
  const run = (load, name, ...args) => async () => {
    try {
      (await load())[name](ctx, ...args);
    } catch {
      ctx.say(tr("lazy.failed"));
    }
  };
  const input = h("input", { type: "file", accept: ".json,application/json", multiple: true, hidden: true });
  input.addEventListener("change", () => {
    const files = [...input.files];
    input.value = "";
    if (files.length) run(() => import("./lazy/teams.js"), "showTeams", teams, files)();
  });
  const reports = () => import("./lazy/reports.js");
  const snapshots = () => import("./lazy/history.js");
  return [buttonGroup(`${ctx.view.uid}-tools`, tr("tools.label"),
    button(tr("tools.csv"), run(reports, "downloadCsv")), button(tr("tools.markdown"), run(reports, "downloadMarkdown")),
    button(tr("tools.snapshot"), run(snapshots, "saveSnapshot", history)), button(tr("tools.history"), run(snapshots, "showHistory", history)),
    button(tr("tools.teams"), () => input.click()), input), history, teams];
}
