"""Verification of claims: against the papers' text and by re-running experiments."""
