"""The rule engine: rules, packs, config and the linter that runs them."""
