"""The driver: config, plugins, the linter that runs the rules, many files and the cache."""
