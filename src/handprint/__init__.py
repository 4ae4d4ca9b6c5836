"""handprint: short YAML specs -> print-ready PDF posters, handouts and worksheets.

Stages, each a sub-package importing only earlier ones (tests/test_architecture.py):
errors -> text -> draw -> spec -> layout -> blocks -> pdf -> pipeline -> tools -> cli.
"""

from importlib.resources import files
from pathlib import Path

ASSETS = Path(str(files(__name__) / "assets"))  # fonts and the ICC profile, inside the package
