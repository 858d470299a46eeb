"""The benchmarks' side of HTTP: single requests, a visitor with cookies and form fields, and wrk."""

import http.client
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
from urllib.parse import urlencode


def request(method, url, *, body=None, headers=None, timeout=30, connection=None):
    """One request; returns (status, body bytes, headers dict with lower-case names)."""
    host_port, path = url.removeprefix("http://").split("/", 1)
    host, _sep, port = host_port.partition(":")
    own = connection is None
    connection = connection or http.client.HTTPConnection(host, int(port or 80), timeout=timeout)
    try:
        connection.request(method, "/" + path, body=body, headers=headers or {})
        response = connection.getresponse()
        data = response.read()
        return response.status, data, {key.lower(): value for key, value in response.getheaders()}
    finally:
        if own:
            connection.close()


class Browser:
    """A visitor: one keep-alive connection (reopened when the server closes it) and a cookie jar."""

    def __init__(self, base, timeout=30):
        host, _sep, port = base.removeprefix("http://").partition(":")
        self.connection = http.client.HTTPConnection(host, int(port), timeout=timeout)
        self.cookies = {}

    def _send(self, method, path, body=None, headers=None):
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{key}={value}" for key, value in self.cookies.items())
        for attempt in range(2):
            try:
                self.connection.request(method, path, body=body, headers=headers)
                response = self.connection.getresponse()
                data = response.read()
                break
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                # A keep-alive connection the server had already closed: once more on a new one.
                self.connection.close()
                if attempt:
                    raise
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                key, _sep, rest = value.partition("=")
                self.cookies[key.strip()] = rest.split(";", 1)[0]
        if response.will_close:
            self.connection.close()
        return response.status, data, {key.lower(): value for key, value in response.getheaders()}

    def get(self, path):
        started = time.perf_counter()
        status, data, headers = self._send("GET", path)
        return status, data, headers, (time.perf_counter() - started) * 1000

    def post(self, path, fields):
        body = urlencode(fields).encode()
        started = time.perf_counter()
        status, data, headers = self._send(
            "POST", path, body, {"Content-Type": "application/x-www-form-urlencoded", "Content-Length": str(len(body))}
        )
        return status, data, headers, (time.perf_counter() - started) * 1000

    def close(self):
        self.connection.close()


HIDDEN_INPUT = re.compile(rb"<input[^>]*>", re.IGNORECASE)
ATTRIBUTE = re.compile(rb'([a-z_-]+)="([^"]*)"', re.IGNORECASE)


def hidden_fields(html):
    """name -> value of every hidden input of a page (the comment form's tokens)."""
    fields = {}
    for tag in HIDDEN_INPUT.findall(html):
        attributes = {key.lower(): value for key, value in ATTRIBUTE.findall(tag)}
        if attributes.get(b"type", b"").lower() == b"hidden" and b"name" in attributes:
            fields[attributes[b"name"].decode()] = attributes.get(b"value", b"").decode()
    return fields


# --------------------------------------------------------------------------- wrk

WRK_REPORT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "KP_BENCH {\\"requests\\": %d, \\"bytes\\": %d, \\"duration_us\\": %d, \\"connect\\": %d, \\"read\\": %d, "
    .. "\\"write\\": %d, \\"status\\": %d, \\"timeout\\": %d, \\"p50\\": %d, \\"p90\\": %d, \\"p95\\": %d, "
    .. "\\"p99\\": %d, \\"max\\": %d, \\"mean\\": %f}\\n",
    summary.requests, summary.bytes, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99),
    latency.max, latency.mean))
end
"""


def wrk(url, *, seconds=15, connections=50, threads=2, paths=None, timeout=10, headers=None):
    """Runs wrk and returns its numbers (latencies in ms). With ``paths`` the requests go
    round-robin through those paths (a Lua request function); ``headers`` go with every request."""
    executable = shutil.which("wrk")
    if executable is None:
        raise RuntimeError("wrk is not installed: apt-get install -y wrk")
    script = WRK_REPORT
    if paths:
        quoted = ", ".join(json.dumps(path) for path in paths)
        script += (
            f"local paths = {{{quoted}}}\n"
            "local index = 0\n"
            "request = function()\n"
            "  index = index % #paths + 1\n"
            '  return wrk.format("GET", paths[index])\n'
            "end\n"
        )
    with tempfile.NamedTemporaryFile("w", prefix="kp_bench_", suffix=".lua", delete=False) as handle:
        handle.write(script)
        script_path = handle.name
    try:
        result = subprocess.run(
            [
                executable,
                f"-t{threads}",
                f"-c{connections}",
                f"-d{seconds}s",
                f"--timeout={timeout}s",
                "--latency",
                *(f"-H{name}: {value}" for name, value in (headers or {}).items()),
                "-s",
                script_path,
                url,
            ],
            capture_output=True,
            text=True,
            check=True,
        )
    finally:
        os.unlink(script_path)
    line = next(line for line in result.stdout.splitlines() if line.startswith("KP_BENCH "))
    data = json.loads(line.removeprefix("KP_BENCH "))
    seconds_measured = data["duration_us"] / 1e6
    return {
        "requests": data["requests"],
        "rps": data["requests"] / seconds_measured,
        "bytes_per_response": data["bytes"] / max(1, data["requests"]),
        "errors": data["connect"] + data["read"] + data["write"] + data["timeout"],
        "non_2xx": data["status"],
        **{key: data[key] / 1000 for key in ("p50", "p90", "p95", "p99", "max", "mean")},
        "output": result.stdout,
    }


def wrk_version():
    result = subprocess.run([shutil.which("wrk") or "wrk", "-v"], capture_output=True, text=True, check=False)
    match = re.search(r"wrk (\S+)", result.stdout + result.stderr)
    return f"wrk {match.group(1)}" if match else "wrk"
