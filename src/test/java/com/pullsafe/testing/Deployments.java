package com.pullsafe.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archive every integration test deploys: the WAR the build produced, unchanged. */
public final class Deployments {

  private Deployments() {}

  public static WebArchive builtWar() {
    String path = System.getProperty("pullsafe.war", "target/pullsafe.war");
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(path));
  }
}
