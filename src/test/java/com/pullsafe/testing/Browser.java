package com.pullsafe.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
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
          "--user-data-dir=" + profile,
          "--window-size=" + width + "," + height);
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
    open("/login.xhtml");
    driver.findElement(By.id("login:email")).sendKeys(email);
    driver.findElement(By.id("login:password")).sendKeys(password);
    clickAndWaitForReload(By.id("login:submit"));
  }

  /** Clicks something that loads a new page (a non-ajax button or link) and waits for it. */
  public void clickAndWaitForReload(By by) {
    WebElement element = driver.findElement(by);
    element.click();
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(element));
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

  /** Waits for the document and for PrimeFaces' ajax queue, never for a fixed time. */
  public void waitForPage() {
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
