package uk.police.portal.ui.chat;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import uk.police.portal.ui.caseapi.entity.ChatAccess;

/**
 * The chat this browser session has open: its id and secret token, kept in the HTTP session (so a
 * page reload finds it and {@link QuickExitServlet} can forget it), never in the address.
 *
 * @param signedIn started signed in: every call also needs the person's bearer token
 */
public record ChatInSession(String id, String token, boolean signedIn) implements Serializable {

  static final String ATTRIBUTE = ChatInSession.class.getName();
  static final String READERS = ChatInSession.class.getName() + ".readers";

  /** The chat streams this session's pages are reading, so a quick exit can stop them all. */
  static final class Readers implements Serializable {
    private final transient Set<AutoCloseable> open = ConcurrentHashMap.newKeySet();

    void stopAll() {
      if (open == null) {
        return;
      }
      open.forEach(
          reader -> {
            try {
              reader.close();
            } catch (Exception e) {
              // Stopping is all that matters here.
            }
          });
      open.clear();
    }
  }

  /** What opens the chat now, with the bearer read on a request thread (null when anonymous). */
  public ChatAccess access(String bearer) {
    return new ChatAccess(id, token, signedIn ? bearer : null);
  }

  @Override
  public String toString() {
    return "ChatInSession[" + id + "]"; // never the token
  }

  public static Optional<ChatInSession> in(HttpSession session) {
    return session == null
        ? Optional.empty()
        : Optional.ofNullable((ChatInSession) session.getAttribute(ATTRIBUTE));
  }

  public static void forget(HttpSession session) {
    if (session != null) {
      session.removeAttribute(ATTRIBUTE);
    }
  }

  /** Stops every chat stream the session's pages have open. */
  public static void stopReaders(HttpSession session) {
    if (session != null && session.getAttribute(READERS) instanceof Readers readers) {
      readers.stopAll();
    }
  }

  /** Where a view keeps the chat: the person's session, or a map in a unit test. */
  public static final class Store implements Serializable {
    private final transient Function<String, Object> read;
    private final transient BiConsumer<String, Object> write;

    private Store(Function<String, Object> read, BiConsumer<String, Object> write) {
      this.read = read;
      this.write = write;
    }

    /** The current Vaadin request's HTTP session, looked up at each use. */
    public static Store session() {
      return new Store(
          name -> wrapped().map(session -> session.getAttribute(name)).orElse(null),
          (name, value) ->
              wrapped()
                  .ifPresent(
                      session -> {
                        if (value == null) {
                          session.removeAttribute(name);
                        } else {
                          session.setAttribute(name, value);
                        }
                      }));
    }

    public static Store inMemory() {
      Map<String, Object> map = new HashMap<>();
      return new Store(
          map::get,
          (name, value) -> {
            if (value == null) {
              map.remove(name);
            } else {
              map.put(name, value);
            }
          });
    }

    /** Empty off a request (a session closing by itself): nothing to keep then. */
    private static Optional<WrappedSession> wrapped() {
      VaadinSession vaadin = VaadinSession.getCurrent();
      return Optional.ofNullable(vaadin == null ? null : vaadin.getSession());
    }

    public Optional<ChatInSession> chat() {
      return Optional.ofNullable((ChatInSession) read.apply(ATTRIBUTE));
    }

    public void keep(ChatInSession chat) {
      write.accept(ATTRIBUTE, chat);
    }

    public void forget() {
      write.accept(ATTRIBUTE, null);
    }

    /** A page started reading the chat's stream. */
    public void reading(AutoCloseable reader) {
      readers().open.add(reader);
    }

    public void stopped(AutoCloseable reader) {
      readers().open.remove(reader);
    }

    private Readers readers() {
      synchronized (this) {
        Readers readers = (Readers) read.apply(READERS);
        if (readers == null || readers.open == null) {
          readers = new Readers();
          write.accept(READERS, readers);
        }
        return readers;
      }
    }
  }
}
