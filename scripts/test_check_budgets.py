"""Tests of the size budget check: it counts the latest build only and fails over budget."""

import os
import tempfile
import unittest
from pathlib import Path

import check_budgets


class BudgetTest(unittest.TestCase):
    def build(self, files: dict[str, bytes], hashes: str) -> tuple[Path, Path]:
        root = Path(tempfile.mkdtemp())
        pkg = root / "pkg"
        pkg.mkdir()
        for name, data in files.items():
            (pkg / name).write_bytes(data)
        (root / "hash.txt").write_text(hashes)
        return pkg, root / "hash.txt"

    def test_only_the_files_of_the_latest_build_count(self):
        pkg, hashes = self.build(
            {"app.new1.js": b"x", "app.old0.js": b"y", "app.new2.wasm": b"z", "app.new3.css": b"c"},
            "js: new1\nwasm: new2\ncss: new3\n",
        )
        names = [f.name for f in check_budgets.current(pkg, hashes)]
        self.assertEqual(names, ["app.new1.js", "app.new2.wasm", "app.new3.css"])

    def test_a_build_within_budget_passes_and_one_over_fails(self):
        small, hashes = self.build({"a.h.js": b"let a = 1;", "a.h.css": b"a{}"}, "js: h\ncss: h\n")
        self.assertEqual(check_budgets.main(small, hashes), 0)
        big, hashes = self.build({"a.h.wasm": os.urandom(200 * 1024)}, "wasm: h\n")
        self.assertEqual(check_budgets.main(big, hashes), 1)


if __name__ == "__main__":
    unittest.main()
