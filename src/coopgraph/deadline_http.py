"""An httpx transport that gives every request a total deadline, not a time per read.

httpx's timeouts bound each network operation (connect, one read, one write): a server that sends one byte
every few seconds never trips them. Here every socket operation of a request is given at most the time left
until the request's deadline, so the request as a whole (connecting, sending the body, reading headers and
body) ends at the deadline, whatever the server does. The deadline is set per thread by ``deadline()``, around
one request (its redirects and authentication round trips included)."""
from __future__ import annotations

import contextlib
import ssl
import threading
import time
import typing

import httpcore
import httpx

_WRITE_CHUNK = 64 * 1024        # a write is split so that each part gets only the time left


class _Deadlines(threading.local):
    at: float | None = None

    def left(self, timeout: float | None, error: type[Exception]) -> float | None:
        """``timeout`` cut to the time left before the deadline; ``error`` once it has passed."""
        if self.at is None:
            return timeout
        left = self.at - time.monotonic()
        if left <= 0:
            raise error("deadline passed")
        return left if timeout is None else min(timeout, left)


_DEADLINES = _Deadlines()


@contextlib.contextmanager
def deadline(seconds: float | None) -> typing.Iterator[None]:
    """Requests made by this thread inside the block end after ``seconds`` in all (None: no deadline)."""
    saved = _DEADLINES.at
    _DEADLINES.at = None if seconds is None else time.monotonic() + seconds
    try:
        yield
    finally:
        _DEADLINES.at = saved


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream):
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _DEADLINES.left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        for i in range(0, len(buffer), _WRITE_CHUNK):
            self._inner.write(buffer[i:i + _WRITE_CHUNK], _DEADLINES.left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        return _Stream(self._inner.start_tls(ssl_context, server_hostname,
                                             _DEADLINES.left(timeout, httpcore.ConnectTimeout)))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: typing.Iterable | None = None) -> httpcore.NetworkStream:
        return _Stream(self._inner.connect_tcp(host, port, _DEADLINES.left(timeout, httpcore.ConnectTimeout),
                                               local_address, socket_options))

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: typing.Iterable | None = None) -> httpcore.NetworkStream:
        return _Stream(self._inner.connect_unix_socket(path, _DEADLINES.left(timeout, httpcore.ConnectTimeout),
                                                       socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _Body(httpx.SyncByteStream):
    def __init__(self, inner: typing.Iterable[bytes]):
        self._inner = inner

    def __iter__(self) -> typing.Iterator[bytes]:
        yield from self._inner

    def close(self) -> None:
        close = getattr(self._inner, "close", None)
        if close:
            close()


class DeadlineTransport(httpx.BaseTransport):
    """httpx's transport over httpcore's connection pool, on sockets that keep to the thread's ``deadline()``.
    httpcore's errors (timeouts included) are passed on as they are: the caller handles ``httpcore`` and
    ``httpx`` errors alike."""

    def __init__(self, max_connections: int = 16):
        self._pool = httpcore.ConnectionPool(ssl_context=ssl.create_default_context(), max_connections=max_connections,
                                             network_backend=_Backend())

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        req = httpcore.Request(
            method=request.method,
            url=httpcore.URL(scheme=request.url.raw_scheme, host=request.url.raw_host, port=request.url.port,
                             target=request.url.raw_path),
            headers=request.headers.raw, content=request.stream, extensions=request.extensions)
        resp = self._pool.handle_request(req)
        return httpx.Response(status_code=resp.status, headers=resp.headers, stream=_Body(resp.stream),
                              extensions=resp.extensions)

    def close(self) -> None:
        self._pool.close()
