"""`make run` and `make dev` start the mail worker again whenever it exits."""

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs make")


def starts(log):
    return log.read_text().count("started") if log.exists() else 0


def test_the_worker_is_started_again_after_it_exits_and_stops_with_make(tmp_path):
    log = tmp_path / "worker.log"
    dying_worker = f"sh -c 'echo started >> {log}; exit 3'"
    make = subprocess.Popen(
        ["make", "--no-print-directory", "worker", f"WORKER={dying_worker}", "WORKER_PAUSE=0.1"],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 20
        while starts(log) < 3 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert starts(log) >= 3
    finally:
        os.killpg(make.pid, signal.SIGTERM)
        _out, err = make.communicate(timeout=10)
    assert "mail worker exited (status 3); starting it again in 0.1 s" in err
    stopped_at = starts(log)
    time.sleep(0.5)
    assert starts(log) == stopped_at  # no worker after make is gone
