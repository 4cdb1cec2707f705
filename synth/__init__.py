"""synth: literature synthesis and claim verification for ML research."""

__version__ = "0.1.0"
