package uk.police.portal.api.livechat.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.police.portal.api.platform.entity.FieldError;
import uk.police.portal.api.platform.entity.InvalidRequestException;

/**
 * A message as a citizen or handler sends it: their own id for it (so a retried send is stored
 * once) and what they wrote.
 */
public record TypedMessage(String clientId, String text) {

  public static final int MAX_CLIENT_ID = 64;
  private static final Pattern CLIENT_ID =
      Pattern.compile("[A-Za-z0-9_-]{1," + MAX_CLIENT_ID + "}");
  // Control characters other than new line and tab: they show as nothing or break the page.
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

  /** The same message with its text as it will be stored; 400 in plain words when it cannot be. */
  public TypedMessage checked() {
    List<FieldError> errors = new ArrayList<>();
    if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
      errors.add(
          new FieldError(
              "clientId",
              "clientId must be 1 to "
                  + MAX_CLIENT_ID
                  + " letters, digits, '-' or '_': an id your app makes for each message, so a"
                  + " message sent twice is kept once."));
    }
    String kept = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    int length = kept.codePointCount(0, kept.length());
    if (length == 0) {
      errors.add(new FieldError("text", "Write a message before sending it."));
    } else if (length > ChatMessage.MAX_TEXT) {
      errors.add(
          new FieldError(
              "text",
              "A message can be at most "
                  + ChatMessage.MAX_TEXT
                  + " characters long. This one has "
                  + length
                  + ": split it into shorter messages."));
    } else if (CONTROL.matcher(kept).find()) {
      errors.add(
          new FieldError(
              "text",
              "The message contains control characters that cannot be shown. Remove them and"
                  + " send it again."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(
          String.join(" ", errors.stream().map(FieldError::message).toList()), errors);
    }
    return new TypedMessage(clientId, kept);
  }
}
