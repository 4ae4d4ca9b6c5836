"""The spec stage as tests use it: reading specs (with every block registered) and the model."""

import handprint.blocks  # noqa: F401  (fills the block registry)
from handprint.blocks.banner import Banner  # noqa: F401
from handprint.blocks.callout import Callout  # noqa: F401
from handprint.blocks.checklist import Checklist  # noqa: F401
from handprint.blocks.columns import Columns  # noqa: F401
from handprint.blocks.fill_in import FillIn  # noqa: F401
from handprint.blocks.footer import Footer  # noqa: F401
from handprint.blocks.heading import Heading  # noqa: F401
from handprint.blocks.illustration import Illustration  # noqa: F401
from handprint.blocks.image import Image  # noqa: F401
from handprint.blocks.lines import Lines  # noqa: F401
from handprint.blocks.lists import ListBlock  # noqa: F401
from handprint.blocks.page_break import PageBreak  # noqa: F401
from handprint.blocks.qa import QA  # noqa: F401
from handprint.blocks.quote import Quote  # noqa: F401
from handprint.blocks.row import Row  # noqa: F401
from handprint.blocks.spacer import Spacer  # noqa: F401
from handprint.blocks.table import Table  # noqa: F401
from handprint.blocks.text import Text  # noqa: F401
from handprint.spec.model import *  # noqa: F403
from handprint.spec.read import load, options_for, parse  # noqa: F401
