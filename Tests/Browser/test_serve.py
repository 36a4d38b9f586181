"""copydesk serve in a real browser: live reload, the error overlay, the desk view.

Run by scripts/test with COPYDESK set to the built binary: python3 -m unittest discover Tests/Browser
"""

import os
import unittest

from selenium.webdriver.common.by import By

from preview import Preview, browser, wait_until

COPYDESK = os.environ.get("COPYDESK", ".build/debug/copydesk")


class ServeInABrowser(unittest.TestCase):
    def setUp(self):
        self.preview = Preview(COPYDESK)
        self.browser = browser()

    def tearDown(self):
        self.browser.quit()
        self.preview.stop()

    def page(self):
        return self.preview.address + "html/harbour-reopens-after-week-long-strike.html"

    def test_an_edit_shows_without_a_manual_reload(self):
        self.browser.get(self.page())
        self.assertIn("The cranes turned again at six", self.browser.page_source)
        # A marker in the page's own state: a reload by copydesk clears it, so the test
        # tells the live reload apart from the page never changing.
        self.browser.execute_script("window.copydeskMarker = 1")
        text = self.preview.story.read_text().replace("at six", "at dawn")
        self.preview.story.write_text(text)
        self.assertTrue(wait_until(lambda: "turned again at dawn" in self.browser.page_source))
        self.assertIsNone(self.browser.execute_script("return window.copydeskMarker"))

    def test_a_broken_date_shows_the_overlay_and_fixing_it_removes_it(self):
        self.browser.get(self.page())
        original = self.preview.story.read_text()
        self.preview.story.write_text(
            original.replace("date: 2026-03-04T09:15:00+01:00", "date: yesterday"))
        self.assertTrue(wait_until(
            lambda: self.browser.find_element(By.ID, "copydesk-overlay").is_displayed()))
        overlay = self.browser.find_element(By.ID, "copydesk-overlay").text
        self.assertIn("Stories/harbour.md:3:7: error: 'date' must be an RFC 3339", overlay)
        self.assertIn("3 | date: yesterday", overlay)
        self.preview.story.write_text(original)
        self.assertTrue(wait_until(
            lambda: not self.browser.find_elements(By.ID, "copydesk-overlay")))

    def test_the_desk_view_shows_every_format(self):
        self.browser.get(self.preview.address + "_desk/")
        self.browser.find_element(By.LINK_TEXT, "Stories/harbour.md").click()
        self.assertTrue(wait_until(lambda: self.browser.find_elements(By.ID, "wire")))
        wire = self.browser.find_element(By.ID, "wire").text
        self.assertIn("----+----1", wire)
        self.assertIn("␂", wire)
        newsml = self.browser.find_element(By.ID, "newsml").text
        self.assertIn("<newsItem", newsml)
        for pane in ["page", "ninjs", "feed", "problems"]:
            self.assertTrue(self.browser.find_elements(By.ID, pane), pane)


if __name__ == "__main__":
    unittest.main()
