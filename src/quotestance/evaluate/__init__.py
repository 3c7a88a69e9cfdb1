"""Honest evaluation: grouped cross-validation, bootstrap CIs, paired tests, transfer grids."""
