/*
 * Building the widget's elements. Text goes in as text nodes or textContent, never as markup, so
 * nothing from the data, storage or a URL can become HTML.
 */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "text") el.textContent = value;
    else if (key === "class") el.className = value;
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  el.append(...children.flat(Infinity).filter((child) => child !== null && child !== undefined && child !== false));
  return el;
}

/*
 * link(url, text) for one widget: url is relative to the site root (or absolute); only http(s) targets
 * become links. In a frame, links open a new tab instead of replacing the embedded self-check.
 */
export function linker(siteRoot, framed) {
  return (url, text) => {
    const target = new URL(url, siteRoot);
    if (!/^https?:$/.test(target.protocol)) return h("span", { text });
    return h("a", { href: target.href, target: framed && "_blank", rel: framed && "noopener", text });
  };
}

export function button(text, onClick) {
  const el = h("button", { type: "button", class: "gsc-button", text });
  el.addEventListener("click", onClick);
  return el;
}

/* A group of buttons under a visible heading, which also names the group for assistive technology. */
export function buttonGroup(id, title, ...children) {
  return h("div", { class: "gsc-group", role: "group", "aria-labelledby": id },
    h("h2", { id, class: "gsc-group-title", text: title }), h("div", { class: "gsc-actions" }, children));
}
