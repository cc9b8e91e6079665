"""The frozen executable's entry point (build/tutor.spec): the same as ``python -m tutor``.

With no command it opens the app; ``--run-learner-code`` makes it the coding skill's
runner child (tutor.cli dispatches before anything imports Qt)."""

import sys

from tutor.cli import main

if __name__ == "__main__":
    sys.exit(main())
