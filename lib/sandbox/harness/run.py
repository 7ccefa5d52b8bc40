# The Python harness, run inside the box as `python3 -I -S /harness/run.py`.
# It reads the request from stdin (code, function name, test arguments; never expected outputs),
# then calls the candidate's function once per test with a timer per test, and reports on fd 3,
# a pipe the parent opened before any candidate code exists. Every line starts with the run's
# nonce, so what the candidate prints (fd 1 and 2) can never pass for a result.
import json
import os
import resource
import signal
import sys
import time
import traceback

FILENAME = "solution.py"
DISPLAY_LIMIT = 2000


class TestTimeout(BaseException):
    """Raised by the per-test timer; a BaseException so `except Exception:` in candidate code lets it through."""


LIMITS = {
    "cpu": resource.RLIMIT_CPU,
    "as": resource.RLIMIT_AS,
    "nproc": resource.RLIMIT_NPROC,
    "fsize": resource.RLIMIT_FSIZE,
    "nofile": resource.RLIMIT_NOFILE,
    "core": resource.RLIMIT_CORE,
}


def main():
    request = json.loads(sys.stdin.buffer.read())
    # The box's limits, set (soft = hard) before any candidate code exists: it cannot raise them.
    for name, value in request.get("limits", {}).items():
        resource.setrlimit(LIMITS[name], (value, value))
    # stdin is drained: the candidate finds nothing there.
    os.close(0)
    nonce = request["nonce"].encode()
    results = 3
    write = os.write

    def send(obj):
        data = nonce + b" " + json.dumps(obj, ensure_ascii=False, allow_nan=False).encode() + b"\n"
        while data:
            data = data[write(results, data):]

    timeout_s = request["testTimeoutMs"] / 1000.0

    def on_alarm(_signum, _frame):
        raise TestTimeout()

    signal.signal(signal.SIGALRM, on_alarm)

    def arm():
        # Fires again every 50 ms until disarmed, so a bare `except:` that swallows it keeps being interrupted.
        signal.setitimer(signal.ITIMER_REAL, timeout_s, 0.05)

    def disarm():
        signal.setitimer(signal.ITIMER_REAL, 0, 0)

    try:
        code = compile(request["code"], FILENAME, "exec", dont_inherit=True)
    except SyntaxError as err:
        send({"t": "syntax", "message": err.msg or "invalid syntax", "line": err.lineno, "column": err.offset})
        return
    except ValueError as err:  # source with NUL bytes
        send({"t": "syntax", "message": str(err)})
        return

    namespace = {"__name__": "solution", "__builtins__": __builtins__}
    send({"t": "begin", "i": -1})
    try:
        arm()
        try:
            exec(code, namespace)
        finally:
            disarm()
    except TestTimeout:
        send({"t": "load", "status": "timeout", "error": "the code did not finish loading in time"})
        return
    except BaseException as err:  # noqa: BLE001 - anything the candidate's module raises is theirs
        send({"t": "load", "status": "error", "error": describe(err)})
        return

    fn = namespace.get(request["functionName"])
    if not callable(fn):
        send({"t": "load", "status": "error", "error": "function %s is not defined" % request["functionName"]})
        return
    send({"t": "load", "status": "ok"})

    for i, raw in enumerate(request["tests"]):
        # Parsed per test, so a function that mutates its arguments cannot change the next test's.
        args = json.loads(raw)
        send({"t": "begin", "i": i})
        started = time.perf_counter()
        outcome = {"t": "result", "i": i}
        try:
            arm()
            try:
                value = fn(*args)
            finally:
                disarm()
            outcome["status"] = "ok"
            outcome.update(encode(value))
        except TestTimeout:
            outcome["status"] = "timeout"
            outcome["error"] = "TimeoutError: the test ran over %d ms" % request["testTimeoutMs"]
        except BaseException as err:  # noqa: BLE001
            outcome["status"] = "error"
            outcome["error"] = describe(err)
        outcome["ms"] = round((time.perf_counter() - started) * 1000, 3)
        send(outcome)

    send({"t": "done", "maxRssKb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss})


def encode(value):
    """The value as JSON when JSON can carry it, and always how Python prints it."""
    try:
        display = repr(value)
    except BaseException:  # noqa: BLE001 - a candidate's __repr__ may raise
        display = "<unprintable %s>" % type(value).__name__
    if len(display) > DISPLAY_LIMIT:
        display = display[:DISPLAY_LIMIT] + "..."
    try:
        return {"value": json.loads(json.dumps(value, allow_nan=False)), "display": display}
    except BaseException:  # noqa: BLE001 - sets, objects, NaN: shown, not compared as JSON
        return {"display": display}


def describe(err):
    """`ValueError: message (line N)`, N being the candidate's innermost line in the traceback."""
    try:
        message = "%s: %s" % (type(err).__name__, err) if str(err) else type(err).__name__
    except BaseException:  # noqa: BLE001
        message = type(err).__name__
    line = None
    if isinstance(err, SyntaxError) and err.filename == FILENAME:
        line = err.lineno
    for frame in traceback.extract_tb(err.__traceback__):
        if frame.filename == FILENAME:
            line = frame.lineno
    if isinstance(err, RecursionError):
        message = "RecursionError: maximum recursion depth exceeded"
    if len(message) > DISPLAY_LIMIT:
        message = message[:DISPLAY_LIMIT] + "..."
    return message + (" (line %d)" % line if line else "")


def finish():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BaseException:  # noqa: BLE001
            pass
    # os._exit: no candidate atexit handler, thread or finaliser runs after the harness is done.
    os._exit(0)


try:
    main()
except BaseException:  # noqa: BLE001 - a harness failure is reported by the parent as the box's error
    traceback.print_exc()
finish()
