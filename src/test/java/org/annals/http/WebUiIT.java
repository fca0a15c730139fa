package org.annals.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import org.annals.store.ArchiveStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in headless Chromium against a server over an archive of the fixture articles: search, an
 * article with its highlights, the actor-pair chart, the network, and an article full of markup that must
 * stay text. Each page's screenshot is saved under {@code target/screenshots/}.
 */
class WebUiIT {
    static ArchiveStore store;
    static AnnalsServer server;
    static WebDriver browser;
    static final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @BeforeAll
    static void start() throws Exception {
        browser = BrowserSupport.start();
        store = FixtureArchive.embedded(java.nio.file.Files.createTempDirectory("annals-web-archive"));
        FixtureArchive.fill(store);
        server = AnnalsServer.start(store, ServerConfig.local(0), FixtureArchive::pipeline, new PrintStream(log, true));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private static void open(String hash) {
        browser.get(server.url() + hash);
        // a fresh load runs the router; a hash change on the same page does too
        browser.navigate().refresh();
    }

    private static WebElement await(String css) {
        return new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private static List<WebElement> all(String css) {
        return browser.findElements(By.cssSelector(css));
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    @Test
    void searchShowsRankedHitsWithMarkedWords() {
        open("#/");
        WebElement box = await("input[name=q]");
        assertTrue(await(".overview").getText().contains("PRKGOV – RUSGOV"), "the most active pairs as ways in");
        BrowserSupport.screenshot(browser, "home");
        box.sendKeys("Pyongyang");
        browser.findElement(By.cssSelector("form.filters button")).click();
        await("li.hit");
        List<WebElement> hits = all("li.hit");
        assertTrue(hits.size() >= 2, "hits: " + hits.size());
        List<WebElement> marks = all("li.hit .snippet mark");
        assertFalse(marks.isEmpty());
        assertEquals("pyongyang", marks.get(0).getText().toLowerCase());
        assertTrue(browser.getCurrentUrl().contains("#/search?q=Pyongyang"), browser.getCurrentUrl());
        BrowserSupport.screenshot(browser, "search");
    }

    @Test
    void anArticleShowsItsEventsQuotesClaimsAndTimesInPlace() {
        open("#/search?q=Pyongyang");
        await("li.hit a.title");
        WebElement link = all("li.hit a.title").stream()
                .filter(a -> a.getText().equals("Putin and Kim sign defence treaty in Pyongyang")).findFirst().orElseThrow();
        link.click();
        await(".article-text .hl-event");
        assertEquals("Putin and Kim sign defence treaty in Pyongyang", await("h1.article-title").getText());
        assertTrue(await(".copies").getText().contains("dailyherald.example"), "the syndicated copy is listed");
        String evidence = all(".article-text .hl-event").stream().map(WebElement::getText)
                .reduce("", String::concat);
        assertTrue(evidence.contains("signed a mutual defence treaty"), evidence);
        assertTrue(all("sup.badge").stream().anyMatch(b -> b.getText().equals("057")), "a 057 badge");
        assertFalse(all(".article-text .hl-quote").isEmpty(), "quotes highlighted");
        assertFalse(all(".article-text .hl-time").isEmpty(), "times highlighted");
        assertFalse(all(".article-text .hl-claim").isEmpty(), "claims highlighted");
        String events = await(".list-event").getText();
        assertTrue(events.contains("057") && events.contains("asserted") && events.contains("[RUSGOV]")
                && events.contains("[PRKGOV]"), events);
        String provenance = all(".list-quote .provenance").get(0).getText();
        assertTrue(provenance.contains("←") && provenance.contains("KCNA"), provenance);
        // the highlighted text is the article's text, character for character
        String shown = (String) js("return document.getElementById('article-text').textContent");
        assertTrue(shown.startsWith("Russian President Vladimir Putin and North Korean leader Kim Jong Un signed"), shown);
        BrowserSupport.screenshot(browser, "article");
    }

    @Test
    void theActorPairViewChartsEventsByPeriodAndLinksEachToItsSentence() {
        open("#/dyad/RUS/PRK?by=month");
        await("svg.chart g.bar");
        List<WebElement> bars = all("svg.chart g.bar:not(.empty)");
        assertTrue(bars.size() >= 3, "periods with events: " + bars.size());
        assertFalse(all("svg.chart rect.q1").isEmpty(), "verbal cooperation bars");
        assertFalse(all("svg.chart rect.q3").isEmpty(), "verbal conflict bars");
        assertFalse(all("svg.chart .goldstein-dot").isEmpty(), "Goldstein points");
        assertTrue(await(".totals").getText().contains("RUS ↔ PRK"));
        await("section.direction table.events");
        assertTrue(all("section.direction h2").get(0).getText().startsWith("RUS → PRK"));
        BrowserSupport.screenshot(browser, "dyad");
        // the first event's sentence opens its article, scrolled to the sentence and outlined
        WebElement sentence = all("section.direction a.sentence").get(0);
        String expected = sentence.getText();
        sentence.click();
        await(".article-text .hl-focus");
        String outlined = (String) js("return [...document.querySelectorAll('.article-text .hl-focus')]"
                + ".map(n => n.textContent).join('')");
        assertEquals(expected, outlined);
    }

    @Test
    void theNetworkDrawsTheMostActivePairs() {
        open("#/network");
        await("svg.network line.edge");
        assertFalse(all("svg.network .node").isEmpty());
        String pairs = await("table.pairs-table").getText();
        assertTrue(pairs.contains("PRKGOV – RUSGOV"), pairs);
        BrowserSupport.screenshot(browser, "network");
    }

    @Test
    void eventsAndQuotesPagesList() {
        open("#/events?source=RUS");
        await("table.events tbody tr");
        assertTrue(await("p.count").getText().endsWith("events"));
        BrowserSupport.screenshot(browser, "events");
        open("#/quotes?speaker=Kim");
        await("ol.quotes li");
        assertTrue(await("ol.quotes .provenance").getText().contains("KCNA"));
        BrowserSupport.screenshot(browser, "quotes");
    }

    @Test
    void markupInAnArticleStaysTextAndNothingRuns() {
        open("#/search?q=accused");
        await("li.hit");
        BrowserSupport.screenshot(browser, "untrusted-search");
        String title = all("li.hit a.title").get(0).getText();
        assertTrue(title.contains("<img src=x onerror="), title);
        all("li.hit a.title").get(0).click();
        await(".article-text .hl-event");
        assertNull(js("return window.__pwned"), "no injected script or handler ran");
        assertEquals(0L, js("return document.querySelectorAll('main img, main script, main b, main iframe,"
                + " main a[href^=\"javascript\"]').length"));
        String text = (String) js("return document.getElementById('article-text').textContent");
        assertTrue(text.contains("<script>window.__pwned = 'script'</script>"), text);
        assertTrue(text.contains("<b onmouseover=alert(1)>respond</b>"), text);
        assertTrue(await("h1.article-title").getText().contains("<img src=x onerror="));
        // hovering and clicking the highlighted markup does nothing either
        for (WebElement span : all(".article-text [data-anns]")) {
            span.click();
        }
        assertNull(js("return window.__pwned"));
        BrowserSupport.screenshot(browser, "untrusted-article");
    }
}
