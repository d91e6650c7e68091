/*
 * Reports, history and teams: the buttons come with the first visit, their code (lazy/) on first use, which
 * keeps what every visit loads inside the size budget. ctx: { data, view, jsonUrl, siteRoot, state, say }.
 */
import { button, h } from "./dom.js";

export function toolsView(ctx) {
  const history = h("div", { class: "gsc-panel" });
  const teams = h("div", { class: "gsc-panel" });
  const run = (load, name, ...args) => async () => {
    try {
      (await load())[name](ctx, ...args);
    } catch {
      ctx.say("That part of the self-check could not load. Reload the page to try again.");
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
  return [h("div", { class: "gsc-actions", role: "group", "aria-label": "Reports, history and teams" },
    button("Download CSV", run(reports, "downloadCsv")), button("Download Markdown", run(reports, "downloadMarkdown")),
    button("Save snapshot", run(snapshots, "saveSnapshot", history)), button("Show history", run(snapshots, "showHistory", history)),
    button("Load team files", () => input.click()), input), history, teams];
}
