package uk.police.portal.api.platform.control;

import uk.police.portal.api.platform.entity.Problem;

/** Plain-English titles and details for the statuses the API answers with. */
public final class Problems {

  private Problems() {}

  public static String title(int status) {
    return switch (status) {
      case 400 -> "Something in the request is not right";
      case 401 -> "Please sign in";
      case 403 -> "You are not allowed to do this";
      case 404 -> "Not found";
      case 405 -> "This action is not possible here";
      case 406 -> "This format is not available";
      case 409 -> "This clashes with something already saved";
      case 410 -> "This has expired";
      case 413 -> "This is too large";
      case 415 -> "This type of content is not accepted";
      case 429 -> "Too many requests";
      case 503 -> "This service is not available right now";
      default ->
          status >= 500 ? "Something went wrong on our side" : "The request was not accepted";
    };
  }

  public static String detail(int status) {
    return switch (status) {
      case 401 -> "Sign in, then try again. Your access token was missing, expired or not valid.";
      case 403 -> "Your account does not have permission for this. Nothing was changed.";
      case 404 -> "There is nothing at this address. Check the link and try again.";
      case 405 -> "This address does not accept this kind of request.";
      case 406 -> "Ask for JSON (application/json).";
      case 415 -> "Send JSON (Content-Type: application/json).";
      case 503 -> "Please try again in a few minutes. Nothing you already saved has been lost.";
      default -> status >= 500 ? "Please try again later. If it keeps happening, call 101." : "";
    };
  }

  public static Problem of(int status) {
    return Problem.of(status, title(status), detail(status));
  }
}
