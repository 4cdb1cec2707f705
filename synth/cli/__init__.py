"""Command line: wires the stages together and does nothing else (DESIGN.md)."""
