"""Experiment verification: re-running robust-training experiments to check claimed results."""
