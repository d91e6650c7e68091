"""The LLM application lifecycle and the MLOps versus GenAIOps comparison."""

from __future__ import annotations

from ..model import Model
from .md import bullets, english, mermaid_label, rel, table


def lifecycle_diagram(model: Model, page: str, msg=None) -> str:
    stages = model.lifecycle.stages
    lines = ["```mermaid", "graph LR"]
    lines += [f"    S{i}[{mermaid_label(s.name)}]" for i, s in enumerate(stages)]
    lines += [f"    S{i} --> S{i + 1}" for i in range(len(stages) - 1)]
    lines.append(f"    S{len(stages) - 1} -.->|{mermaid_label(model.lifecycle.loop_label)}| S0")
    lines.append("```")
    return "\n".join(lines)


def lifecycle_stages(model: Model, page: str, msg=None) -> str:
    msg = msg or english()
    blocks = []
    for i, s in enumerate(model.lifecycle.stages, 1):
        practices = ", ".join(
            f"[{model.practice_by_id[p].title}]({rel(page, model.practice_by_id[p].page)})" for p in s.practices
        )
        blocks.append(
            f"## {i}. {s.name} {{ #{s.id} }}\n\n{s.summary}\n\n{bullets(s.activities)}\n\n**{msg('lifecycle.practices')}:** {practices}"
        )
    return "\n\n".join(blocks)


def comparison_table(model: Model, page: str, msg=None) -> str:
    msg = msg or english()
    headers = [msg("comparison.col_aspect"), msg("comparison.col_mlops"), msg("comparison.col_genaiops")]
    return table(headers, [[d.aspect, d.mlops, d.genaiops] for d in model.comparison])
