"""Where the rule data lives: the TOML files in `data/` at the project root."""

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
