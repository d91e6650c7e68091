/* The plan's target: the levels above the reader's, the next first (the default); kept out of the re-rendered result, so it keeps focus. */
import { h } from "./dom.js";
import { t } from "./i18n.js";
import { levelLabel } from "./reason.js";

export function targetView({ data, uid }, onChange) {
  const select = h("select", { id: `${uid}-target`, class: "gsc-select" });
  const element = h("p", { class: "gsc-target", hidden: true }, h("label", { for: select.id, text: t(data, "target.label") }), select);
  select.addEventListener("change", () => onChange(Number(select.value)));
  let shown = "";
  return {
    element,
    show(res) {
      const above = res.plan && res.plan.target ? data.levels.filter((lv) => lv.number > res.level.number) : [];
      element.hidden = above.length < 2; // with one level above, the next is the only target there is
      const key = above.map((lv) => lv.number).join();
      if (key !== shown) {
        select.replaceChildren(...above.map((lv, i) => h("option", { value: lv.number, text: i ? levelLabel(data, lv) : t(data, "target.next", { level: levelLabel(data, lv) }) })));
        shown = key;
      }
      if (above.length) select.value = String(res.plan.target.number);
    },
  };
}
