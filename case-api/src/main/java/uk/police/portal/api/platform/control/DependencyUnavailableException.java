package uk.police.portal.api.platform.control;

/** A part the request needs (database, object store, identity provider) is not answering. */
public class DependencyUnavailableException extends RuntimeException {

  private final String dependency;

  public DependencyUnavailableException(String dependency, String message, Throwable cause) {
    super(message, cause);
    this.dependency = dependency;
  }

  public DependencyUnavailableException(String dependency, String message) {
    this(dependency, message, null);
  }

  public String dependency() {
    return dependency;
  }
}
