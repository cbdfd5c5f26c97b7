"""Training progress on a text stream: a bar redrawn in place on a terminal, plain periodic lines elsewhere.

A ``Progress`` is told about each finished epoch with ``update(epoch, loss, accuracy)``, where accuracy is
a function that is called only when a report is actually written (it costs a forward pass).  On a terminal
the bar is redrawn with a carriage return at most every ``interval`` seconds and at the last epoch::

    epoch  120/200 [##############.........]  60%  loss 0.0123  accuracy 99.5%  1.2s

Anywhere else (a pipe, a log file) it writes one line at the first epoch, then at every tenth of the run,
and at the last epoch, so a log stays short:

    >>> import io
    >>> out = io.StringIO()
    >>> progress = Progress(20, out, interactive=False)
    >>> for epoch in range(1, 21):
    ...     progress.update(epoch, 1.0 / epoch, lambda: 0.5)
    >>> progress.close()
    >>> print(out.getvalue().splitlines()[1])
    epoch  2/20  loss 0.500000  accuracy 50.0%
"""

import shutil
import time


class Progress:
    """Report the loss and accuracy of a training run of total epochs on stream.

    interactive: draw a bar redrawn in place (True), write plain lines (False), or decide by whether
    stream is a terminal (None).  interval: the fewest seconds between two redraws of the bar.
    clock: a function returning seconds, time.monotonic unless given (tests pass their own).
    """

    def __init__(self, total, stream, interactive=None, interval=0.1, clock=None):
        self.total = total
        self.stream = stream
        if interactive is None:
            isatty = getattr(stream, "isatty", None)
            interactive = bool(isatty and isatty())
        self.interactive = interactive
        self.interval = interval
        self.clock = clock or time.monotonic
        self.start = self.clock()
        self.last_draw = None
        self.every = max(1, -(-total // 10))  # ceil(total / 10)
        self.drawn = False

    def update(self, epoch, loss, accuracy):
        """Note that epoch (counted from 1) ended with this loss; accuracy() gives its accuracy if needed."""
        last = epoch >= self.total
        if self.interactive:
            now = self.clock()
            if last or self.last_draw is None or now - self.last_draw >= self.interval:
                self.last_draw = now
                self._draw(epoch, loss, accuracy(), now - self.start)
        elif epoch == 1 or epoch % self.every == 0 or last:
            self.stream.write(self._line(epoch, loss, accuracy()) + "\n")
            self.stream.flush()

    def close(self):
        """End the bar's line, if one was drawn."""
        if self.interactive and self.drawn:
            self.stream.write("\n")
            self.stream.flush()
            self.drawn = False

    def _line(self, epoch, loss, accuracy):
        """Return a plain report line: epoch n/total, the loss and the accuracy."""
        digits = len(str(self.total))
        text = "%.6f" % loss if abs(loss) < 1e6 else "%.6g" % loss
        return "epoch %*d/%d  loss %s  accuracy %.1f%%" % (digits, epoch, self.total, text, 100.0 * accuracy)

    def _draw(self, epoch, loss, accuracy, elapsed):
        """Redraw the bar in place: carriage return, the bar, its numbers, padding over the old text."""
        digits = len(str(self.total))
        head = "epoch %*d/%d " % (digits, epoch, self.total)
        tail = " %3d%%  loss %s  accuracy %.1f%%  %.1fs" % (
            100 * epoch // max(self.total, 1), "%.4f" % loss if abs(loss) < 1e4 else "%.4g" % loss,
            100.0 * accuracy, elapsed)
        columns = shutil.get_terminal_size((80, 24)).columns
        width = max(10, min(30, columns - len(head) - len(tail) - 3))
        filled = width * epoch // max(self.total, 1)
        bar = "[" + "#" * filled + "." * (width - filled) + "]"
        text = (head + bar + tail)[:max(columns - 1, 20)]
        self.stream.write("\r" + text + "\033[K")
        self.stream.flush()
        self.drawn = True
