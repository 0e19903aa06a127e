package uk.police.portal.api.platform.entity;

/**
 * Which slice of a list a client asked for. Checked here rather than with Bean Validation on the
 * query parameters: Payara 6.2025.10's OpenAPI generator fails on {@code @Min}/{@code @Size} there.
 */
public record Page(int number, int size) {

  public static final int MAX_SIZE = 200;

  public Page {
    if (number < 0) {
      throw new InvalidRequestException("page must be 0 or more.");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidRequestException("size must be between 1 and " + MAX_SIZE + ".");
    }
  }

  public int first() {
    return number * size;
  }
}
