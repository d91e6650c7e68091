/*
 * Reports, history and teams: their buttons are there on the first visit, their code (lazy/) loads on first
 * use, so what every visit loads stays inside the widget's size budget. All of it runs in the browser.
 * ctx: { data, view, jsonUrl, siteRoot, state() -> { answers, notes, res }, say(text) }.
 */
import { button, h } from "./dom.js";

export function toolsView(ctx) {
  const history = h("div", { class: "gsc-panel" });
  const teams = h("div", { class: "gsc-panel" });
  const run = (load) => async () => {
    try {
      await load();
    } catch {
      ctx.say("That part of the self-check could not load. Reload the page to try again.");
    }
  };
  const teamInput = h("input", { type: "file", accept: ".json,application/json", multiple: true, hidden: true });
  teamInput.addEventListener("change", run(async () => {
    const files = [...teamInput.files];
    teamInput.value = "";
    if (files.length) (await import("./lazy/teams.js")).showTeams(ctx, teams, files);
  }));
  const reports = () => import("./lazy/reports.js");
  const snapshots = () => import("./lazy/history.js");
  const group = h("div", { class: "gsc-actions", role: "group", "aria-label": "Reports, history and teams" },
    button("Download CSV", run(async () => (await reports()).downloadCsv(ctx))),
    button("Download Markdown", run(async () => (await reports()).downloadMarkdown(ctx))),
    button("Save snapshot", run(async () => (await snapshots()).saveSnapshot(ctx, history))),
    button("Show history", run(async () => (await snapshots()).showHistory(ctx, history))),
    button("Load team files", () => teamInput.click()), teamInput);
  return [group, history, teams];
}
