"""Makes the ``resource`` module unimportable, as on Windows (issue 17, Portability).

On ``PYTHONPATH`` only: ``.ci/run`` and tests/reliability/test_decode_sandbox_portability.py put
this folder first so the app, its tests and the decoder workers they spawn run as on a system
without ``resource`` (docs/import-and-media.md, "Decoding isolation on each system").
"""

import sys


class _NoResource:
    def find_spec(self, name, path=None, target=None):
        if name == "resource":
            raise ImportError("No module named 'resource' (blocked: a system without it)")
        return None

sys.meta_path.insert(0, _NoResource())
sys.modules.pop("resource", None)
