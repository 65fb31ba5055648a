"""``planlint lsp``: the language server (pygls 2.x, stdio).

Diagnostics on open, change (debounced) and save, across the plan set of the document;
quick fixes from each finding's edits plus "disable CODE on this line"; hover with
normalised values and a goal's chain and budget; completion of keywords, field names, ids,
teams and people; go to definition, across the files of the set.

- ``server``: the pygls wiring (``PlanServer``), positions, diagnostics, the requests;
- ``project``: open documents over the files on disk, plan sets, configs (``Project``);
- ``documents``: a document as lines, edited in place, and its positions (``Document``);
- ``incremental``: which rules run again after an edit (``RuleMemo``);
- ``features``: hover, definition, completion and quick-fix texts.
"""

from planlint.integrations.lsp.features import completions_for, describe_goal, describe_value
from planlint.integrations.lsp.server import DEBOUNCE_SECONDS, PlanServer, main, rule_doc_uri, server

__all__ = ["server", "main", "PlanServer", "DEBOUNCE_SECONDS", "completions_for", "describe_goal", "describe_value",
           "rule_doc_uri"]
