/*
 * The frameworks view of a result, computed: for each framework of the crosswalk (crosswalk.json, which the build
 * writes beside model.json from data/frameworks.yml), which of its items the reader's in-place practices support,
 * which their plan would add, which the guide addresses with practices that are neither, and which nothing in the
 * guide addresses. A map of practices to items, never a compliance verdict. Pure: no DOM, no fetch.
 */

// The order the view, the reports and the export list an item's status in (macros/selfcheck/file_schema.py).
export const STATUSES = ["supported", "added", "later", "unaddressed"];

/* Whether a crosswalk file is one this model can use: its shape, and the same language and model version. */
export function fitsModel(data, crosswalk) {
  return Boolean(crosswalk) && crosswalk.lang === data.lang && crosswalk.version === data.model.version
    && Array.isArray(crosswalk.frameworks) && typeof crosswalk.mappings === "object" && crosswalk.mappings !== null;
}

/* The practices mapped to an item, as the model knows them (title, url), with why; unknown ids are left out. */
function mapped(data, crosswalk, framework, item) {
  const entries = (crosswalk.mappings[framework.id] || {})[item.id] || [];
  return entries.filter((m) => data.practices[m.id]).map((m) => ({ id: m.id, why: m.why, ...data.practices[m.id] }));
}

/* An item's status from the sets of practice ids in place and in the plan: the best a mapped practice gives. */
export function itemStatus(practices, inPlace, planned) {
  if (!practices.length) return "unaddressed";
  if (practices.some((p) => inPlace.has(p.id))) return "supported";
  return practices.some((p) => planned.has(p.id)) ? "added" : "later";
}

/*
 * res: what score() returns for complete answers (statuses, plan). Every framework with every item, in the
 * crosswalk's order: { id, name, version, url, counts: {status: n}, items: [{ id, title, status, practices }] },
 * each practice with `state`: "in-place", "planned" or null, so a view can say which practice does what.
 */
export function coverage(data, crosswalk, res) {
  const inPlace = new Set(res.inPlace.map((p) => p.id));
  const planned = new Set(res.plan ? res.plan.items.map((p) => p.id) : []);
  const state = (id) => (inPlace.has(id) ? "in-place" : planned.has(id) ? "planned" : null);
  return crosswalk.frameworks.map((framework) => {
    const items = framework.items.map((item) => {
      const practices = mapped(data, crosswalk, framework, item).map((p) => ({ ...p, state: state(p.id) }));
      return { id: item.id, title: item.title, status: itemStatus(practices, inPlace, planned), practices };
    });
    const counts = Object.fromEntries(STATUSES.map((s) => [s, items.filter((item) => item.status === s).length]));
    return { id: framework.id, name: framework.name, version: framework.version, url: framework.url, counts, items };
  });
}

/* The export file's `frameworks` field: framework id -> item id -> status. */
export function exportField(frameworks) {
  return Object.fromEntries(frameworks.map((fw) => [fw.id, Object.fromEntries(fw.items.map((item) => [item.id, item.status]))]));
}

/*
 * The same view across teams: results, one per team (score() of complete answers), in; for each item of each
 * framework, how many teams support it (a mapped practice in place), and the practices mapped to it.
 */
export function teamCoverage(data, crosswalk, results) {
  const inPlace = results.map((res) => new Set(res.inPlace.map((p) => p.id)));
  return crosswalk.frameworks.map((framework) => ({
    id: framework.id, name: framework.name, version: framework.version, url: framework.url,
    items: framework.items.map((item) => {
      const practices = mapped(data, crosswalk, framework, item);
      const supported = inPlace.filter((set) => practices.some((p) => set.has(p.id))).length;
      return { id: item.id, title: item.title, practices, supported, addressed: practices.length > 0 };
    }),
  }));
}
