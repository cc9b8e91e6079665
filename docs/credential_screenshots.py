"""Screenshots of issue #21 for the README: the centre in trainer mode, a learner's
credentials, and a certificate (its PDF page rendered by poppler), in English and Arabic.

    .venv/bin/python docs/credential_screenshots.py

(The employers' verifier page is shot in headless Chromium by
``tests/credentials/test_verifier_html.py``'s helper; ``docs/credential-verifier.png`` is
one of those, and ``docs/assessment-typing.png`` is the typing test's room.)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from docs.screenshots import opened, settle  # noqa: E402
from tests.skills.assessment.test_credential import START, typed_run  # noqa: E402
from tutor import trainer  # noqa: E402
from tutor.credentials import centre  # noqa: E402
from tutor.skills.assessment import credential as issuing  # noqa: E402
from tutor.skills.assessment.model import CONTEXT  # noqa: E402
from tutor.skills.assessment.view_credentials import CredentialsDialog  # noqa: E402
from tutor.store.attempts import save_attempt  # noqa: E402
from tutor.store.learners import create_learner  # noqa: E402
from tutor.ui.centre_view import CentreDialog  # noqa: E402
from tutor.ui.credential_files import certificate_pdf  # noqa: E402
from tutor.ui.trainer_view import TrainerContext  # noqa: E402

DOCS = ROOT / "docs"
PASSWORD = "kakuma-2026"


def main() -> None:
    for language in ("en", "ar"):
        suffix = "" if language == "en" else f"-{language}"
        with opened(language, (1024, 600)) as (runtime, _window):
            db = runtime.db
            trainer.set_password(db, PASSWORD)
            kakuma = centre.set_up(db, "Kakuma Learning Centre", "Kakuma, Kenya", PASSWORD, datetime.now(UTC))
            dialog = CentreDialog(db)
            dialog.resize(1000, 580)
            dialog.show()
            settle(300)
            dialog.grab().save(str(DOCS / f"credential-centre{suffix}.png"))
            dialog.close()
            dialog.deleteLater()
            learner = create_learner(db, "Amina Yusuf", "sun", language)
            run = typed_run()
            attempt = run.attempt(START + timedelta(minutes=5), True)
            save_attempt(db, learner.id, attempt)
            save_attempt(db, learner.id, typed_run(characters=400, seed=2).attempt(
                START + timedelta(days=1), True))
            credentials = CredentialsDialog(TrainerContext(db, runtime.catalogue, runtime.skills, learner))
            credentials.resize(1000, 520)
            credentials.show()
            settle(300)
            credentials.table.selectRow(1)
            settle()
            credentials.grab().save(str(DOCS / f"credential-list{suffix}.png"))
            credentials.close()
            credentials.deleteLater()
            settle()
            result = issuing.Result(attempt.skill, attempt.exercise_id, attempt.finished_at,
                                    attempt.passed, attempt.details, None)
            credential = issuing.issue(kakuma, "Amina Yusuf", result, datetime.now(UTC))
            with tempfile.TemporaryDirectory() as folder:
                pdf = certificate_pdf(credential, run.log, Path(folder) / "c.pdf", language, CONTEXT)
                subprocess.run(["pdftoppm", "-png", "-r", "70", "-singlefile", str(pdf),
                                str(DOCS / f"credential-certificate{suffix}")], check=True)


if __name__ == "__main__":
    main()
