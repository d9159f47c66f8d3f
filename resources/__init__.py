"""Data files shipped with Reviewer Workstation: taxonomies, the default wellbeing policy, the
masked-term list, the window's themes, the desktop entry and its icons.

A package only so the wheel carries them and code finds them wherever it is installed: read them
with ``importlib.resources.files("resources")``, never with a path relative to the source tree
(docs/install.md). No code lives here; every layer may read it.
"""
