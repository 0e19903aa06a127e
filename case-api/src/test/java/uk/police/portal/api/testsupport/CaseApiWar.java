package uk.police.portal.api.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that the build produced, deployed as it ships, at {@code /api}. */
public final class CaseApiWar {

  private CaseApiWar() {}

  public static WebArchive asBuilt() {
    File war = new File(System.getProperty("portal.test.war", "target/case-api.war"));
    return ShrinkWrap.create(ZipImporter.class, "api.war").importFrom(war).as(WebArchive.class);
  }
}
