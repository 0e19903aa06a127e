package uk.police.portal.chatbot.livechat.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.police.portal.chatbot.livechat.entity.Assignment;
import uk.police.portal.chatbot.livechat.entity.AvailableHandler;
import uk.police.portal.chatbot.livechat.entity.WaitingChat;

/**
 * Which waiting chat goes to which handler next. The chat comes first: the highest priority, then
 * the longest waiting, among the chats that some handler with room can take (a chat nobody can take
 * does not hold up the others). Its handler: one with the skill and a free slot, the fewest chats,
 * then the longest idle. The handler who let the chat go unanswered gets it back only when nobody
 * else can take it.
 *
 * <p>This is a choice on a snapshot, nothing more: case-api locks the rows and checks again before
 * it acts on it, because another node may have acted on the same snapshot.
 */
public final class RoutingPolicy {

  private RoutingPolicy() {}

  public static Optional<Assignment> next(
      List<WaitingChat> waiting, List<AvailableHandler> handlers) {
    return waiting.stream()
        .sorted(routingOrder())
        .flatMap(chat -> handlerFor(chat, handlers).map(h -> new Assignment(chat, h)).stream())
        .findFirst();
  }

  /**
   * Every assignment the snapshot allows, in the order {@link #next} would make them, as if each
   * were made before the next choice: for planning and for showing a supervisor what will happen.
   */
  public static List<Assignment> plan(
      List<WaitingChat> waiting, List<AvailableHandler> handlers, Instant now) {
    List<WaitingChat> chats = new ArrayList<>(waiting);
    List<AvailableHandler> people = new ArrayList<>(handlers);
    List<Assignment> plan = new ArrayList<>();
    for (Optional<Assignment> next = next(chats, people);
        next.isPresent();
        next = next(chats, people)) {
      Assignment made = next.get();
      plan.add(made);
      chats.remove(made.chat());
      people.set(people.indexOf(made.handler()), made.handler().took(now));
    }
    return plan;
  }

  /** Routing order: priority, then longest waiting. */
  public static Comparator<WaitingChat> routingOrder() {
    return (a, b) -> a.equals(b) ? 0 : a.goesBefore(b) ? -1 : 1;
  }

  private static Optional<AvailableHandler> handlerFor(
      WaitingChat chat, List<AvailableHandler> handlers) {
    List<AvailableHandler> able = handlers.stream().filter(h -> h.canTake(chat)).toList();
    List<AvailableHandler> others =
        able.stream().filter(h -> !h.username().equals(chat.passedOverBy())).toList();
    return best(others.isEmpty() ? able : others);
  }

  private static Optional<AvailableHandler> best(List<AvailableHandler> handlers) {
    return handlers.stream().reduce((a, b) -> b.before(a) ? b : a);
  }
}
