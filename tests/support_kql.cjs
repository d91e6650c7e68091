// The KQL parser the examples test uses: Kusto.Language, Microsoft's own parser for the Kusto Query Language,
// as published on npm (@kusto/language-service-next, a devDependency). It reads a JSON array of query texts on
// standard input and writes, for each query, its syntax errors as [{start, message}] (start is a character
// offset into the query). Parsing only: with no table schema, unknown tables and columns are not errors.
"use strict";

const fs = require("node:fs");

// The package is a Bridge.NET build: its two scripts define the global `Kusto` rather than export it.
require("@kusto/language-service-next/bridge.min.js");
require("@kusto/language-service-next/Kusto.Language.Bridge.min.js");

const queries = JSON.parse(fs.readFileSync(0, "utf8"));
const results = queries.map((text) => {
  const diagnostics = globalThis.Kusto.Language.KustoCode.Parse(text).GetDiagnostics();
  const errors = [];
  for (let i = 0; i < diagnostics.Count; i++) {
    const d = diagnostics.getItem(i);
    if (d.Severity === "Error") errors.push({ start: d.Start, message: d.Message });
  }
  return errors;
});
process.stdout.write(JSON.stringify(results));
