package com.guanxi.viewer;

import com.guanxi.analytics.AnalyticsService;
import com.guanxi.ingest.ImportService;
import com.guanxi.testsupport.SampleGraph;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The analyst's journey in real headless Chromium (Debian chromium, driven by Playwright) against the service with
 * the sample imported and analysed: search → open a company → expand → highlight its guarantee circle → ownership
 * tree → path finder → export PNG → reload the deep link; a hostile company name renders as text. Screenshots go to
 * target/e2e-screenshots.
 */
@QuarkusTest
class ViewerE2ETest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SHOTS = Path.of("target/e2e-screenshots");
    static final String HOSTILE = "北京<script>alert(1)</script>科技有限公司";

    static Playwright playwright;
    static BrowserContext browser;

    @Inject
    ImportService imports;
    @Inject
    AnalyticsService analytics;
    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "Debian chromium is not installed (bin/test installs it)");
        Files.createDirectories(SHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launchPersistentContext(Files.createTempDirectory("guanxi-chromium"),
                new BrowserType.LaunchPersistentContextOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setAcceptDownloads(true)
                        .setViewportSize(1440, 900)
                        .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                                "--disable-sync")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
    }

    @BeforeEach
    void givenTheSampleIsImportedAndAnalysed() {
        SampleGraph.ensureImported(imports);
        LocalDate asOf = LocalDate.parse("2024-06-30");
        if (analytics.latest().filter(s -> s.asOf().equals(asOf)).isEmpty()) analytics.runNow(asOf);
    }

    @Test
    void shouldTakeAnAnalystFromSearchToPathFinderAndBackByDeepLink() {
        var circle = analytics.latest().orElseThrow().guarantees().all().circles().stream()
                .filter(c -> c.members().stream().allMatch(m -> !m.startsWith("P-") && !m.startsWith("EXT-")))
                .findFirst().orElseThrow();
        String companyId = circle.members().get(0);
        String companyName = (String) given(companyId);
        Page page = browser.newPage();
        AtomicInteger dialogs = new AtomicInteger();
        page.onDialog(d -> {
            dialogs.incrementAndGet();
            d.dismiss();
        });
        // signed in already (the login form itself is exercised by the hostile-name journey)
        page.addInitScript("sessionStorage.setItem('guanxi.token', '" + com.guanxi.testsupport.TestUsers.token("analyst") + "')");
        page.navigate(base.toString());

        // search by a fragment of the name, pick the suggestion
        page.getByTestId("search-input").fill(companyName.substring(companyName.length() > 6 ? 3 : 0, Math.min(companyName.length(), 7)));
        page.locator("[data-testid=search-suggestion][data-id='" + companyId + "']").click();
        page.getByTestId("company-name").waitFor();
        assertThat(page.getByTestId("company-name").textContent()).isEqualTo(companyName);
        shot(page, "1-company");

        // explore: expand its guarantees
        page.getByTestId("mode-explore").click();
        page.getByTestId("expand-guarantee").click();
        page.waitForFunction("() => window.guanxi && window.guanxi.cy && window.guanxi.cy.edges().length > 0");
        shot(page, "2-expanded");

        // guarantee view: highlight the circle
        page.getByTestId("mode-guarantee").click();
        page.getByTestId("circle-highlight").click();
        page.waitForFunction("() => window.guanxi.cy.nodes().length >= " + circle.size());
        shot(page, "3-circle");

        // ownership tree
        page.getByTestId("mode-ownership").click();
        page.waitForFunction("() => window.guanxi.cy.nodes().length >= 1");
        shot(page, "4-ownership");

        // path finder between two members of the circle
        String other = circle.members().get(1);
        page.navigate(base + "?company=" + companyId + "&mode=path&from=" + companyId + "&to=" + other);
        page.getByTestId("path-find").click();
        page.getByTestId("path-result").waitFor();
        shot(page, "5-path");

        // export PNG
        Download download = page.waitForDownload(() -> page.getByTestId("export-png").click());
        Path png = SHOTS.resolve("export.png");
        download.saveAs(png);
        assertThat(png.toFile().length()).isPositive();

        // reload the deep link
        page.reload();
        page.getByTestId("company-name").waitFor();
        assertThat(page.getByTestId("company-name").textContent()).isEqualTo(companyName);
        assertThat(page.url()).contains("company=" + companyId);
        shot(page, "6-reloaded");
        assertThat(dialogs.get()).isZero();
        page.close();
    }

    @Test
    void shouldRenderAHostileCompanyNameAsText() {
        Page page = browser.newPage();
        AtomicInteger dialogs = new AtomicInteger();
        page.onDialog(d -> {
            dialogs.incrementAndGet();
            d.dismiss();
        });
        page.navigate(base.toString());
        // the first query meets 401: the viewer asks for a login, then retries
        String user = "viewer-analyst";
        com.guanxi.testsupport.TestUsers.create(user, com.guanxi.testsupport.TestUsers.password(user), "analyst");
        page.getByTestId("search-input").fill("alert");
        page.getByTestId("login-form").waitFor();
        page.getByTestId("login-username").fill(user);
        page.getByTestId("login-password").fill(com.guanxi.testsupport.TestUsers.password(user));
        page.getByTestId("login-submit").click();
        var suggestion = page.getByTestId("search-suggestion").first();
        suggestion.waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        assertThat(suggestion.textContent()).contains(HOSTILE);
        suggestion.click();
        page.getByTestId("company-name").waitFor();
        assertThat(page.getByTestId("company-name").textContent()).isEqualTo(HOSTILE);
        assertThat(page.locator("#company-panel script").count()).isZero();
        shot(page, "7-hostile");
        assertThat(dialogs.get()).isZero();
        page.close();
    }

    private Object given(String companyId) {
        return com.guanxi.testsupport.TestUsers.as("analyst").when().get("/api/companies/" + companyId).then().statusCode(200)
                .extract().path("name");
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(false));
    }
}
