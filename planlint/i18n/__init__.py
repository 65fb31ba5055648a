"""The writer's language and script: messages as data, rendered at the output edge;
numbers and money as planners write them; Traditional/Simplified folding."""
