package com.pullsafe.testing;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for browser tests. Without Chromium the test is skipped, except on CI
 * ({@code CI=true}), where it fails.
 */
public final class Browser implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final WebDriver driver;
  private final URL base;

  private Browser(WebDriver driver, URL base) {
    this.driver = driver;
    this.base = base;
  }

  public static Browser open(URL base, int width, int height) {
    return start(base, options -> options.addArguments("--window-size=" + width + "," + height));
  }

  /** A phone: 390 × 844 CSS pixels at twice the density, with touch, as Chrome's device mode. */
  public static Browser phone(URL base) {
    return start(
        base,
        options ->
            options.setExperimentalOption(
                "mobileEmulation",
                Map.of(
                    "deviceMetrics",
                    Map.of("width", 390, "height", 844, "pixelRatio", 2.0, "touch", true))));
  }

  private static Browser start(URL base, Consumer<ChromeOptions> size) {
    boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!available) {
      String why = "Chromium or chromedriver missing (apt-get install chromium chromium-driver)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        Assertions.fail(why);
      }
      Assumptions.abort(why);
    }
    try {
      Path profile = Files.createTempDirectory("pullsafe-chromium");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--user-data-dir=" + profile);
      size.accept(options);
      // The console, where Chromium reports every Content Security Policy violation
      options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
      return new Browser(new ChromeDriver(service, options), base);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String path) {
    driver.get(base.toString().replaceAll("/$", "") + path);
    waitForPage();
  }

  public void signIn(String email, String password) {
    for (int attempt = 1; ; attempt++) {
      try {
        open("/login.xhtml");
        driver.findElement(By.id("login:email")).sendKeys(email);
        driver.findElement(By.id("login:password")).sendKeys(password);
        break;
      } catch (WebDriverException pageStillChanging) {
        // Right after signing out the previous page may still be going away: open it again.
        if (attempt == 3) {
          throw pageStillChanging;
        }
      }
    }
    clickAndWaitForReload(By.id("login:submit"));
    secondStep(email);
  }

  /**
   * After the password, the second step of an account with two-factor sign-in: its code from the
   * {@link TestAuthenticator}, or (where it must use one and has none) the set-up, whose key is
   * read off the page. Does nothing on any other page.
   */
  public void secondStep(String email) {
    String url = driver.getCurrentUrl();
    if (url.contains(PageSession.ENROL_PAGE)) {
      String key = driver.findElement(By.id("totp-secret")).getText().replaceAll("\\s", "");
      TestAuthenticator app = TestAuthenticator.enrolled(base.toString(), email, key);
      driver.findElement(By.id("second:code")).sendKeys(app.nextCode());
      clickAndWaitForReload(By.id("second:submit"));
      clickAndWaitForReload(By.id("continue"));
    } else if (url.contains(PageSession.CODE_PAGE)) {
      String code = TestAuthenticator.of(base.toString(), email).nextCode();
      driver.findElement(By.id("second:code")).sendKeys(code);
      clickAndWaitForReload(By.id("second:submit"));
    }
  }

  /** Clicks something that loads a new page (a non-ajax button or link) and waits for it. */
  public void clickAndWaitForReload(By by) {
    WebElement element = driver.findElement(by);
    element.click();
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> isGone(element));
    waitForPage();
  }

  /**
   * Whether the element left the document. During a page swap Chromium may answer "node does not
   * belong to the document" instead of a stale reference; both mean the old page is gone.
   */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException stale) {
      return true;
    } catch (WebDriverException swapping) {
      String message = String.valueOf(swapping.getMessage());
      if (message.contains("does not belong to the document")) {
        return true;
      }
      throw swapping;
    }
  }

  /**
   * Posts the form of the button {@code buttonId} as a full page load, the way the browser sends it
   * without PrimeFaces' ajax (the button's name included), and waits for the answer.
   */
  public void submitWithoutAjax(String buttonId) {
    WebElement button = driver.findElement(By.id(buttonId));
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].form.requestSubmit(arguments[0]);", button);
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> isGone(button));
    waitForPage();
  }

  /** Clicks something that navigates (a non-ajax button or link) and waits for the new URL. */
  public void clickAndWaitForUrl(By by, String urlFragment) {
    driver.findElement(by).click();
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.urlContains(urlFragment));
    waitForPage();
  }

  public String text(By by) {
    return driver.findElement(by).getText();
  }

  /**
   * Waits for the document and for PrimeFaces' ajax queue, never for a fixed time; then fails if
   * the browser refused anything under the page's Content Security Policy meanwhile.
   */
  public void waitForPage() {
    waitUntilSettled();
    List<String> refused = contentSecurityPolicyViolations();
    Assertions.assertEquals(
        List.of(), refused, "Content Security Policy violations on " + driver.getCurrentUrl());
  }

  /**
   * Opens {@code path}, waits as {@link #waitForPage()} does and returns the Content Security
   * Policy violations on the way, instead of failing on the first.
   */
  public List<String> openAndListViolations(String path) {
    driver.get(base.toString().replaceAll("/$", "") + path);
    waitUntilSettled();
    return contentSecurityPolicyViolations();
  }

  private void waitUntilSettled() {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(
            d ->
                (Boolean)
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return document.readyState === 'complete'"
                                + " && (!window.PrimeFaces || !PrimeFaces.ajax"
                                + " || PrimeFaces.ajax.Queue.isEmpty());"));
  }

  /**
   * The console's Content Security Policy errors since the last look (reading the console empties
   * it): scripts, handlers, styles or other content the browser refused to run or load.
   */
  public List<String> contentSecurityPolicyViolations() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(message -> message.contains("Content Security Policy"))
        .toList();
  }

  /** Signs out with the header's button and waits for the login page. */
  public void signOut() {
    openMenu();
    clickAndWaitForUrl(By.id("signOutForm:signOut"), "signedOut=true");
  }

  /**
   * Opens the header's menu where it is folded behind its button (narrow screens), as a user taps
   * it to reach the navigation, their name or sign-out; does nothing where the menu shows anyway.
   */
  public void openMenu() {
    List<WebElement> buttons = driver.findElements(By.id("menuButton"));
    if (buttons.isEmpty()
        || !buttons.get(0).isDisplayed()
        || "true".equals(buttons.get(0).getAttribute("aria-expanded"))) {
      return;
    }
    buttons.get(0).click();
    awaitVisible(By.id("menu"));
  }

  /** Clicks something that sends an ajax request and waits for PrimeFaces to finish. */
  public void clickAndWaitForAjax(By by) {
    driver.findElement(by).click();
    waitForPage();
  }

  public void type(String id, String text) {
    WebElement input = driver.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  /** Picks the option with this value in a native select, then waits for its ajax, if any. */
  public void choose(String selectId, String value) {
    new Select(driver.findElement(By.id(selectId))).selectByValue(value);
    waitForPage();
  }

  /**
   * Picks the item with this label in a PrimeFaces drop-down menu, and waits until the list has
   * closed: while its closing animation runs, it covers whatever lies below it.
   */
  public void selectFromMenu(String menuId, String label) {
    By panel = By.id(menuId + "_panel");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    driver.findElement(By.id(menuId)).click();
    // A click while the list is still opening selects the item but leaves the list open.
    wait.until(
        d ->
            d.findElement(panel).getAttribute("class").contains("ui-connected-overlay-enter-done"));
    driver
        .findElement(By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']"))
        .click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(panel));
    waitForPage();
  }

  /** Picks the radio button with this label in a PrimeFaces radio group, then waits for ajax. */
  public void pick(String radioId, String label) {
    driver
        .findElement(
            By.xpath("//*[@id='" + radioId + "']//label[normalize-space()=\"" + label + "\"]"))
        .click();
    waitForPage();
  }

  /** Ticks or unticks a PrimeFaces check box, and waits for the ajax request it may send. */
  public void tick(String checkboxId, boolean ticked) {
    WebElement box =
        driver.findElement(
            By.xpath("//*[@id='" + checkboxId + "']//div[contains(@class,'ui-chkbox-box')]"));
    if (box.getAttribute("class").contains("ui-state-active") != ticked) {
      box.click();
      waitForPage();
    }
  }

  /** The text of the form field (label, input, message) that holds the input {@code inputId}. */
  public String fieldText(String inputId) {
    return driver
        .findElement(
            By.xpath(
                "//*[@id='"
                    + inputId
                    + "']/ancestor::*[contains(@class,'ps-field') or contains(@class,'ps-fieldset')][1]"))
        .getText();
  }

  /** Waits until an element is on the page (after an ajax redirect, for example). */
  public WebElement await(By by) {
    WebElement element =
        new WebDriverWait(driver, Duration.ofSeconds(20))
            .until(ExpectedConditions.presenceOfElementLocated(by));
    waitForPage();
    return element;
  }

  /** Waits until an element is shown (a dialog opening, for example). */
  public WebElement awaitVisible(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Whether the element is (at least partly) inside the visible part of the window. */
  public boolean inViewport(By by) {
    return (Boolean)
        ((JavascriptExecutor) driver)
            .executeScript(
                "var r = arguments[0].getBoundingClientRect();"
                    + " return r.bottom > 0 && r.top < window.innerHeight;",
                driver.findElement(by));
  }

  /**
   * Makes the browser refuse requests whose address contains {@code urlPart}, as a slow network
   * would leave the end of a page's scripts still loading.
   */
  public void blockRequestsTo(String urlPart) {
    ChromeDriver chrome = (ChromeDriver) driver;
    chrome.executeCdpCommand("Network.enable", Map.of());
    chrome.executeCdpCommand(
        "Network.setBlockedURLs", Map.of("urls", List.of("*" + urlPart + "*")));
  }

  /** Lets the page read and write the clipboard, as a user who allowed it would. */
  public void allowClipboard() {
    if (driver instanceof ChromeDriver chrome) {
      String origin = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
      chrome.executeCdpCommand(
          "Browser.grantPermissions",
          Map.of(
              "origin",
              origin,
              "permissions",
              List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }
  }

  /** What the clipboard holds, read as the page. */
  public String clipboard() {
    return (String)
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + " navigator.clipboard.readText().then(done, function (e) { done('!' + e); });");
  }

  /**
   * Runs axe-core on the page and returns its serious and critical violations, one line each (rule,
   * impact, the first offending elements); an empty list is a pass.
   */
  public List<String> seriousAccessibilityViolations() {
    Results results = new AxeBuilder().analyze(driver);
    return results.getViolations().stream()
        .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
        .map(
            rule ->
                rule.getId()
                    + " ("
                    + rule.getImpact()
                    + "): "
                    + rule.getNodes().stream()
                        .limit(3)
                        .map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", ")))
        .toList();
  }

  /**
   * axe-core's target-size rule alone (WCAG 2.5.8, the rule behind Lighthouse's target-size audit,
   * which axe runs only when asked): the controls smaller than 24 × 24 CSS px without the spacing
   * that makes up for it; an empty list is a pass.
   */
  public List<String> targetSizeViolations() {
    Results results = new AxeBuilder().withOnlyRules(List.of("target-size")).analyze(driver);
    return results.getViolations().stream()
        .flatMap(rule -> rule.getNodes().stream())
        .map(node -> String.valueOf(node.getTarget()))
        .toList();
  }

  /** Fails with the list when axe-core finds a serious or critical violation on the page. */
  public void assertAccessible(String page) {
    List<String> violations = seriousAccessibilityViolations();
    Assertions.assertTrue(violations.isEmpty(), page + ": " + String.join("; ", violations));
  }

  /** The whole page, not only the viewport, through the DevTools protocol. */
  public Path fullPageScreenshot(String name) {
    if (!(driver instanceof ChromeDriver chrome)) {
      return screenshot(name);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> metrics =
        (Map<String, Object>)
            chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
    Map<String, Object> clip =
        Map.of(
            "x", 0,
            "y", 0,
            "width", ((Number) metrics.get("width")).doubleValue(),
            "height", ((Number) metrics.get("height")).doubleValue(),
            "scale", 1);
    String png =
        (String)
            chrome
                .executeCdpCommand(
                    "Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "clip", clip))
                .get("data");
    try {
      Path dir = Path.of(System.getProperty("pullsafe.screenshots", "target/screenshots"));
      Files.createDirectories(dir);
      Path file = dir.resolve(name + ".png");
      Files.write(file, Base64.getDecoder().decode(png));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path screenshot(String name) {
    try {
      Path dir = Path.of(System.getProperty("pullsafe.screenshots", "target/screenshots"));
      Files.createDirectories(dir);
      Path file = dir.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
