"""Fetch `http(s)://` inputs with timeouts, bounded redirects and a size cap.

A machine without network (or a dead link) yields a recorded skip with a readable reason,
never a traceback.
"""

from __future__ import annotations

import time

import httpx

from tidings import __version__
from tidings.ingest.readers import RawArticle, ReadOptions, skip


def fetch_url(url: str, options: ReadOptions) -> tuple[bytes, str | None] | RawArticle:
    """Return (body, content type), or a skipped article saying why it failed.

    httpx's timeouts bound each network operation, not the whole download, so a server
    dripping a byte at a time would never time out: the body is also read under a
    deadline of `url_timeout` seconds from the request.
    """
    headers = {"User-Agent": f"tidings/{__version__} (+news analysis)"}
    deadline = time.monotonic() + options.url_timeout
    try:
        with (
            httpx.Client(
                timeout=httpx.Timeout(options.url_timeout, connect=min(10.0, options.url_timeout)),
                follow_redirects=True,
                max_redirects=options.max_redirects,
                headers=headers,
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                return skip(url, f"HTTP {response.status_code} from server")
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > options.max_bytes:
                return skip(url, f"response of {declared} bytes is over the size cap")
            body = bytearray()
            for chunk in response.iter_bytes():
                body.extend(chunk)
                if len(body) > options.max_bytes:
                    return skip(url, "response is over the size cap (--max-bytes)")
                if time.monotonic() > deadline:
                    return skip(url, f"download took over {options.url_timeout:g} s (slow server)")
            return bytes(body), response.headers.get("content-type")
    except httpx.TooManyRedirects:
        return skip(url, f"more than {options.max_redirects} redirects")
    except httpx.TimeoutException:
        return skip(url, f"timed out after {options.url_timeout:.0f} s")
    except httpx.ConnectError as err:
        return skip(url, f"cannot connect (no network or unknown host?): {err}")
    except httpx.HTTPError as err:
        return skip(url, f"fetch failed: {type(err).__name__}: {err}")
    except ValueError as err:
        return skip(url, f"invalid URL: {err}")
