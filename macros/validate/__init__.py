"""The validate stage: the rules JSON Schema cannot express, over every record the load stage built.

It runs after :mod:`macros.load` (which reads each file, checks it against its schema and builds the records of
what the schema accepted) and before :mod:`macros.assemble` builds the model. Every rule in :data:`RULES` takes
the :class:`~macros.load.context.Context` and yields :class:`~macros.problems.Problem` objects, changing
nothing, so their order does not matter: :mod:`.rules` for the guide (with the rules of :mod:`.crosswalk_rules`
and :mod:`.example_rules`), :mod:`.topic_rules` for the "In production" pages and :mod:`.selfcheck_rules` for the
questionnaire; :mod:`.lifecycle_rules` judge retirement dates against the check's date, and :mod:`.overlay_rules`
what a translation may hold. A new rule is a function in
the module of its data, listed in that module's ``RULES``.
"""

from __future__ import annotations

from ..load.context import Context
from ..problems import Problem
from . import lifecycle_rules, overlay_rules, rules, selfcheck_rules, topic_rules

RULES = [*rules.RULES, *topic_rules.RULES, *selfcheck_rules.RULES, *lifecycle_rules.RULES, *overlay_rules.RULES]


def validate(ctx: Context) -> list[Problem]:
    """Every problem the rules find, each rule looking at the whole of what was loaded."""
    return [problem for rule in RULES for problem in rule(ctx)]
