"""Starts `copydesk serve` in a project folder and drives headless Chromium against it.

Shared by the browser tests (`test_serve.py`) and `scripts/screenshots`.
"""

import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

STORY = """---
headline: Harbour reopens after week-long strike
date: 2026-03-04T09:15:00+01:00
summary: Ships move again in Rotterdam after dock workers and the port agree on pay.
byline: Ana Ruiz
dateline: ROTTERDAM, Netherlands
keywords: [ports, labour]
---

The cranes turned again at six on Wednesday morning, a week after dock workers walked out.

## What was agreed

The port authority and the union settled on a 4.5 per cent rise over two years.
"""


class Preview:
    """A project with one story, served by `copydesk serve` on a free port."""

    def __init__(self, copydesk: str):
        self.folder = Path(tempfile.mkdtemp(prefix="copydesk-browser-"))
        (self.folder / "Stories").mkdir()
        (self.folder / "copydesk.yml").write_text("site: {title: Harbour Desk}\n")
        self.story = self.folder / "Stories" / "harbour.md"
        self.story.write_text(STORY)
        self.process = subprocess.Popen(
            [copydesk, "serve", "--port", "0"], cwd=self.folder, stderr=subprocess.PIPE,
            stdout=subprocess.DEVNULL, text=True, env={**os.environ, "NO_COLOR": "1"})
        self.address = None
        ready = threading.Event()

        def read():
            for line in self.process.stderr:
                found = re.search(r"serving (http://[0-9.:]+/)", line)
                if found and not self.address:
                    self.address = found.group(1)
                    ready.set()
        threading.Thread(target=read, daemon=True).start()
        if not ready.wait(60):
            self.stop()
            raise RuntimeError("copydesk serve did not start")

    def stop(self):
        self.process.terminate()
        self.process.wait(10)
        self.process.stderr.close()
        shutil.rmtree(self.folder, ignore_errors=True)


def browser(width: int = 1280, height: int = 900) -> webdriver.Chrome:
    """Headless Chromium at the given window size (Debian's chromium and chromium-driver)."""
    options = Options()
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     f"--window-size={width},{height}"]:
        options.add_argument(argument)
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary:
        options.binary_location = binary
    driver = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    chrome = webdriver.Chrome(service=Service(driver), options=options)
    # A window cannot be narrower than about 500 px: a phone's width is emulated instead.
    chrome.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    return chrome


def wait_until(condition, seconds: float = 20) -> bool:
    """True once `condition()` is true, polling for up to `seconds`."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            if condition():
                return True
        except Exception:  # the page is reloading
            pass
        time.sleep(0.2)
    return False
