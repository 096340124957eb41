"""A wall-clock limit on one unit of work, so that one pathological document cannot stall a run.

Ingest and spaCy run in-process, so the limit interrupts the work itself: `TimeLimitExceeded`
is raised in the working thread at its next bytecode boundary. In the main thread a SIGALRM
timer (`signal.setitimer`) raises it, and CPython's regex engine also checks for signals
while it matches. Signals only reach the main thread, so in any other thread (a web server's
worker pool, a Ray Data actor) a watchdog thread raises it asynchronously in the worker
(`PyThreadState_SetAsyncExc`); that cannot stop a single long call into C code (a regex
included) until it returns. It derives from BaseException so that the broad
`except Exception` of libraries that parse untrusted markup cannot swallow it; and since a
signal handler's exception can still be lost (raised inside a garbage-collector callback,
a `__del__` or a weakref callback, where CPython only prints it), both mechanisms raise it
again every `REPEAT_SECONDS` until the block is left.
"""

from __future__ import annotations

import ctypes
import signal
import sys
import threading
import time
from types import FrameType

#: A short article that touches every lazily loaded model and lexicon (language model, clutter
#: rules, dates, actors, quotes, numbers, topics). Running it once before a limit is armed
#: keeps one-time loading out of the first document's time.
WARM_UP_TEXT = (
    'On Friday, September 19, Chinese officials said in Beijing that "talks were useful" and '
    "that China would buy 20 million tons of US soybeans this season, according to Xinhua. "
    "President Donald Trump will visit China in April 2026."
)
#: After the limit, how often the exception is raised again until the block is left.
REPEAT_SECONDS = 0.25


class TimeLimitExceeded(BaseException):
    """The work took longer than its limit."""

    def __init__(self, seconds: float | None = None) -> None:
        super().__init__(
            "exceeded its time limit" if seconds is None else f"exceeded the {seconds:g} s limit"
        )
        self.seconds = seconds


def _uses_signals() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def can_enforce() -> bool:
    """Whether a limit set here would be enforced (a main thread with POSIX timers, or any
    thread of CPython)."""
    return _uses_signals() or sys.implementation.name == "cpython"


class TimeLimit:
    """`with TimeLimit(seconds) as limit:` raises TimeLimitExceeded after `seconds`.

    `limit.restart()` starts the clock again (a watchdog over a stream that makes progress).
    None or 0 means no limit. In the main thread an enclosing limit is suspended inside and
    re-armed with its remaining time on exit.
    """

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.enforced = False
        self._watchdog: _Watchdog | None = None
        self._previous_handler: object = None
        self._previous_timer = 0.0
        self._started = 0.0

    def __enter__(self) -> TimeLimit:
        self.enforced = bool(self.seconds and self.seconds > 0) and can_enforce()
        if not self.enforced:
            return self
        if _uses_signals():
            self._started = time.monotonic()
            self._previous_handler = signal.signal(signal.SIGALRM, self._fire)
            self._previous_timer = signal.setitimer(
                signal.ITIMER_REAL, self.seconds, REPEAT_SECONDS
            )[0]
        else:
            self._watchdog = _Watchdog(threading.get_ident(), self.seconds or 0)
            self._watchdog.start()
        return self

    def restart(self) -> None:
        if self._watchdog is not None:
            self._watchdog.restart()
        elif self.enforced:
            signal.setitimer(signal.ITIMER_REAL, self.seconds, REPEAT_SECONDS)

    def __exit__(self, *exc: object) -> None:
        if not self.enforced:
            return
        if self._watchdog is not None:
            self._watchdog.stop()
            self._watchdog = None
            return
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, self._previous_handler)  # type: ignore[arg-type]
        if self._previous_timer:
            remaining = self._previous_timer - (time.monotonic() - self._started)
            signal.setitimer(signal.ITIMER_REAL, max(remaining, 0.001), REPEAT_SECONDS)

    def _fire(self, signum: int, frame: FrameType | None) -> None:
        raise TimeLimitExceeded(self.seconds)


class _Watchdog(threading.Thread):
    """Raises TimeLimitExceeded in one (non-main) thread once its deadline passes, and again
    every `REPEAT_SECONDS` until stopped."""

    def __init__(self, target: int, seconds: float) -> None:
        super().__init__(name="tidings-time-limit", daemon=True)
        self.target = target
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds
        self.done = False
        self.fired = False
        self.wake = threading.Condition()

    def run(self) -> None:
        with self.wake:
            while not self.done:
                remaining = self.deadline - time.monotonic()
                if remaining <= 0:
                    self.fired = _raise_in(self.target, TimeLimitExceeded) or self.fired
                    self.deadline = time.monotonic() + REPEAT_SECONDS
                    continue
                self.wake.wait(remaining)

    def restart(self) -> None:
        with self.wake:
            self.deadline = time.monotonic() + self.seconds

    def stop(self) -> None:
        with self.wake:
            self.done = True
            if self.fired:  # raised, but maybe not yet delivered: it must not escape the block
                _raise_in(self.target, None)
            self.wake.notify()


def _raise_in(thread_id: int, exception: type[BaseException] | None) -> bool:
    """Raise `exception` in the thread at its next bytecode (None: cancel a pending one)."""
    pending = None if exception is None else ctypes.py_object(exception)  # None is NULL
    return ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), pending) == 1
