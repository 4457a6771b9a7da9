"""What signing and checking a signature add to build and install of the 2,000-lesson pack, unsigned beside signed.

``python -m benchmarks.bench_signing [--repeat N]``. Everything is written under /tmp and removed.
Signed and unsigned runs alternate within each round (order swapped every round) and each installs
into a fresh data folder, so both see the same disk; the ratio of each round's pair is the steady
figure. Target: signing adds under 5% to build, checking under 5% to install. Opening a key that
has a passphrase (scrypt at minisign's cost) is timed on its own: it happens once per build.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.common import Row, print_table
from benchmarks.synthetic_pack import make_synthetic_pack

TITLE = "Signed packs"
TARGET_RATIO = 1.05


def measure(repeat: int = 5) -> list[Row]:
    from handbook.core.packs.build import build_pack
    from handbook.core.packs.library import PackLibrary
    from handbook.core.packs.policy import check_signature
    from handbook.core.packs.reader import PackFile
    from handbook.core.packs.signing import generate_key, parse_secret_key, secret_key_text, sign
    from handbook.core.packs.trust import TrustedKey, TrustedKeys, TrustStore

    root = Path(tempfile.mkdtemp(prefix="handbook-bench-signing-", dir="/tmp"))
    key = generate_key()
    try:
        source = make_synthetic_pack(root / "source")
        plain, signed = root / "plain.hbpack", root / "signed.hbpack"
        counter = iter(range(10_000))

        def install(pack: Path) -> None:
            data = root / f"data-{next(counter)}"
            TrustStore(data).trust(key.public, "bench")  # same trust file for both: only the check differs
            PackLibrary(data).install(pack)
            shutil.rmtree(data, ignore_errors=True)

        runs: dict[str, Callable[[], object]] = {
            "build": lambda: build_pack(source, plain),
            "build signed": lambda: build_pack(source, signed, sign_with=key),
            "install": lambda: install(plain),
            "install signed": lambda: install(signed),
        }
        runs["build"]()
        runs["build signed"]()  # both files exist before the first install
        times: dict[str, list[float]] = {name: [] for name in runs}
        cpu: dict[str, list[float]] = {name: [] for name in runs}
        for round_number in range(repeat):
            for pair in (("build", "build signed"), ("install", "install signed")):
                for name in pair if round_number % 2 else reversed(pair):
                    os.sync()
                    start, start_cpu = time.perf_counter(), time.process_time()
                    runs[name]()
                    times[name].append(time.perf_counter() - start)
                    cpu[name].append(time.process_time() - start_cpu)
        # The signature's own work, alone: what signing adds to build and checking adds to install.
        with PackFile(signed) as pack:
            manifest, signature = pack.manifest_bytes, pack.signature_bytes
        trusted = TrustedKeys({key.key_id_hex: TrustedKey(key.public)})
        sign_alone = _best(lambda: sign(manifest, key, "bench"))
        check_alone = _best(lambda: check_signature(manifest, signature, "bench", trusted))
        text = secret_key_text(key, "a passphrase")
        start = time.perf_counter()
        parse_secret_key(text.encode(), "bench.key", lambda: "a passphrase")
        unlock = time.perf_counter() - start
    finally:
        shutil.rmtree(root, ignore_errors=True)
    t = {name: statistics.median(values) for name, values in times.items()}
    c = {name: statistics.median(values) for name, values in cpu.items()}
    target = f"< {TARGET_RATIO:.2f}x"
    rows = [
        Row("build, signed", t["build signed"], "s", "build, unsigned", t["build"]),
        Row("build, signed, CPU", c["build signed"], "s", "build, unsigned, CPU", c["build"]),
        Row("install, signature checked", t["install signed"], "s", "install, unsigned", t["install"]),
        Row("install, signature checked, CPU", c["install signed"], "s", "install, unsigned, CPU", c["install"]),
        Row(f"build + signing the manifest ({len(manifest) // 1000} kB) alone", c["build"] + sign_alone, "s",
            "build, unsigned, CPU", c["build"], target, c["build"] + sign_alone < TARGET_RATIO * c["build"]),
        Row("install + checking the signature alone", c["install"] + check_alone, "s",
            "install, unsigned, CPU", c["install"], target, c["install"] + check_alone < TARGET_RATIO * c["install"]),
    ]  # fmt: skip
    for name in ("build", "install"):
        paired = [s / u for s, u in zip(times[f"{name} signed"], times[name], strict=True)]
        ratio = statistics.median(paired)
        rows.append(
            Row(f"{name}: signed / unsigned in the same round, median of {len(paired)} "
                f"(spread {min(paired):.3f}-{max(paired):.3f})", ratio, "x", "", None,
                target, ratio < TARGET_RATIO)
        )  # fmt: skip
    rows.append(Row("opening a key with a passphrase (scrypt, minisign's cost), once per build", unlock, "s"))
    return rows


def _best(run: Callable[[], object], times: int = 20) -> float:
    """The median of ``times`` runs of a short piece of work."""
    spans = []
    for _ in range(times):
        start = time.perf_counter()
        run()
        spans.append(time.perf_counter() - start)
    return statistics.median(spans)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print_table(measure(args.repeat), TITLE)


if __name__ == "__main__":
    main()
