"""tools/count_names.py: the script behind the README's figure of NumPy names tinynet has."""
import importlib.util
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRIPT = os.path.join(ROOT, "tools", "count_names.py")


def _load_script():
    spec = importlib.util.spec_from_file_location("count_names", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_prints_a_row_per_namespace_and_the_readme_line():
    out = subprocess.run([sys.executable, SCRIPT, "--missing"], capture_output=True, text=True,
                         check=True, cwd=ROOT).stdout
    for name in ("numpy", "numpy.random", "numpy.linalg", "overall"):
        assert re.search(r"^%s\s+\d+\s+\d+\s+\d+\.\d%%$" % re.escape(name), out, re.M), out
    assert re.search(r"^missing from numpy \(\d+\):$", out, re.M), out
    assert re.search(r"^- Names: tinynet has \d+ of the \d+ public names of NumPy \S+ in scope \(\d+\.\d%", out, re.M)


def test_readme_flag_prints_one_line():
    out = subprocess.run([sys.executable, SCRIPT, "--readme"], capture_output=True, text=True,
                         check=True, cwd=ROOT).stdout
    assert out.count("\n") == 1 and out.startswith("- Names: tinynet has ")


def test_known_names_count_and_exclusions_do_not():
    script = _load_script()
    in_scope, present, missing = script.count("numpy")
    for name in ("zeros", "array", "sum", "einsum", "float32", "from_dlpack"):
        assert name in present
    for name in ("datetime64", "ma", "matrix", "memmap", "longdouble", "show_config"):
        assert name not in in_scope
    # numeric submodules stay in the count, present or not
    for name in ("fft", "polynomial", "linalg", "random"):
        assert name in in_scope
    assert {name for name, _ in missing}.isdisjoint(present)
    assert len(present) + len(missing) == len(in_scope)


def test_every_exclusion_has_a_reason_and_exists_in_numpy():
    script = _load_script()
    for namespace, reasons in script.OUT_OF_SCOPE.items():
        names = script.public_names(script._module_named(script.numpy, namespace))
        for name, reason in reasons.items():
            assert name in names, (namespace, name)
            assert reason.strip(), (namespace, name)


def test_a_stub_counts_as_missing():
    script = _load_script()

    def stub(x):
        raise NotImplementedError("later")

    def real(x):
        return x

    assert script.is_stub(stub)
    assert not script.is_stub(real)


def test_write_readme_replaces_only_the_figure_line(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text("# title\n\n- Names: tinynet has 1 of 2 (old)\n- other line\n")
    subprocess.run([sys.executable, SCRIPT, "--write-readme", str(readme)], check=True, cwd=ROOT,
                   capture_output=True)
    lines = readme.read_text().split("\n")
    assert lines[0] == "# title" and lines[3] == "- other line"
    assert lines[2].startswith("- Names: tinynet has ") and "(old)" not in lines[2]
