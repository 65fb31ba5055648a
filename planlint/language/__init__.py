"""The words of the plan language: keywords, field names, choices and vocabularies
(rule packs), in every language and script."""
