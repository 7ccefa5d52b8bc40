# The Python harness, run inside the box as `python3 -I -S /harness/run.py`.
# It reads the request from stdin (code, function name, test arguments; never expected outputs),
# then calls the candidate's function once per test with a timer per test, and reports on fd 3,
# a pipe the parent opened before any candidate code exists. Every line starts with the run's
# nonce, so what the candidate prints (fd 1 and 2) can never pass for a result.
#
# Only built-in modules: the request and returned values travel in marshal's format and the
# report lines are written by hand, because `json`, `signal`, `os` and `traceback` import `re`,
# `enum` and more, which would make up a third of the box's start.
import _signal
import binascii
import marshal
import posix
import resource
import sys
import time

FILENAME = "solution.py"
DISPLAY_LIMIT = 2000
LIMITS = {
    "cpu": resource.RLIMIT_CPU,
    "as": resource.RLIMIT_AS,
    "nproc": resource.RLIMIT_NPROC,
    "fsize": resource.RLIMIT_FSIZE,
    "nofile": resource.RLIMIT_NOFILE,
    "core": resource.RLIMIT_CORE,
}

# JSON string escapes: control characters, quote, backslash, and lone surrogates (which UTF-8
# cannot carry).
ESCAPES = {i: "\\u%04x" % i for i in range(32)}
ESCAPES.update({i: "\\u%04x" % i for i in range(0xD800, 0xE000)})
ESCAPES[ord('"')] = '\\"'
ESCAPES[ord("\\")] = "\\\\"


def jsonline(fields):
    """A flat JSON object of str, int, float, bool and None values."""
    parts = []
    for key, value in fields.items():
        if value is None:
            text = "null"
        elif value is True:
            text = "true"
        elif value is False:
            text = "false"
        elif isinstance(value, (int, float)):
            text = repr(value)
        else:
            text = '"' + str(value).translate(ESCAPES) + '"'
        parts.append('"%s":%s' % (key, text))
    return "{" + ",".join(parts) + "}"


class TestTimeout(BaseException):
    """Raised by the per-test timer; a BaseException so `except Exception:` in candidate code lets it through."""


def main():
    # Below the web server's priority (the parent sets it too): candidates' loops yield to requests.
    posix.setpriority(posix.PRIO_PROCESS, 0, 10)
    request = marshal.loads(sys.stdin.buffer.read())
    # The box's limits, set (soft = hard) before any candidate code exists: it cannot raise them.
    for name, value in request.get("limits", {}).items():
        resource.setrlimit(LIMITS[name], (value, value))
    # stdin is drained: the candidate finds nothing there.
    posix.close(0)
    nonce = request["nonce"].encode()
    write = posix.write

    def send(fields):
        data = nonce + b" " + jsonline(fields).encode("utf-8") + b"\n"
        while data:
            data = data[write(3, data):]

    timeout_ms = request["testTimeoutMs"]
    timeout_s = timeout_ms / 1000.0

    def on_alarm(_signum, _frame):
        raise TestTimeout()

    _signal.signal(_signal.SIGALRM, on_alarm)

    def arm():
        # Fires again every 50 ms until disarmed, so a bare `except:` that swallows it keeps being interrupted.
        _signal.setitimer(_signal.ITIMER_REAL, timeout_s, 0.05)

    def disarm():
        _signal.setitimer(_signal.ITIMER_REAL, 0, 0)

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

    for i, blob in enumerate(request["tests"]):
        # Unpacked per test, so a function that mutates its arguments cannot change the next test's.
        args = marshal.loads(blob)
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
            outcome["error"] = "TimeoutError: the test ran over %d ms" % timeout_ms
        except BaseException as err:  # noqa: BLE001
            outcome["status"] = "error"
            outcome["error"] = describe(err)
        outcome["ms"] = round((time.perf_counter() - started) * 1000, 3)
        send(outcome)

    send({"t": "done", "maxRssKb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss})


def plain(value, depth=0):
    """Subclasses of the built-in types (defaultdict, Counter, IntEnum ...) as the types themselves."""
    if depth > 500:
        raise ValueError("too deep")
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, dict):
        return {plain(k, depth + 1): plain(v, depth + 1) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v, depth + 1) for v in value]
    if isinstance(value, (set, frozenset)):
        return set(plain(v, depth + 1) for v in value)
    return value


def encode(value):
    """The value in marshal's format (`v`, the parent turns it into JSON), and how Python prints it."""
    try:
        display = repr(value)
    except BaseException:  # noqa: BLE001 - a candidate's __repr__ may raise
        display = "<unprintable %s>" % type(value).__name__
    if len(display) > DISPLAY_LIMIT:
        display = display[:DISPLAY_LIMIT] + "..."
    try:
        try:
            data = marshal.dumps(value, 2)
        except ValueError:
            data = marshal.dumps(plain(value), 2)
        return {"v": binascii.b2a_base64(data, newline=False).decode("ascii"), "display": display}
    except BaseException:  # noqa: BLE001 - objects marshal cannot carry: shown, not compared
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
    tb = err.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == FILENAME:
            line = tb.tb_lineno
        tb = tb.tb_next
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
    # posix._exit: no candidate atexit handler, thread or finaliser runs after the harness is done.
    posix._exit(0)


try:
    main()
except BaseException as failure:  # noqa: BLE001 - a harness failure is reported by the parent as the box's error
    sys.stderr.write("harness failure: %s\n" % describe(failure))
finish()
