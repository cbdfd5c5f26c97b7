"""Tests of the training callback that drives the progress bar, of the progress bar itself, and of the
progress output of ``python3 -m tinynet train`` on a pipe, on a terminal and with --quiet."""

import io
import os
import re
import subprocess
import sys

import pytest

from tinynet.nn import datasets
from tinynet.nn import Network
from tinynet.cli.progress import Progress

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


# ---------------------------------------------------------------------------------------------------------
# Network.fit's callback


@pytest.mark.parametrize("batch_size", [None, 3])
@pytest.mark.parametrize("momentum", [0.0, 0.9])
def test_callback_sees_every_epoch_and_changes_nothing(batch_size, momentum):
    X, y = datasets.moons(10, noise=0.2, seed=3)
    plain = Network([2, 4, 1], seed=5)
    watched = Network([2, 4, 1], seed=5)
    calls = []

    def callback(epoch, loss):
        # the network must hold the weights of the epoch being reported
        calls.append((epoch, loss, watched.loss(X, y)))

    expected = plain.fit(X, y, epochs=6, lr=0.3, batch_size=batch_size, momentum=momentum)
    history = watched.fit(X, y, epochs=6, lr=0.3, batch_size=batch_size, momentum=momentum, callback=callback)
    assert history == expected
    assert [epoch for epoch, _, _ in calls] == [1, 2, 3, 4, 5, 6]
    assert [loss for _, loss, _ in calls] == history
    assert [now for _, _, now in calls] == history
    assert watched.to_dict() == plain.to_dict()


def test_callback_is_not_called_for_zero_epochs():
    calls = []
    Network([2, 1], seed=0).fit([[0.0, 1.0]], [1], epochs=0, callback=lambda epoch, loss: calls.append(epoch))
    assert calls == []


# ---------------------------------------------------------------------------------------------------------
# the Progress class


def test_plain_lines_at_first_tenths_and_last_epoch():
    out = io.StringIO()
    progress = Progress(25, out, interactive=False)
    asked = []
    for epoch in range(1, 26):
        progress.update(epoch, 1.0 / epoch, lambda: asked.append(1) or 0.25)
    progress.close()
    lines = out.getvalue().splitlines()
    epochs = [int(re.match(r"epoch +(\d+)/25", line).group(1)) for line in lines]
    assert epochs == [1, 3, 6, 9, 12, 15, 18, 21, 24, 25]
    assert len(asked) == len(lines)  # accuracy is computed only for the lines written
    assert lines[-1] == "epoch 25/25  loss %.6f  accuracy 25.0%%" % (1.0 / 25)
    assert "\r" not in out.getvalue()


def test_bar_redraws_in_place_no_more_often_than_the_interval():
    out = io.StringIO()
    now = [0.0]
    progress = Progress(10, out, interactive=True, interval=0.1, clock=lambda: now[0])
    for epoch in range(1, 11):
        now[0] += 0.04  # three epochs per redraw
        progress.update(epoch, 0.5, lambda: 1.0)
    progress.close()
    text = out.getvalue()
    frames = text.split("\r")[1:]
    assert 3 <= len(frames) <= 5
    assert text.endswith("\n") and text.count("\n") == 1
    last = frames[-1]
    assert "epoch 10/10" in last and "100%" in last and "loss 0.5000" in last and "accuracy 100.0%" in last
    assert "[" + "#" * (last.index("]") - last.index("[") - 1) + "]" in last  # a full bar


def test_close_without_updates_writes_nothing():
    out = io.StringIO()
    Progress(5, out, interactive=True).close()
    assert out.getvalue() == ""


# ---------------------------------------------------------------------------------------------------------
# the command line's progress output


def _run(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "tinynet"] + list(args), cwd=ROOT, capture_output=True,
                          text=True, timeout=120, **kwargs)


def test_train_on_a_pipe_writes_plain_lines_to_stderr():
    result = _run("train", "xor", "--epochs", "30")
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert lines[0].startswith("training a 2-16-16-1 network")
    progress = [line for line in lines if line.startswith("epoch")]
    assert [line.split("/")[0].split()[-1] for line in progress] == ["1", "3", "6", "9", "12", "15", "18",
                                                                     "21", "24", "27", "30"]
    assert "\r" not in result.stderr
    assert result.stdout.startswith("loss ")  # the summary goes to stdout, the progress to stderr


def test_quiet_silences_the_progress_but_not_the_summary():
    result = _run("train", "xor", "--epochs", "30", "--quiet")
    assert result.returncode == 0
    assert result.stderr == ""
    assert re.match(r"loss \d+\.\d+  accuracy \d+\.\d% \(\d+ of 4\)  time \d+\.\d+ s\n$", result.stdout)


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_train_on_a_terminal_draws_a_bar():
    master, slave = os.openpty()
    try:
        process = subprocess.Popen([sys.executable, "-m", "tinynet", "train", "xor", "--epochs", "50"],
                                   cwd=ROOT, stdout=subprocess.PIPE, stderr=slave)
        os.close(slave)
        chunks = []
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:  # the terminal closes when the process ends
                break
            if not chunk:
                break
            chunks.append(chunk)
        stdout = process.communicate(timeout=120)[0].decode()
    finally:
        os.close(master)
    terminal = b"".join(chunks).decode()
    assert process.returncode == 0
    assert "\r" in terminal and "epoch 50/50 [" in terminal and "100%" in terminal
    assert stdout.startswith("loss ")
