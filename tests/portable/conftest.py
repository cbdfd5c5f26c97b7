# The portable suite has its own runner (run.py), and tests/test_portable.py runs its tests under
# pytest. Keep pytest from collecting these files a second time.
collect_ignore_glob = ["*.py"]
