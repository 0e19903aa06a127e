package uk.police.portal.ui.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A citizen in the live chat on their phone, by the chat page's stable ids: {@code #chat-start},
 * {@code #chat-log} (each message {@code #chat-message-<seq>} with a class per sender: {@code
 * chat-message--citizen|bot|handler|system}), {@code #chat-choices}, {@code #chat-input}, {@code
 * #chat-send}, {@code #chat-queue}, {@code #chat-handler}, {@code #chat-typing}, {@code
 * #chat-case-reference-number}, {@code #chat-end}, {@code #chat-end-confirm}, {@code #chat-ended},
 * {@code #quick-exit}.
 */
final class ChatPages {

  static final Pattern QUEUE =
      Pattern.compile("You are number \\d+ in the queue\\. The wait is about \\d+ minutes?\\.");

  private ChatPages() {}

  /** From any page: the "Start a chat" link in the header, then the start page's button. */
  static void startChat(Page page) {
    page.locator("#nav-chat").click();
    assertThat(page.locator("#chat-start")).isVisible();
    page.locator("#chat-start").click();
    assertThat(bot(page).first()).containsText("police contact assistant");
  }

  static Locator log(Page page) {
    return page.locator("#chat-log");
  }

  static Locator bot(Page page) {
    return page.locator("#chat-log .chat-message--bot");
  }

  static Locator fromHandler(Page page) {
    return page.locator("#chat-log .chat-message--handler");
  }

  static Locator mine(Page page) {
    return page.locator("#chat-log .chat-message--citizen");
  }

  /** Types a message and sends it; waits until case-api has stored it (the tick). */
  static void say(Page page, String text) {
    int before = mine(page).count();
    page.locator("#chat-input").fill(text);
    page.locator("#chat-send").click();
    assertThat(mine(page)).hasCount(before + 1);
    assertThat(mine(page).last()).containsText("Sent");
  }

  static void choose(Page page, String label) {
    page.locator("#chat-choices")
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(label).setExact(true))
        .click();
  }

  /**
   * Tells the bot about a stolen bike and answers its questions until it hands over to a person:
   * the chat then waits in the queue (or a handler joins at once, if one is free).
   */
  static void talkToTheBotUntilHandedOver(Page page, String whatHappened) {
    List<String> answers =
        List.of(
            "Yesterday afternoon, about 3pm",
            "Outside the library on High Street",
            "No",
            "anonymous",
            "No",
            "No");
    int answered = 0;
    answer(page, () -> say(page, whatHappened));
    for (int turn = 0; turn < 12; turn++) {
      String latest = bot(page).last().innerText();
      if (latest.contains("passing this to a contact handler")) {
        // A handler may join before this line runs: then the queue place is hidden and their name
        // shows. Either is what the citizen must see; a hidden one must not count.
        assertThat(page.locator("#chat-queue:visible, #chat-handler:visible").first()).isVisible();
        return;
      }
      Locator choices = page.locator("#chat-choices");
      if (latest.contains("in danger right now")) {
        answer(page, () -> choose(page, "No"));
      } else if (latest.contains("Is that right")) {
        answer(page, () -> choose(page, "Yes"));
      } else if (choices.isVisible() && choices.getByText("Theft").count() > 0) {
        answer(page, () -> choose(page, "Theft"));
      } else {
        String next = answers.get(Math.min(answered++, answers.size() - 1));
        answer(page, () -> say(page, next));
      }
    }
    throw new AssertionError(
        "The bot did not hand over; it last said: " + bot(page).last().innerText());
  }

  /** Does what answers the bot, then waits for its next words (they come on the stream). */
  private static void answer(Page page, Runnable reply) {
    int before = bot(page).count();
    reply.run();
    assertThat(bot(page)).hasCount(before + 1);
  }
}
