"""Build settings that pyproject.toml cannot hold (everything else is there).

``scrapyd-deploy`` writes a ``setup.py`` of its own (a package named
``project``) where there is none; with this one, the egg it uploads is
``newsspider`` with its package data. Every build (egg, wheel) runs in a new
temporary folder, removed at exit: a ``build/`` folder kept in the checkout
would put files deleted since into the next egg or wheel.
"""

import atexit
import shutil
import tempfile

from setuptools import setup

build_base = tempfile.mkdtemp(prefix="newsspider-build-")
atexit.register(shutil.rmtree, build_base, ignore_errors=True)

setup(options={"build": {"build_base": build_base}})
