"""A pack feed served on 127.0.0.1 for tests: Range requests, and on demand a dropped, slow or lying answer."""

from __future__ import annotations

import datetime as dt
import http.server
import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Behaviour:
    drop_after: int | None = None  # the next whole-file answer stops after this many bytes (once)
    delay: float = 0.0  # seconds to wait before answering
    stall: tuple[int, float] | None = None  # the next whole-file answer waits this long after so many bytes
    ignore_range: bool = False  # answer a Range request with the whole file (200)
    redirect_to: str = ""  # where /redirect/... sends the client
    requests: list[tuple[str, str]] = field(default_factory=list)  # (path, Range header)


def _handler(root: Path, behaviour: Behaviour) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # quiet in the test output
            pass

        def do_GET(self) -> None:
            behaviour.requests.append((self.path, self.headers.get("Range", "")))
            if behaviour.delay:
                time.sleep(behaviour.delay)
            path = root / self.path.lstrip("/").split("?")[0]
            if self.path.startswith("/redirect"):
                self.send_response(302)
                self.send_header("Location", behaviour.redirect_to)
                self.end_headers()
                return
            if not path.is_file() or path.parent != root:
                self.send_error(404)
                return
            data = path.read_bytes()
            start = 0
            wanted = self.headers.get("Range", "")
            if wanted.startswith("bytes=") and not behaviour.ignore_range:
                start = int(wanted[6:].split("-")[0])
                if start >= len(data):
                    self.send_error(416)
                    return
                self.send_response(206)
                self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
            else:
                self.send_response(200)
            self.send_header("Content-Length", str(len(data) - start))
            self.end_headers()
            if behaviour.drop_after is not None and start == 0 and path.suffix == ".hbpack":
                self.wfile.write(data[: behaviour.drop_after])
                self.wfile.flush()
                behaviour.drop_after = None
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            if behaviour.stall is not None and start == 0 and path.suffix == ".hbpack":
                after, seconds = behaviour.stall
                behaviour.stall = None
                self.wfile.write(data[:after])
                self.wfile.flush()
                time.sleep(seconds)
                start = after
            self.wfile.write(data[start:])

    return Handler


@dataclass
class FeedServer:
    url: str
    behaviour: Behaviour
    cert: Path | None = None  # the self-signed certificate of an https server


@contextmanager
def serve(root: Path, *, https_cert: tuple[Path, Path] | None = None) -> Iterator[FeedServer]:
    """Serve ``root`` on a free port of 127.0.0.1 (https with the (cert, key) files given)."""
    behaviour = Behaviour()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(root, behaviour))
    server.daemon_threads = True
    server.handle_error = lambda request, address: None  # type: ignore[method-assign]  # a client that hung up
    server.block_on_close = False  # type: ignore[attr-defined]
    scheme = "http"
    if https_cert is not None:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(*https_cert)
        server.socket = context.wrap_socket(server.socket, server_side=True)
        scheme = "https"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        yield FeedServer(f"{scheme}://127.0.0.1:{port}/", behaviour, https_cert[0] if https_cert else None)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 that no one signed, made now with ``cryptography``: (cert.pem, key.pem)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path
