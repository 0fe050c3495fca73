package io.govshare.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One headless Chromium (Debian's, through its own chromedriver) with a fresh profile, signed in as one demo user
 * through the real Keycloak login page. Pages are screenshot under target/screenshots and checked with axe-core.
 */
public final class Browser implements AutoCloseable {

    public static final String CONSOLE = System.getProperty("govshare.e2e.console-url", "http://localhost:8085");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChromeDriver driver;
    private final Path profile;
    private final String user;

    private Browser(String user) {
        this.user = user;
        try {
            this.profile = Files.createTempDirectory("govshare-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("govshare.e2e.chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--lang=zh-CN",
                "--window-size=1366,768",
                "--user-data-dir=" + this.profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("govshare.e2e.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
        this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        this.driver.manage().window().setSize(new Dimension(1366, 768));
    }

    /** A browser signed in as {@code user} (password demo) on the console's {@code path}. */
    public static Browser signedIn(String user, String path) {
        Browser browser = new Browser(user);
        browser.driver.get(CONSOLE + path);
        browser.waitFor(By.id("username"));
        assertThat(browser.driver.getCurrentUrl())
                .as("the console sends the browser to Keycloak")
                .contains("/realms/govshare/");
        assertThat(browser.driver.getCurrentUrl())
                .contains("code_challenge_method=S256")
                .contains("client_id=govshare-portal");
        browser.driver.findElement(By.id("username")).sendKeys(user);
        browser.driver.findElement(By.id("password")).sendKeys("demo");
        browser.driver.findElement(By.id("kc-login")).click();
        browser.waitFor(By.id("main"));
        assertThat(decode(browser.driver.getCurrentUrl()))
                .as("back on the page asked for")
                .isEqualTo(decode(CONSOLE + path));
        return browser;
    }

    public ChromeDriver driver() {
        return this.driver;
    }

    /** Opens a page of the console and waits for it. */
    public Browser open(String path) {
        this.driver.get(CONSOLE + path);
        waitFor(By.id("main"));
        return this;
    }

    public WebElement find(String cssSelector) {
        return this.driver.findElement(By.cssSelector(cssSelector));
    }

    public List<WebElement> all(String cssSelector) {
        return this.driver.findElements(By.cssSelector(cssSelector));
    }

    public String text(String cssSelector) {
        return find(cssSelector).getText();
    }

    /** Clicks and waits for the next page. */
    public void clickAndWait(String cssSelector) {
        // a mark on the current document: the next page is there when the mark is gone (waiting for the clicked
        // element to go stale raced with the navigation: chromedriver answered "Node with given id does not belong
        // to the document" while the old document was being replaced)
        this.driver.executeScript("window.__govshareOldPage = true;");
        find(cssSelector).click();
        new WebDriverWait(this.driver, Duration.ofSeconds(120))
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return window.__govshareOldPage === undefined"
                                + " && document.readyState === 'complete';")));
        waitFor(By.id("main"));
    }

    public void waitFor(By by) {
        new WebDriverWait(this.driver, Duration.ofSeconds(120)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /** The whole page as a PNG under target/screenshots/{name}.png; returns the path. */
    public Path screenshot(String name) {
        Path dir = Path.of(System.getProperty("govshare.e2e.screenshots", "target/screenshots"));
        // the whole page: the window as tall as the page (at most 5000 px), then back to its size
        Dimension window = this.driver.manage().window().getSize();
        Number height =
                (Number) this.driver.executeScript("return Math.min(document.documentElement.scrollHeight, 5000);");
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            if (height.intValue() > window.getHeight()) {
                this.driver.manage().window().setSize(new Dimension(window.getWidth(), height.intValue() + 120));
            }
            Files.write(file, ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            this.driver.manage().window().setSize(window);
        }
    }

    /** axe-core's serious and critical violations of the current page, as readable lines. */
    public List<String> seriousViolations() {
        String axe = axeSource();
        JavascriptExecutor js = this.driver;
        js.executeScript(axe);
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                + ".catch(function (e) { done(JSON.stringify([{id: 'axe-error', impact: 'critical',"
                + " help: String(e), nodes: []}])); });");
        List<String> serious = new ArrayList<>();
        try {
            for (JsonNode violation : JSON.readTree(String.valueOf(result))) {
                String impact = violation.path("impact").asText();
                if ("serious".equals(impact) || "critical".equals(impact)) {
                    List<String> targets = new ArrayList<>();
                    violation
                            .path("nodes")
                            .forEach(node -> targets.add(node.path("target").toString()));
                    serious.add(impact + " " + violation.path("id").asText() + ": "
                            + violation.path("help").asText() + " " + targets);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return serious;
    }

    /** Screenshot and accessibility check of the current page. */
    public Path check(String name) {
        Path shot = screenshot(name);
        assertThat(seriousViolations())
                .as("axe-core on %s (%s)", name, this.driver.getCurrentUrl())
                .isEmpty();
        return shot;
    }

    /** GET a console address with this browser's session cookies (a download the browser would save). */
    public HttpResponse<byte[]> fetch(String path) {
        String cookies = this.driver.manage().getCookies().stream()
                .filter(c -> c.getDomain() == null || c.getDomain().contains("localhost"))
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(URI.create(CONSOLE + path))
                .header("Cookie", cookies)
                .timeout(Duration.ofSeconds(180))
                .GET()
                .build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String user() {
        return this.user;
    }

    private static String axeSource() {
        try {
            return Files.readString(
                    Path.of(System.getProperty("govshare.e2e.axe", "target/npm/node_modules/axe-core/axe.min.js")),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is missing: the e2e build installs it with npm", e);
        }
    }

    @Override
    public void close() {
        try {
            this.driver.quit();
        } finally {
            try (var files = Files.walk(this.profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary profile left behind
            }
        }
    }

    static String decode(String url) {
        return java.net.URLDecoder.decode(url, StandardCharsets.UTF_8);
    }
}
