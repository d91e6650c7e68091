"""The self-check: questionnaire and answer scales as validated data, and the JSON the browser widget reads.

Importing this package registers the part with the validator (its two files, their builders and rules);
``macros.validate`` imports it, so every entry point validates the questionnaire with the rest of the model.
"""
from __future__ import annotations

from .. import checks, sources, validate
from .build import build_questions, build_scales
from .rules import FILES, RULES

sources.OPTIONAL_FILES.update({name: kind for kind, name in FILES.items()})
validate.PART_BUILDERS.update({"answer_scales": build_scales, "questionnaire": build_questions})
checks.RULES.extend(rule for rule in RULES if rule not in checks.RULES)
